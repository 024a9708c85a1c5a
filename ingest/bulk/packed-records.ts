/**
 * Records kept as JSON text, merged as they come and parsed when taken. The dumps' records
 * wait from the first read to the end of pass 2 (a paper's twin until the paper is written,
 * the rest until the end): at 576k papers about a million of them, over half the loop thread's
 * live heap. As text each is one object the collector need not look into, where a record is a
 * dozen (props, lists, their strings).
 */
export class PackedRecords<T> {
  private readonly texts = new Map<string, string>();

  constructor(
    private readonly keyOf: (item: T) => string,
    /** Merges the second into the first, which it may change (a parsed copy). */
    private readonly mergeInto: (target: T, item: T) => void,
  ) {}

  /** Adds a record, merged into the one of the same key if there is one. */
  add(item: T): void {
    const key = this.keyOf(item);
    const text = this.texts.get(key);
    if (text === undefined) {
      this.texts.set(key, JSON.stringify(item));
      return;
    }
    const merged: T = JSON.parse(text);
    this.mergeInto(merged, item);
    this.texts.set(key, JSON.stringify(merged));
  }

  /** Removes and returns the record with this key, if any. */
  take(key: string): T | undefined {
    const text = this.texts.get(key);
    if (text === undefined) return undefined;
    this.texts.delete(key);
    const item: T = JSON.parse(text);
    return item;
  }

  /** Removes and yields every record left, in the order their keys first came. */
  *drain(): IterableIterator<[string, T]> {
    for (const [key, text] of this.texts) {
      this.texts.delete(key);
      const item: T = JSON.parse(text);
      yield [key, item];
    }
  }
}
