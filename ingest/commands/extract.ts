import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { Option, type Command } from 'commander';
import type { PaperDocument } from '../document.js';
import { extractPaper } from '../extract/pipeline.js';
import { InputError } from '../input-error.js';
import { CorpusResolver } from '../resolve/corpus-resolver.js';
import { readJsonlPapers } from '../sources/jsonl-papers.js';
import { readSeedText } from '../sources/seed-text.js';

/**
 * `kg extract --input FILE --out FILE.jsonl`: text extraction without a database. Streams the
 * papers and writes one JSON object per paper in the gold annotation shape, so the output can
 * be scored against annotated papers (npm run eval:extraction).
 */

export const EXTRACT_FORMATS = ['seed-text', 'jsonl'] as const;
export type ExtractFormat = (typeof EXTRACT_FORMATS)[number];

export interface ExtractOptions {
  input: string;
  out: string;
  format?: ExtractFormat;
  skipInvalid?: boolean;
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
    .requiredOption('--input <file>', 'papers: seed text (title line, abstract line) or JSON Lines')
    .requiredOption('--out <file>', 'output JSON Lines, one object per paper in the gold annotation shape')
    .addOption(new Option('--format <name>', 'input format (default: jsonl for *.jsonl files, else seed-text)').choices(EXTRACT_FORMATS))
    .option('--skip-invalid', 'skip bad JSONL records instead of stopping at the first', false)
    .action(async (options: ExtractOptions) => {
      try {
        const summary = await runExtract(options);
        const rate = Math.round(summary.papers / Math.max(summary.seconds, 1e-3));
        const skipped = summary.skipped > 0 ? `, ${summary.skipped} skipped` : '';
        console.error(`extracted ${summary.papers} papers in ${summary.seconds.toFixed(2)} s (${rate} abstracts/s)${skipped} -> ${options.out}`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        // Bad input is the user's to fix: one line naming file and line, no stack trace.
        console.error(`error: ${error.message}`);
        process.exitCode = 1;
      }
    });
}

export function formatOf(file: string, format?: ExtractFormat): ExtractFormat {
  return format ?? (/\.jsonl(?:\.gz)?$/i.test(file) ? 'jsonl' : 'seed-text');
}

/** Reads, extracts and writes; the output appears only when the whole input was read. */
export async function runExtract(options: ExtractOptions): Promise<ExtractSummary> {
  const started = performance.now();
  const format = formatOf(options.input, options.format);
  let skipped = 0;
  const documents: AsyncIterable<PaperDocument> =
    format === 'jsonl'
      ? readJsonlPapers(options.input, options.skipInvalid ? { onInvalid: () => void skipped++ } : {})
      : readSeedText(options.input);

  const partial = `${options.out}.partial`;
  const out = createWriteStream(partial, { encoding: 'utf8' });
  try {
    await once(out, 'open');
  } catch (error) {
    throw new InputError({ file: options.out, line: 0 }, `cannot write the output: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const resolver = new CorpusResolver();
  let papers = 0;
  try {
    for await (const document of documents) {
      const extraction = extractPaper(document);
      resolver.add(extraction);
      if (!out.write(`${JSON.stringify(resolver.goldRecord(extraction))}\n`)) await once(out, 'drain');
      papers++;
    }
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
  }
  return { papers, skipped, seconds: (performance.now() - started) / 1000 };
}
