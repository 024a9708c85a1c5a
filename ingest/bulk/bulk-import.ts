import { BulkImportSink, type BulkImportSinkOptions, type BulkImportSinkSummary } from '../load/bulk-import-sink.js';
import { runIngest, type IngestOptions, type IngestSummary } from '../loop/ingest-loop.js';
import { withHeapGrowth } from './heap-growth.js';

export interface BulkImportOptions extends BulkImportSinkOptions, Pick<IngestOptions, 'format' | 'skipInvalid' | 'workers' | 'workersFrom'> {}

export type BulkImportSummary = IngestSummary<BulkImportSinkSummary>;

/** Heap growth between full collections while importing (see heap-growth.ts). */
const HEAP_GROWTH_PERCENT = 10;

/**
 * `kg ingest --bulk DIR`: the ingest loop (the same two passes, resolver and ids as `kg ingest`)
 * into CSV files under DIR, loaded by neo4j-admin import into the stopped local Neo4j, whose
 * database it replaces (see load/bulk-import-sink.ts).
 */
export function bulkImport(files: readonly string[], dir: string, options: BulkImportOptions): Promise<BulkImportSummary> {
  const log = options.log ?? (() => {});
  return withHeapGrowth(HEAP_GROWTH_PERCENT, async () =>
    runIngest(files, await BulkImportSink.open(dir, options), {
      ...(options.format ? { format: options.format } : {}),
      ...(options.skipInvalid ? { skipInvalid: true } : {}),
      ...(options.workers !== undefined ? { workers: options.workers } : {}),
      ...(options.workersFrom !== undefined ? { workersFrom: options.workersFrom } : {}),
      onPass1Done: (papers, seconds) => log(`pass 1: ${papers} papers extracted in ${seconds.toFixed(1)} s`),
    }),
  );
}
