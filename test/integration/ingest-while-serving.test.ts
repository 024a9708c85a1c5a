import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database, type Params } from '../../src/db/database.js';
import { SHIPPED_LEADERBOARDS } from '../../src/default-corpus.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, driver, config, close } = connectTestDb();
const query = graphqlClient(db);
const CLIENTS = 16;

// Leaderboard papers, newest first, each with its results.
const PAPERS = `{ papers(first: 100, orderBy: {field: PUBLISHED_AT, direction: DESC}) {
  edges { node { key sources evaluations(first: 1) { totalCount } } } } }`;

/**
 * The real database, noting when each write transaction has returned to the writer and which
 * node ids it wrote. Neo4j reads are read-committed: a reader can meet a transaction while it
 * is being applied (nodes before their index entries), so the guarantee to check is that a
 * batch is whole for every answer asked after its commit returned.
 */
class CommitLoggingDatabase extends Database {
  readonly committedAt = new Map<string, number>();

  override async writeAll(statements: Array<{ cypher: string; params?: Params }>): Promise<void> {
    await super.writeAll(statements);
    const now = performance.now();
    for (const id of writtenIds(statements)) if (!this.committedAt.has(id)) this.committedAt.set(id, now);
  }
}

function writtenIds(statements: Array<{ params?: Params }>): string[] {
  const ids: string[] = [];
  for (const { params } of statements) {
    const rows = params?.rows;
    if (!Array.isArray(rows)) continue;
    for (const row of rows) if (typeof row?.id === 'string') ids.push(row.id);
  }
  return ids;
}

interface Seen {
  requests: number;
  failed: string[];
  /** Leaderboard papers answered without a result by a request asked after their batch committed. */
  withoutResults: string[];
  /** Most leaderboard papers one answer held while the ingest ran. */
  mostPapers: number;
}

async function client(seen: Seen, committedAt: ReadonlyMap<string, number>, done: () => boolean): Promise<void> {
  while (!done()) {
    const askedAt = performance.now();
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
    for (const paper of papers) {
      const committed = committedAt.get(paper.key);
      if (paper.evaluations.totalCount === 0 && committed !== undefined && committed < askedAt) seen.withoutResults.push(paper.key);
    }
  }
}

describe('kg ingest of the shipped leaderboards while 16 clients read', () => {
  beforeAll(() => resetGraph(db));
  afterAll(close);

  it('fails no request, and no answer asked after a batch committed shows its papers without their results', { timeout: 300_000 }, async () => {
    const seen: Seen = { requests: 0, failed: [], withoutResults: [], mostPapers: 0 };
    const writer = new CommitLoggingDatabase(driver, config.database, config.queryTimeoutMs);
    const { committedAt } = writer;
    let ingesting = true;
    const clients = Array.from({ length: CLIENTS }, () => client(seen, committedAt, () => !ingesting));
    try {
      // Small batches: many write transactions for the readers to fall between.
      await ingestFiles(writer, SHIPPED_LEADERBOARDS, { batchRows: 500 });
    } finally {
      ingesting = false;
      await Promise.all(clients);
    }
    expect(seen.failed).toEqual([]);
    expect(seen.withoutResults).toEqual([]);
    expect(seen.requests).toBeGreaterThan(CLIENTS);
    // The readers did see leaderboard papers arrive (a check that never saw one proves nothing),
    // and the commit log knows the papers they saw (a log that missed them would check nothing).
    expect(seen.mostPapers).toBeGreaterThan(0);
    const after = await query(PAPERS);
    const keys = (after.data!.papers.edges as Array<{ node: { key: string } }>).map((edge) => edge.node.key);
    expect(keys.length).toBe(100);
    expect(keys.filter((key) => !committedAt.has(key))).toEqual([]);
  });
});
