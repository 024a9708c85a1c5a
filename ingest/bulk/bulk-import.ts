import { BulkImportSink, type BulkImportSinkOptions, type BulkImportSinkSummary } from '../load/bulk-import-sink.js';
import { runIngest, type IngestOptions, type IngestSummary } from '../loop/ingest-loop.js';
import { defaultWorkers } from '../loop/worker-extraction.js';
import { withHeapBudget } from './heap-growth.js';

export interface BulkImportOptions extends BulkImportSinkOptions, Pick<IngestOptions, 'format' | 'skipInvalid' | 'workers' | 'workersFrom'> {}

export type BulkImportSummary = IngestSummary<BulkImportSinkSummary>;

/**
 * The loop thread's heap while importing (see heap-growth.ts). At 576k papers its live heap
 * passes this during pass 1, and from there on the growth is the floor's 10% (with the dumps'
 * records still unpacked in pass 1, budgets of 0.7, 1.0 and 1.3 GB peaked at 2.16-2.26 GB RSS).
 * Below it, small and middling corpora collect far less often (40k papers: 34-36 s of CPU
 * against 48-50 s with a fixed 10%, back to back).
 */
const HEAP_BUDGET_BYTES = 700 * 1024 * 1024;

/**
 * One worker per core but one in both passes, not pass 1 on every core as `kg ingest` reads:
 * the bulk path holds far more through pass 1 (the dumps' records, the loop's entities), and a
 * second worker's heap on top took it over its 2 GB budget. 576k generated papers, one run
 * each: 2 workers in pass 1 519.3 s at a peak RSS of 2,122 MB, 1 worker 586.4 s at 1,841 MB.
 */
export function bulkWorkers(): number {
  return defaultWorkers();
}

/**
 * `kg ingest --bulk DIR`: the ingest loop (the same two passes, resolver and ids as `kg ingest`)
 * into CSV files under DIR, loaded by neo4j-admin import into the stopped local Neo4j, whose
 * database it replaces (see load/bulk-import-sink.ts).
 */
export function bulkImport(files: readonly string[], dir: string, options: BulkImportOptions): Promise<BulkImportSummary> {
  const log = options.log ?? (() => {});
  return withHeapBudget(HEAP_BUDGET_BYTES, async () =>
    runIngest(files, await BulkImportSink.open(dir, options), {
      ...(options.format ? { format: options.format } : {}),
      ...(options.skipInvalid ? { skipInvalid: true } : {}),
      workers: options.workers ?? bulkWorkers(),
      ...(options.workersFrom !== undefined ? { workersFrom: options.workersFrom } : {}),
      onPass1Done: (papers, seconds) => log(`pass 1: ${papers} papers extracted in ${seconds.toFixed(1)} s`),
    }),
  );
}
