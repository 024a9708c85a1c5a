import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_LEADERBOARDS } from '../../src/default-corpus.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();
const query = graphqlClient(db);
const CLIENTS = 16;

// Leaderboard papers, newest first, each with its results: a paper whose batch is written
// shows its results in the same answer, or is not there yet.
const PAPERS = `{ papers(first: 100, orderBy: {field: PUBLISHED_AT, direction: DESC}) {
  edges { node { key sources evaluations(first: 1) { totalCount } } } } }`;

interface Seen {
  requests: number;
  failed: string[];
  /** Leaderboard papers answered without a result. */
  withoutResults: string[];
  /** Most leaderboard papers one answer held while the ingest ran. */
  mostPapers: number;
}

async function client(seen: Seen, done: () => boolean): Promise<void> {
  while (!done()) {
    const result = await query(PAPERS);
    seen.requests += 1;
    if (result.errors) {
      seen.failed.push(result.errors[0]!.message);
      continue;
    }
    const papers = (result.data!.papers.edges as Array<{ node: { key: string; sources: string[]; evaluations: { totalCount: number } } }>)
      .map((edge) => edge.node)
      .filter((paper) => paper.sources.includes('pwc-evaluation-tables'));
    seen.mostPapers = Math.max(seen.mostPapers, papers.length);
    for (const paper of papers) if (paper.evaluations.totalCount === 0) seen.withoutResults.push(paper.key);
  }
}

describe('kg ingest of the shipped leaderboards while 16 clients read', () => {
  beforeAll(() => resetGraph(db));
  afterAll(close);

  it('fails no request, and no answer shows a paper without the results its batch wrote', { timeout: 300_000 }, async () => {
    const seen: Seen = { requests: 0, failed: [], withoutResults: [], mostPapers: 0 };
    let ingesting = true;
    const clients = Array.from({ length: CLIENTS }, () => client(seen, () => !ingesting));
    try {
      // Small batches: many write transactions for the readers to fall between.
      await ingestFiles(db, SHIPPED_LEADERBOARDS, { batchRows: 500 });
    } finally {
      ingesting = false;
      await Promise.all(clients);
    }
    expect(seen.failed).toEqual([]);
    expect(seen.withoutResults).toEqual([]);
    expect(seen.requests).toBeGreaterThan(CLIENTS);
    // The readers did see leaderboard papers arrive (a check that never saw one proves nothing).
    expect(seen.mostPapers).toBeGreaterThan(0);
    const after = await query(PAPERS);
    expect(after.data!.papers.edges.length).toBe(100);
  });
});
