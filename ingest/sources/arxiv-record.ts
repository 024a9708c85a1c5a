import type { PaperDocument } from '../document.js';
import { paperId } from '../../core/paper-id.js';
import { decodeTexAccents } from './tex-accents.js';

/**
 * One arXiv paper as both arXiv metadata formats state it (the OAI snapshot's JSON lines and
 * OAI-PMH `arXiv`/`arXivRaw` records), and the document made from it: the same paper gives the
 * same document whichever format it came in.
 */
export interface ArxivRecord {
  id: string;
  title: string;
  abstract: string;
  /** Full names in byline order. */
  authors: string[];
  /** Space-separated in the sources; the first is the primary category. */
  categories: string[];
  /** Date of the first version: RFC 2822 (`Mon, 2 Apr 2007 19:18:42 GMT`) or ISO. */
  firstVersionDate?: string;
  doi?: string;
  journalRef?: string;
  comments?: string;
  license?: string;
}

/** An arXiv date as ISO `YYYY-MM-DD` (UTC), or undefined when it is not a date. */
export function isoDateOf(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(trimmed)) return trimmed;
  // RFC 2822 dates always name a weekday or month in letters; bare numbers are not dates here.
  if (!/[A-Za-z]{3}/.test(trimmed)) return undefined;
  const time = Date.parse(trimmed);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

/** `A. One, B. Two and C. Three` as names; arXivRaw and the snapshot's `authors` read this way. */
export function splitAuthorList(text: string): string[] {
  return decodeTexAccents(text)
    .replace(/\s+/g, ' ')
    .split(/,\s*|\s+and\s+/)
    .map((name) => name.trim())
    .filter((name) => name !== '');
}

/** `[last, first, suffix]` as the snapshot's `authors_parsed` gives each author. */
export function nameFromParts(last: string, first = '', suffix = ''): string {
  return decodeTexAccents([first, last, suffix].map((part) => part.trim()).filter(Boolean).join(' '));
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The document of a record; undefined when the title has nothing to key a paper by. */
export function arxivDocument(record: ArxivRecord, source: string, location: PaperDocument['location']): PaperDocument | undefined {
  const title = collapse(decodeTexAccents(record.title));
  const id = paperId(title);
  if (id === paperId('')) return undefined;
  const publishedAt = record.firstVersionDate ? isoDateOf(record.firstVersionDate) : undefined;
  return {
    id,
    title,
    abstract: collapse(record.abstract),
    arxivId: record.id,
    url: `https://arxiv.org/abs/${record.id}`,
    ...(publishedAt ? { publishedAt } : {}),
    authors: record.authors.map((name, i) => ({ name, position: i + 1 })),
    properties: {
      categories: record.categories.length > 0 ? record.categories : null,
      primaryCategory: record.categories[0] ?? null,
      doi: record.doi ?? null,
      journalRef: record.journalRef ? collapse(record.journalRef) : null,
      comments: record.comments ? collapse(record.comments) : null,
      license: record.license ?? null,
    },
    source,
    location,
  };
}
