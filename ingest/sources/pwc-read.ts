import { InputError } from '../input-error.js';
import { Fields, RecordContext } from './pwc-fields.js';
import { readJsonArray } from './read-json-array.js';
import type { ReadOptions, SourceItem } from './source-format.js';
import { unlessInvalid } from './unless-invalid.js';

/** Turns one record of a dump into what the source yields. */
export type RecordConverter = (record: Fields) => Iterable<SourceItem>;

/**
 * Reads a Papers with Code dump record by record. A record is converted whole before any of it
 * is yielded, so a bad record contributes nothing: it stops the read, or with `onInvalid` is
 * reported and skipped. Broken JSON always stops the read: nothing after it can be trusted.
 */
export async function* readPwcDump(file: string, options: ReadOptions, convert: RecordConverter): AsyncGenerator<SourceItem> {
  let records = 0;
  for await (const { value, index } of readJsonArray(file)) {
    records += 1;
    const items = unlessInvalid(options, () => [...convert(Fields.of(value, new RecordContext(file, index + 1), 'a JSON object'))]);
    if (items !== undefined) yield* items;
  }
  if (records === 0 && !options.onInvalid) throw new InputError({ file, line: 1 }, 'no records found: the JSON array is empty');
}
