import type { Logger } from 'pino';
import type { Database } from './db/database.js';
import { applySchema } from './db/migrations.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { DEFAULT_CORPUS, graphIsEmpty } from './default-corpus.js';
import { documentProcessor } from '../ingest/document-processor.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { refreshEvaluationCounts } from '../ingest/load/evaluation-counts.js';

const RETRY_MS = 5_000;

/**
 * Applies the schema, ingests the default corpus when the graph has no papers, and refreshes
 * the stored evaluation counts. Retries
 * until the database answers, so a server started during a database outage serves (and says
 * it is not ready) instead of exiting, and prepares the graph as soon as it can.
 */
export async function prepareGraph(db: Database, logger: Logger, signal?: AbortSignal): Promise<void> {
  for (;;) {
    try {
      await applySchema(db);
      if (await graphIsEmpty(db)) {
        logger.info(`The graph is empty: ingesting the default corpus ${DEFAULT_CORPUS}`);
        const summary = await ingestFiles(db, [DEFAULT_CORPUS], documentProcessor());
        logger.info({ papers: summary.papers, nodes: summary.nodes, edges: summary.edges, seconds: Number(summary.seconds.toFixed(1)) }, 'default corpus ingested');
      }
      // A graph loaded by `kg ingest --bulk` or by an older version has no stored counts yet.
      await refreshEvaluationCounts(db);
      return;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn(`Neo4j is unavailable (${(error as Error).message.split('\n')[0]}); retrying in ${RETRY_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      if (signal?.aborted) return;
    }
  }
}
