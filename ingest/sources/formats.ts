import { InputError } from '../input-error.js';
import { jsonlPapersFormat } from './jsonl-papers.js';
import { readHead } from './read-head.js';
import { seedTextFormat } from './seed-text.js';
import type { SourceFormat } from './source-format.js';

/** Every input format, in detection order; seed-text last, as the fallback for plain text. */
export const FORMATS: SourceFormat[] = [jsonlPapersFormat, seedTextFormat];

export function formatByName(name: string): SourceFormat {
  const format = FORMATS.find((f) => f.name === name);
  if (!format) throw new Error(`unknown format "${name}"; known formats: ${FORMATS.map((f) => f.name).join(', ')}`);
  return format;
}

/** Picks the format whose detector recognises the file's first bytes. */
export async function detectFormat(file: string): Promise<SourceFormat> {
  const head = await readHead(file);
  const format = FORMATS.find((f) => f.detect(head, file));
  if (!format) throw new InputError({ file, line: 1 }, `unrecognised format; pass --format (${FORMATS.map((f) => f.name).join(', ')})`);
  return format;
}
