/** Where a record came from, so every error and every edge can name its origin. */
export interface SourceLocation {
  file: string;
  /** 1-based line (text formats) or record number (JSON formats). */
  line: number;
}

/** One paper as read from any source, before extraction. Parsers produce these. */
export interface PaperDocument {
  /** Stable canonical id (see paperId in ingest/resolve/paper-id.ts). */
  id: string;
  title: string;
  abstract: string;
  arxivId?: string;
  url?: string;
  /** ISO date (YYYY-MM-DD) when the source gives one. */
  publishedAt?: string;
  /** Name of the source format, e.g. "seed-text". */
  source: string;
  location: SourceLocation;
}
