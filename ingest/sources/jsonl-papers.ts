import type { PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { paperId } from '../../core/paper-id.js';
import { readLines, type Line } from './read-lines.js';
import { jsonObjectLine } from './json-object-line.js';
import type { ReadOptions, SourceFormat } from './source-format.js';
import { unlessInvalid } from './unless-invalid.js';

/** One paper per line: `{"title": ..., "abstract": ..., "id"?, "url"?, "date"?}`. */
export async function* readJsonlPapers(file: string, options: ReadOptions = {}): AsyncGenerator<PaperDocument> {
  let count = 0;
  for await (const line of readLines(file)) {
    if (line.text.trim() === '') continue;
    const document = unlessInvalid(options, () => parseLine(file, line));
    if (document === undefined) continue;
    count += 1;
    yield document;
  }
  if (count === 0 && !options.onInvalid) throw new InputError({ file, line: 1 }, 'no papers found: the file is empty');
}

function parseLine(file: string, line: Line): PaperDocument {
  const fail = (reason: string): never => {
    throw new InputError({ file, line: line.number }, reason);
  };
  const record = jsonObjectLine(line.text, fail);
  const title = optionalString(record, 'title', fail)?.trim();
  if (!title) fail('field "title" is missing or empty');
  const abstract = optionalString(record, 'abstract', fail) ?? '';
  const url = optionalString(record, 'url', fail);
  const date = optionalString(record, 'date', fail);
  const arxivId = optionalString(record, 'id', fail);
  if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(date)) fail(`field "date" is not an ISO date: ${JSON.stringify(date)}`);
  return {
    id: paperId(title!),
    title: title!,
    abstract,
    ...(arxivId ? { arxivId } : {}),
    ...(url ? { url } : {}),
    ...(date ? { publishedAt: date.slice(0, 10) } : {}),
    source: 'jsonl',
    location: { file, line: line.number },
  };
}

function optionalString(
  record: Record<string, unknown>,
  field: string,
  fail: (reason: string) => never,
): string | undefined {
  const value = record[field];
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'number' && field === 'id') return String(value);
  if (typeof value !== 'string') fail(`field "${field}" must be a string, got ${typeof value}`);
  return value as string;
}

export const jsonlPapersFormat: SourceFormat = {
  name: 'jsonl',
  description: 'one JSON object per line: {title, abstract, id?, url?, date?}',
  yields: ['document'],
  // JSON Lines: the first line is a whole JSON object on its own.
  detect: (head) => {
    const first = head.trimStart().split('\n', 1)[0] ?? '';
    try {
      const value: unknown = JSON.parse(first);
      return typeof value === 'object' && value !== null && !Array.isArray(value);
    } catch {
      return false;
    }
  },
  async *read(file, options) {
    for await (const document of readJsonlPapers(file, options)) yield { kind: 'document', document };
  },
};
