import type { PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { arxivDocument, nameFromParts, splitAuthorList, type ArxivRecord } from './arxiv-record.js';
import { readLines, type Line } from './read-lines.js';
import { jsonObjectLine } from './json-object-line.js';
import type { ReadOptions, SourceFormat } from './source-format.js';
import { unlessInvalid } from './unless-invalid.js';

/**
 * The arXiv metadata snapshot (arxiv-metadata-oai-snapshot.json): one JSON object per line with
 * `id, submitter, authors, authors_parsed, title, comments, journal-ref, doi, categories,
 * license, abstract, versions[{version, created}], update_date`.
 */
export const SOURCE = 'arxiv-jsonl';

export async function* readArxivJsonl(file: string, options: ReadOptions = {}): AsyncGenerator<PaperDocument> {
  let count = 0;
  for await (const line of readLines(file)) {
    if (line.text.trim() === '') continue;
    const document = unlessInvalid(options, () => {
      const made = arxivDocument(parseLine(file, line), SOURCE, { file, line: line.number });
      if (!made) throw new InputError({ file, line: line.number }, 'title has no letters or digits to key it by');
      return made;
    });
    if (document === undefined) continue;
    count += 1;
    yield document;
  }
  if (count === 0 && !options.onInvalid) throw new InputError({ file, line: 1 }, 'no papers found: the file is empty');
}

function parseLine(file: string, line: Line): ArxivRecord {
  const fail = (reason: string): never => {
    throw new InputError({ file, line: line.number }, reason);
  };
  const record = jsonObjectLine(line.text, fail);
  const text = (field: string): string | undefined => {
    const found = record[field];
    if (found === undefined || found === null) return undefined;
    if (typeof found !== 'string') fail(`field "${field}" must be a string, got ${typeof found}`);
    return (found as string).trim() || undefined;
  };
  const id = text('id') ?? fail('field "id" is missing or empty');
  const title = text('title') ?? fail(`paper ${id}: field "title" is missing or empty`);
  return {
    id,
    title,
    abstract: text('abstract') ?? '',
    authors: authorsOf(record, text('authors'), (reason) => fail(`paper ${id}: ${reason}`)),
    categories: (text('categories') ?? '').split(/\s+/).filter(Boolean),
    firstVersionDate: firstVersionDate(record.versions, (reason) => fail(`paper ${id}: ${reason}`)),
    doi: text('doi'),
    journalRef: text('journal-ref'),
    comments: text('comments'),
    license: text('license'),
  };
}

/** `authors_parsed` where present (names already split), else the `authors` string. */
function authorsOf(record: Record<string, unknown>, authors: string | undefined, fail: (reason: string) => never): string[] {
  const parsed = record.authors_parsed;
  if (parsed === undefined || parsed === null) return authors ? splitAuthorList(authors) : [];
  if (!Array.isArray(parsed)) fail('field "authors_parsed" must be a list of [last, first, suffix]');
  return (parsed as unknown[]).map((parts, i) => {
    if (!Array.isArray(parts) || parts.length === 0 || !parts.every((part) => typeof part === 'string')) fail(`authors_parsed[${i}] must be [last, first, suffix]`);
    const [last, first, suffix] = parts as string[];
    return nameFromParts(last!, first, suffix);
  }).filter((name) => name !== '');
}

function firstVersionDate(versions: unknown, fail: (reason: string) => never): string | undefined {
  if (versions === undefined || versions === null) return undefined;
  if (!Array.isArray(versions)) fail('field "versions" must be a list of {version, created}');
  const first = (versions as unknown[])[0];
  if (first === undefined) return undefined;
  const created = typeof first === 'object' && first !== null ? (first as Record<string, unknown>).created : undefined;
  if (typeof created !== 'string') fail('versions[0].created must be a date string');
  return created as string;
}

export const arxivJsonlFormat: SourceFormat = {
  name: SOURCE,
  description: 'arXiv metadata snapshot, one JSON object per line: {id, authors, title, abstract, categories, versions, ...}',
  yields: ['document'],
  // Told from plain JSON Lines by keys only the arXiv snapshot has.
  detect: (head) => {
    const first = head.trimStart().split('\n', 1)[0] ?? '';
    try {
      const value: unknown = JSON.parse(first);
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
      return 'id' in value && 'categories' in value && ('versions' in value || 'authors_parsed' in value);
    } catch {
      return false;
    }
  },
  async *read(file, options) {
    for await (const document of readArxivJsonl(file, options)) yield { kind: 'document', document };
  },
};
