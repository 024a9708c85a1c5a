import type { Database } from '../src/db/database.js';
import type { SinkSummary } from './load/graph-sink.js';
import { TransactionSink } from './load/transaction-sink.js';
import { runIngest, type IngestOptions, type IngestSummary } from './loop/ingest-loop.js';

export type { IngestOptions, IngestProgress, IngestSummary } from './loop/ingest-loop.js';

export interface IngestFilesOptions extends IngestOptions {
  /** Rows (nodes + edges) per write transaction. */
  batchRows?: number;
}

/** `kg ingest` and the first-start ingest: the ingest loop into Neo4j, in write transactions. */
export function ingestFiles(db: Database, files: readonly string[], options: IngestFilesOptions = {}): Promise<IngestSummary<SinkSummary>> {
  return runIngest(files, new TransactionSink(db, options.batchRows), options);
}
