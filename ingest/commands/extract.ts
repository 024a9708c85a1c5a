import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import type { PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { CHUNKS_PER_WORKER } from '../loop/extraction.js';
import { inThreadGold, type GoldExtraction } from '../loop/gold-extraction.js';
import { WORKERS_FROM_PAPERS } from '../loop/ingest-loop.js';
import { OrderedChunks } from '../loop/ordered-chunks.js';
import { observeWorkers, WorkerExtraction } from '../loop/worker-extraction.js';
import { detectFormat, FORMATS, formatByName } from '../sources/formats.js';
import { toWholeNumber } from './number-options.js';
import { papersProgress } from './papers-progress.js';
import type { SourceFormat } from '../sources/source-format.js';

/**
 * `kg extract --input FILE --out FILE.jsonl`: text extraction without a database. Streams the
 * papers and writes one JSON object per paper in the gold annotation shape, so the output can
 * be scored against annotated papers (npm run eval:extraction). Input formats are kg ingest's:
 * detected from the content, or named with --format.
 */

export interface ExtractOptions {
  input: string;
  out: string;
  /** A format name (see FORMATS); detected from the content when absent. */
  format?: string;
  skipInvalid?: boolean;
  /** Extraction worker threads (default: one per core, from WORKERS_FROM_PAPERS papers on); 0 extracts on this thread. */
  workers?: number;
}

export interface ExtractSummary {
  papers: number;
  skipped: number;
  seconds: number;
}

export function registerExtractCommand(program: Command): void {
  program
    .command('extract')
    .description('extract methods, models, datasets, benchmarks, tasks, repos and evaluations from paper text into JSON Lines (no database)')
    .requiredOption('--input <file>', 'papers: seed text (title line, abstract line), JSON Lines or a Papers with Code papers dump')
    .requiredOption('--out <file>', 'output JSON Lines, one object per paper in the gold annotation shape')
    .addOption(new Option('--format <name>', 'input format (default: detected from the content, as kg ingest does)').choices(FORMATS.map((f) => f.name)))
    .option('--skip-invalid', 'skip bad records instead of stopping at the first', false)
    .option('--workers <n>', `extraction worker threads, for inputs of ${WORKERS_FROM_PAPERS} papers or more; 0 extracts on the main thread (default: one per core)`, toWholeNumber)
    .action(async (options: ExtractOptions) => {
      const bar = papersProgress('extract');
      try {
        const summary = await runExtract(options, (papers) => bar?.update(papers, 'extract'));
        bar?.stop();
        const rate = Math.round(summary.papers / Math.max(summary.seconds, 1e-3));
        const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
        console.error(`extracted ${summary.papers} papers in ${summary.seconds.toFixed(2)} s (${rate} abstracts/s)${skipped} -> ${options.out}`);
      } catch (error) {
        bar?.stop();
        if (!(error instanceof InputError)) throw error;
        // Bad input is the user's to fix: one line naming file and line, no stack trace.
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
      }
    });
}

/**
 * The input's format, named or detected as kg ingest detects it. A dump that holds only graph
 * records (links, methods, datasets, leaderboards) has no text to extract: refused up front,
 * rather than read to the end for an empty output.
 */
export async function extractFormatOf(input: string, name?: string): Promise<SourceFormat> {
  const format = name ? formatByName(name) : await detectFormat(input);
  if (!format.yields.includes('document')) {
    throw new InputError({ file: input, line: 0 }, `format ${format.name} holds no paper text to extract (${format.description}); load it with kg ingest`);
  }
  return format;
}

const OUTPUT_BUFFER_BYTES = 1 << 20;
/** Papers per chunk when extracting on this thread (see runExtract). */
const IN_THREAD_CHUNK_DOCS = 16;

/** Papers between two calls of runExtract's progress callback. */
export const EXTRACT_PROGRESS_EVERY = 1000;

/**
 * Reads, extracts and writes; the output appears only when the whole input was read. Inputs
 * of WORKERS_FROM_PAPERS papers or more are extracted on worker threads, as kg ingest does;
 * the lines are written in input order either way, so the output is the same.
 * `onProgress` hears the count of papers read every EXTRACT_PROGRESS_EVERY papers.
 */
export async function runExtract(options: ExtractOptions, onProgress?: (papers: number) => void): Promise<ExtractSummary> {
  const started = performance.now();
  const format = await extractFormatOf(options.input, options.format);
  let skipped = 0;
  const items = format.read(options.input, options.skipInvalid ? { onInvalid: () => void skipped++ } : {});

  const partial = `${options.out}.partial`;
  // A megabyte of records (about a thousand papers) before write() asks to wait: with the
  // default 16 KB the loop stopped for a disk round trip every 17 papers.
  const out = createWriteStream(partial, { encoding: 'utf8', highWaterMark: OUTPUT_BUFFER_BYTES });
  try {
    await once(out, 'open');
  } catch (error) {
    throw new InputError({ file: options.out, line: 0 }, `cannot write the output: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const workers = options.workers ?? observeWorkers();
  const choose = (papers: number): GoldExtraction => (workers > 0 && papers >= WORKERS_FROM_PAPERS ? new WorkerExtraction(workers) : inThreadGold());
  const write = async (lines: string) => {
    if (!out.write(lines)) await once(out, 'drain');
  };
  const run = (extraction: GoldExtraction, docs: PaperDocument[]) => extraction.goldLines(docs);
  // On one thread each chunk is extracted and written as soon as it is read, and chunks are
  // small: a chunk's papers and lines are garbage before the next young-generation collection
  // (chunks of 256 outlived it and were promoted, six old-generation collections per 60,000 papers instead of one).
  const pass =
    workers === 0
      ? new OrderedChunks(choose, run, 0, 0, write, IN_THREAD_CHUNK_DOCS)
      : new OrderedChunks(choose, run, WORKERS_FROM_PAPERS, workers * CHUNKS_PER_WORKER, write);
  try {
    for await (const item of items) {
      // Records a dump states outright (a paper's listed tasks) are kg ingest's, not text extraction's.
      if (item.kind !== 'document') continue;
      await pass.add(item.document);
      if (pass.papers % EXTRACT_PROGRESS_EVERY === 0) onProgress?.(pass.papers);
    }
    await pass.finish();
    out.end();
    await once(out, 'finish');
    await rename(partial, options.out);
  } catch (error) {
    // Let pending writes settle before removing the partial file (destroying mid-write would
    // raise a second, unhandled error).
    out.end();
    await once(out, 'close').catch(() => undefined);
    await rm(partial, { force: true });
    throw error;
  } finally {
    await pass.chosen?.close();
  }
  return { papers: pass.papers, skipped, seconds: (performance.now() - started) / 1000 };
}
