import type { PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { paperId } from '../resolve/paper-id.js';
import { readLines } from './read-lines.js';
import type { SourceFormat } from './source-format.js';

/** One paper per line: `{"title": ..., "abstract": ..., "id"?, "url"?, "date"?}`. */
export async function* readJsonlPapers(file: string): AsyncGenerator<PaperDocument> {
  let count = 0;
  for await (const line of readLines(file)) {
    if (line.text.trim() === '') continue;
    const fail = (reason: string): never => {
      throw new InputError({ file, line: line.number }, reason);
    };
    let value: unknown;
    try {
      value = JSON.parse(line.text);
    } catch (error) {
      fail(`not valid JSON (${(error as Error).message})`);
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('expected a JSON object');
    const record = value as Record<string, unknown>;
    const title = optionalString(record, 'title', fail)?.trim();
    if (!title) fail('field "title" is missing or empty');
    const abstract = optionalString(record, 'abstract', fail) ?? '';
    const url = optionalString(record, 'url', fail);
    const date = optionalString(record, 'date', fail);
    const arxivId = optionalString(record, 'id', fail);
    if (date !== undefined && !/^\d{4}(-\d{2}(-\d{2})?)?/.test(date)) fail(`field "date" is not an ISO date: ${JSON.stringify(date)}`);
    count += 1;
    yield {
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
  if (count === 0) throw new InputError({ file, line: 1 }, 'no papers found: the file is empty');
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
  async *read(file) {
    for await (const document of readJsonlPapers(file)) yield { kind: 'document', document };
  },
};
