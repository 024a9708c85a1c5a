import type { Database } from '../src/db/database.js';
import { applySchema } from '../src/db/migrations.js';
import type { PaperDocument } from './document.js';
import type { GraphBatch } from '../core/graph-records.js';
import { InputError } from './input-error.js';
import { refreshEvaluationCounts } from './load/evaluation-counts.js';
import { GraphLoader, type LoadCounts } from './load/graph-loader.js';
import { paperRecords } from './records/paper-records.js';
import { detectFormat, formatByName } from './sources/formats.js';

export interface IngestOptions {
  /** Format name for every file; detected per file by content when absent. */
  format?: string;
  /** Skip bad records (counted) instead of stopping at the first. */
  skipInvalid?: boolean;
  /** Rows (nodes + edges) per write transaction. */
  batchRows?: number;
  onProgress?: (progress: IngestProgress) => void;
}

export interface IngestProgress {
  phase: 'read' | 'write';
  file: string;
  papers: number;
}

export interface IngestSummary extends LoadCounts {
  papers: number;
  skipped: InputError[];
  seconds: number;
}

/** Turns the documents of a source into graph records; the extraction pipeline plugs in here. */
export interface DocumentProcessor {
  /** Pass 1: sees every document first (to learn corpus-wide aliases). */
  observe(doc: PaperDocument): void;
  /** Pass 2: the records of one document. */
  records(doc: PaperDocument): GraphBatch;
}

/** Without text extraction: papers, their repositories and HAS_CODE edges. */
export const papersOnly: DocumentProcessor = { observe: () => {}, records: paperRecords };

/**
 * Ingests files in two passes. Pass 1 reads everything, so bad input is found before a single
 * write and the corpus-wide alias table is complete; pass 2 reads again and writes batches.
 * Both passes stream: memory grows with distinct entities, not with the corpus.
 */
export async function ingestFiles(
  db: Database,
  files: string[],
  processor: DocumentProcessor = papersOnly,
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const started = performance.now();
  const formats = await Promise.all(files.map((file) => (options.format ? formatByName(options.format) : detectFormat(file))));
  const skipped: InputError[] = [];
  const readOptions = options.skipInvalid ? { onInvalid: (error: InputError) => skipped.push(error) } : {};

  let papers = 0;
  for (const [i, file] of files.entries()) {
    for await (const item of formats[i]!.read(file, readOptions)) {
      if (item.kind !== 'document') continue;
      processor.observe(item.document);
      papers += 1;
      if (papers % 1000 === 0) options.onProgress?.({ phase: 'read', file, papers });
    }
  }

  await applySchema(db);
  const loader = new GraphLoader(db, options.batchRows);
  let written = 0;
  for (const [i, file] of files.entries()) {
    // Bad records were counted in pass 1; here they are only passed over again.
    for await (const item of formats[i]!.read(file, options.skipInvalid ? { onInvalid: () => {} } : {})) {
      if (item.kind === 'records') {
        await loader.add(item.batch);
        continue;
      }
      await loader.add(processor.records(item.document));
      written += 1;
      if (written % 100 === 0) options.onProgress?.({ phase: 'write', file, papers: written });
    }
  }
  await loader.flush();
  await refreshEvaluationCounts(db);
  return {
    papers,
    skipped,
    nodes: loader.counts.nodes,
    edges: loader.counts.edges,
    seconds: (performance.now() - started) / 1000,
  };
}
