import type { InputError } from '../input-error.js';
import type { GraphSink, SinkSummary, WrittenKinds } from '../load/graph-sink.js';
import { detectFormat, formatByName } from '../sources/formats.js';
import type { SourceFormat, SourceItem } from '../sources/source-format.js';
import { CHUNKS_PER_WORKER, inThreadExtraction, papersOnlyExtraction, type Extraction } from './extraction.js';
import { ObservePass } from './observe-pass.js';
import { RecordPass } from './record-pass.js';
import { defaultWorkers, observeWorkers, WorkerExtraction } from './worker-extraction.js';
import { countingSink, WrittenKindCounter } from './written-kinds.js';

export interface IngestOptions {
  /** Format name for every file; detected per file by content when absent. */
  format?: string;
  /** Skip bad records (counted) instead of stopping at the first. */
  skipInvalid?: boolean;
  /** Text extraction (default); without it, papers, their repositories and HAS_CODE only. */
  extractText?: boolean;
  /** Extraction worker threads in both passes (default: one per core in pass 1, one per core but one in pass 2); 0 keeps extraction on this thread. */
  workers?: number;
  /** Inputs with fewer papers are extracted on this thread (default WORKERS_FROM_PAPERS). */
  workersFrom?: number;
  onProgress?: (progress: IngestProgress) => void;
  /** Pass 1 has read and extracted everything, and found no bad input. */
  onPass1Done?: (papers: number, seconds: number) => void;
}

export interface IngestProgress {
  phase: 'read' | 'write';
  file: string;
  papers: number;
}

export type IngestSummary<Summary extends SinkSummary = SinkSummary> = Summary & {
  /** Documents read: papers whose text went through extraction (dumps' records are not counted here). */
  papers: number;
  /** Distinct nodes written per label, in all and per source ("Paper: 592 from pwc-evaluation-tables"). */
  written: WrittenKinds;
  /** Bad records passed over (with skipInvalid), each once, as pass 1 found them. */
  skipped: InputError[];
  /** Records the sources left out on purpose, by what they were ("spam methods"): counted, never written. */
  passedOver: Record<string, number>;
  /** Reading and extraction, up to the first write. */
  pass1Seconds: number;
  seconds: number;
};

/**
 * Workers took 0.2-0.45 s (under tsx) from start to first reply, while one thread extracts the
 * default corpus (237 papers) in about 0.15 s a pass: below this many papers, workers cost more
 * than they save, and the server's first start stays as fast as it was.
 */
export const WORKERS_FROM_PAPERS = 1000;

/**
 * The ingest loop, whatever the sink: sources -> documents -> records -> sink, in two passes.
 * Pass 1 reads everything, so bad input is found before a single write and the corpus-wide
 * alias table is complete (an acronym defined in one abstract resolves bare uses in others);
 * pass 2 reads again and hands the sink each paper's records. Both passes stream: memory grows
 * with distinct entities, not with the corpus (on workers, pass 1's extractions wait in a
 * temporary file for pass 2; on this thread, used for small inputs only, pass 2 extracts again).
 */
export async function runIngest<Summary extends SinkSummary>(
  files: readonly string[],
  target: GraphSink<Summary>,
  options: IngestOptions = {},
): Promise<IngestSummary<Summary>> {
  const started = performance.now();
  const counter = new WrittenKindCounter();
  const sink = target.countsWritten ? target : countingSink(target, counter);
  const sources = await Promise.all(files.map(async (file) => ({ file, format: options.format ? formatByName(options.format) : await detectFormat(file) })));
  const workers = options.workers ?? observeWorkers();
  const recordWorkers = Math.min(workers, options.workers ?? defaultWorkers());
  const workersFrom = options.workersFrom ?? WORKERS_FROM_PAPERS;
  const choose = (papers: number): Extraction => {
    if (options.extractText === false) return papersOnlyExtraction();
    return workers > 0 && papers > 0 && papers >= workersFrom ? new WorkerExtraction(workers, recordWorkers) : inThreadExtraction();
  };
  const pass1 = new ObservePass(choose, workersFrom, Math.max(1, workers) * CHUNKS_PER_WORKER);
  const skipped: InputError[] = [];
  const passedOver: Record<string, number> = {};

  try {
    for await (const { file, item } of read(sources, options.skipInvalid ? (error) => skipped.push(error) : undefined)) {
      if (item.kind === 'records') {
        if (sink.records === 'first') await sink.addRecords(item.batch);
        continue;
      }
      if (item.kind === 'passed-over') {
        passedOver[item.what] = (passedOver[item.what] ?? 0) + 1;
        continue;
      }
      await pass1.add(item.document);
      if (pass1.papers % 1000 === 0) options.onProgress?.({ phase: 'read', file, papers: pass1.papers });
    }
    const extraction = await pass1.finish();
    const pass1Seconds = (performance.now() - started) / 1000;
    options.onPass1Done?.(pass1.papers, pass1Seconds);

    await sink.begin();
    let file = '';
    const pass2 = new RecordPass(extraction, sink, Math.max(1, recordWorkers) * CHUNKS_PER_WORKER, (papers) => {
      if (papers % 100 === 0) options.onProgress?.({ phase: 'write', file, papers });
    });
    // Bad records were counted in pass 1; here they are only passed over again.
    for await (const { file: current, item } of read(sources, options.skipInvalid ? () => {} : undefined)) {
      file = current;
      if (item.kind === 'document') await pass2.addDocument(item.document);
      else if (item.kind === 'records' && sink.records === 'in-order') await pass2.addRecords(item.batch);
    }
    await pass2.finish();
    const summary = await sink.finish();
    return { ...summary, papers: pass1.papers, written: summary.written ?? counter.counts(), skipped, passedOver, pass1Seconds, seconds: (performance.now() - started) / 1000 };
  } finally {
    await pass1.close();
  }
}

async function* read(
  sources: ReadonlyArray<{ file: string; format: SourceFormat }>,
  onInvalid: ((error: InputError) => void) | undefined,
): AsyncGenerator<{ file: string; item: SourceItem }> {
  for (const { file, format } of sources) {
    for await (const item of format.read(file, onInvalid ? { onInvalid } : {})) yield { file, item };
  }
}
