import type { Properties } from '../core/graph-records.js';

/** Where a record came from, so every error and every edge can name its origin. */
export interface SourceLocation {
  file: string;
  /** 1-based line (text formats) or record number (JSON formats). */
  line: number;
}

/** Identifiers a source gives for an author; the first present decides the Author node (see author-key.ts). */
export interface AuthorIds {
  orcid?: string;
  /** ACL Anthology person id (`zhihao-zhang`). */
  anthology?: string;
  arxiv?: string;
  pwc?: string;
}

export interface DocumentAuthor {
  name: string;
  /** 1-based place in the paper's author list. */
  position: number;
  ids?: AuthorIds;
}

/** Where the paper was published: the venue series (ACL, EMNLP, a journal) and the year. */
export interface DocumentVenue {
  name: string;
  year?: number;
}

/** One paper as read from any source, before extraction. Parsers produce these. */
export interface PaperDocument {
  /** Stable canonical id (see paperId in ingest/resolve/paper-id.ts). */
  id: string;
  title: string;
  abstract: string;
  arxivId?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD, or YYYY-MM where the source gives only a month) when the source gives one. */
  publishedAt?: string;
  authors?: DocumentAuthor[];
  venue?: DocumentVenue;
  /** Further Paper properties the source states (doi, pages, categories, ...). */
  properties?: Properties;
  /** Name of the source format, e.g. "seed-text". */
  source: string;
  location: SourceLocation;
}
