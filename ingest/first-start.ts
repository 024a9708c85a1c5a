import type { Database } from '../src/db/database.js';
import { ingestFiles } from './ingest-files.js';
import { refreshEvaluationCounts } from './load/evaluation-counts.js';
import { backfillNameKeys } from './load/name-keys-backfill.js';

export interface FirstStartReport {
  /** Papers ingested because the graph was empty; 0 when it was not. */
  papers: number;
  nodes: Partial<Record<string, number>>;
  edges: Partial<Record<string, number>>;
  seconds: number;
}

/**
 * The server's one way into the pipeline, at every start: ingests the default corpus when the
 * graph has no papers, then brings what ingest stores beside the content up to date (name keys
 * and evaluation counts, which a graph from `kg ingest --bulk` or an older version may lack).
 * The schema must be applied first.
 */
export async function prepareStoredGraph(db: Database, defaultCorpus: readonly string[], onIngest: (files: readonly string[]) => void): Promise<FirstStartReport> {
  let report: FirstStartReport = { papers: 0, nodes: {}, edges: {}, seconds: 0 };
  if (await graphIsEmpty(db)) {
    onIngest(defaultCorpus);
    const summary = await ingestFiles(db, defaultCorpus);
    report = { papers: summary.papers, nodes: summary.nodes, edges: summary.edges, seconds: summary.seconds };
  }
  await backfillNameKeys(db);
  await refreshEvaluationCounts(db);
  return report;
}

async function graphIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('MATCH (p:Paper) RETURN count(p) AS n');
  return row!.n === 0;
}
