import type { InputError } from '../input-error.js';
import type { PaperDocument } from '../document.js';
import type { GraphBatch } from '../../core/graph-records.js';

/**
 * What a source yields: papers whose text still goes through extraction, ready graph records,
 * or word of a record left out on purpose (spam), which the ingest summary counts by `what`.
 */
export type SourceItem =
  | { kind: 'document'; document: PaperDocument }
  | { kind: 'records'; batch: GraphBatch }
  | { kind: 'passed-over'; what: string; file: string; record: number };

/** One input format: one file under ingest/sources/ each. */
export interface SourceFormat {
  name: string;
  description: string;
  /** The kinds of content it yields (documents, records): only formats with documents have paper text to extract. */
  yields: readonly Exclude<SourceItem['kind'], 'passed-over'>[];
  /** True when the first bytes of a file (decoded as text) look like this format. */
  detect(head: string, file: string): boolean;
  read(file: string, options?: ReadOptions): AsyncIterable<SourceItem>;
}

export interface ReadOptions {
  /**
   * With --skip-invalid: called for each bad record, which is then skipped instead of ending
   * the read. Errors that make the rest of the file unreadable (invalid UTF-8, truncation)
   * still throw.
   */
  onInvalid?: (error: InputError) => void;
}
