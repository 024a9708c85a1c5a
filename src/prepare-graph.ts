import type { Logger } from 'pino';
import type { Database } from './db/database.js';
import { applySchema } from './db/migrations.js';
import { isDatabaseUnavailable } from './db/unavailable.js';
import { FIRST_START_FILES } from './default-corpus.js';
// The one import of the pipeline from the server: the first-start ingest.
import { prepareStoredGraph, type FirstStartReport } from '../ingest/first-start.js';

const RETRY_MS = 5_000;

/**
 * Applies the schema, ingests the default corpus when the graph has no papers, and refreshes
 * what ingest stores beside the content (name keys, evaluation counts). Retries
 * until the database answers, so a server started during a database outage serves (and says
 * it is not ready) instead of exiting, and prepares the graph as soon as it can.
 */
export async function prepareGraph(db: Database, logger: Logger, signal?: AbortSignal): Promise<FirstStartReport | undefined> {
  for (;;) {
    try {
      const changes = await applySchema(db);
      if (changes.recreated.length > 0) logger.info(`schema: recreated ${changes.recreated.join(', ')} (their definition changed)`);
      const report = await prepareStoredGraph(db, FIRST_START_FILES, (files) =>
        logger.info(`The graph is empty: ingesting the default corpus and the shipped leaderboards (${files.length} files)`),
      );
      if (report.papers > 0) {
        logger.info({ papers: report.papers, nodes: report.nodes, edges: report.edges, seconds: Number(report.seconds.toFixed(1)) }, 'default corpus and leaderboards ingested');
      }
      return report;
    } catch (error) {
      if (!isDatabaseUnavailable(error)) throw error;
      logger.warn(`Neo4j is unavailable (${(error as Error).message.split('\n')[0]}); retrying in ${RETRY_MS / 1000} s`);
      await new Promise((resolve) => setTimeout(resolve, RETRY_MS));
      if (signal?.aborted) return undefined;
    }
  }
}
