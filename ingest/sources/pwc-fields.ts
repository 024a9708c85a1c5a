import { InputError } from '../input-error.js';

/**
 * Typed access to the fields of one record of a Papers with Code dump. Real dumps are loose:
 * null for an empty list, numbers where strings belong, empty strings for missing values. What
 * has one obvious reading is read that way; anything else fails with the file, the record
 * number and the path inside the record, so one look at the dump finds it.
 */
export class RecordContext {
  constructor(
    readonly file: string,
    /** 1-based position in the top-level array. */
    readonly record: number,
    private readonly path: readonly string[] = [],
  ) {}

  /** The same record, one level deeper: `dataset 2 "SNLI"`, `row 14`. */
  within(step: string): RecordContext {
    return new RecordContext(this.file, this.record, [...this.path, step]);
  }

  fail(reason: string): never {
    const where = this.path.length > 0 ? ` (${this.path.join(' > ')})` : '';
    throw new InputError({ file: this.file, line: this.record }, `record ${this.record}${where}: ${reason}`);
  }
}

export class Fields {
  private constructor(
    readonly context: RecordContext,
    private readonly raw: Record<string, unknown>,
  ) {}

  /** The fields of a JSON object; anything else is an error. */
  static of(value: unknown, context: RecordContext, what = 'a JSON object'): Fields {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      context.fail(`expected ${what}, got ${describeType(value)}`);
    }
    return new Fields(context, value as Record<string, unknown>);
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined && this.raw[name] !== null;
  }

  /** Trimmed text; undefined when absent, null or blank. Numbers are read as their text. */
  text(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    if (typeof value === 'number') return String(value);
    if (typeof value !== 'string') this.wrongType(name, 'a string', value);
    const text = (value as string).trim();
    return text === '' ? undefined : text;
  }

  /** A list; null or absent is an empty list. */
  list(name: string): unknown[] {
    const value = this.raw[name];
    if (value === undefined || value === null) return [];
    if (!Array.isArray(value)) this.wrongType(name, 'a list', value);
    return value as unknown[];
  }

  /** A list of texts; a lone string counts as a list of one, null and blank items are dropped. */
  texts(name: string): string[] {
    const value = this.raw[name];
    const items = typeof value === 'string' ? [value] : this.list(name);
    const texts: string[] = [];
    for (const [i, item] of items.entries()) {
      if (item === null || item === undefined) continue;
      if (typeof item !== 'string' && typeof item !== 'number') {
        this.context.fail(`field "${name}" item ${i + 1} must be a string, got ${describeType(item)}`);
      }
      const text = String(item).trim();
      if (text !== '') texts.push(text);
    }
    return texts;
  }

  /** The objects of a list, each with its own context for errors (`label 3`). */
  objects(name: string, label: string): Fields[] {
    return this.list(name).flatMap((item, i) =>
      item === null ? [] : [Fields.of(item, this.context.within(`${label} ${i + 1}`), `${label} to be a JSON object`)],
    );
  }

  /** Item `i` of a list field as an object, with its own context for errors (`collection 2`). */
  objectAt(name: string, i: number, label: string): Fields {
    return Fields.of(this.list(name)[i], this.context.within(`${label} ${i + 1}`), `${label} ${i + 1} to be a JSON object or a name`);
  }

  /** A nested object; undefined when absent or null. */
  object(name: string): Fields | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null) return undefined;
    return Fields.of(value, this.context.within(name), `field "${name}" to be a JSON object`);
  }

  /** The raw value, for fields whose shape varies (metric cells, links given as text or objects). */
  value(name: string): unknown {
    return this.raw[name];
  }

  /** A plain object's entries, e.g. a row's metrics. */
  entries(name: string): [string, unknown][] {
    const value = this.raw[name];
    if (value === undefined || value === null) return [];
    if (typeof value !== 'object' || Array.isArray(value)) this.wrongType(name, 'a JSON object', value);
    return Object.entries(value as Record<string, unknown>);
  }

  /** A boolean; also "true"/"false", "yes"/"no" and 0/1 as dumps sometimes write them. */
  boolean(name: string): boolean | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === '') return undefined;
    if (typeof value === 'boolean') return value;
    if (value === 1 || value === 0) return value === 1;
    if (typeof value === 'string') {
      const text = value.trim().toLowerCase();
      if (text === 'true' || text === 'yes') return true;
      if (text === 'false' || text === 'no') return false;
    }
    return this.wrongType(name, 'a boolean', value);
  }

  /** A finite number; numeric text is read as its number. */
  number(name: string): number | undefined {
    const value = this.raw[name];
    if (value === undefined || value === null || value === '') return undefined;
    const number = typeof value === 'string' ? Number(value.trim()) : value;
    if (typeof number !== 'number' || !Number.isFinite(number)) return this.wrongType(name, 'a number', value);
    return number;
  }

  /**
   * The names in a list field whose items are `{<key>: name, ...}` objects or bare names
   * (dumps use both); null items are skipped, anything else fails naming the item.
   */
  names(name: string, key: string, what: string): string[] {
    return this.list(name).flatMap((item, i) => {
      if (typeof item === 'string') return item.trim() ? [item.trim()] : [];
      if (item && typeof item === 'object' && !Array.isArray(item)) {
        const value = (item as Record<string, unknown>)[key];
        return typeof value === 'string' && value.trim() ? [value.trim()] : [];
      }
      if (item === null) return [];
      return this.context.fail(`${what} ${i + 1} must be an object or a name`);
    });
  }

  private wrongType(name: string, expected: string, value: unknown): never {
    return this.context.fail(`field "${name}" must be ${expected}, got ${describeType(value)}`);
  }
}

export function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}...` : value)}`;
  return `${typeof value} ${String(value)}`;
}
