import type { RecordMap } from '../records/record-merge.js';

/**
 * Records kept as JSON text until taken. The dumps' records wait through all of pass 2 (a
 * paper's twin until the paper is written, the rest until the end): at 576k papers about a
 * million of them, over half the loop thread's live heap. As text each is one object the
 * collector need not look into, where a record is a dozen (props, lists, their strings).
 */
export class PackedRecords<T> {
  private readonly texts = new Map<string, string>();

  /** Packs every record of `records`, emptying it as it goes (never two copies at once). */
  constructor(records: RecordMap<T>) {
    for (const [key, item] of records.items) {
      this.texts.set(key, JSON.stringify(item));
      records.items.delete(key);
    }
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
