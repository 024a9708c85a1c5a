import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORED_LEADERBOARD } from '../../core/leaderboard-ranking.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { refreshEvaluationCounts } from '../../ingest/load/evaluation-counts.js';
import { leaderboards, leaderboardsQuery, type LeaderboardRow } from '../../src/graph/leaderboards.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { graphqlClient } from '../support/graphql.js';
import { dbHitsOf, profiledDbHits, profiledSteps } from '../support/profile.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The leaderboards stored at each refresh answer exactly what ranking every result answers:
 * over real Papers with Code tables (many results, equal scores, both metric directions) and
 * the fixture graph (results without values, boards without a metric); and a result added
 * after the refresh shows at once, through the plain ranking.
 */

const TABLES = ['snli', 'eff', 'chexpert', 'nlp-progress'].map((name) => `data/pwc-evaluation-tables/${name}.json`);
const { db, close } = connectTestDb();
const query = graphqlClient(db);

async function benchmarkIds(): Promise<string[]> {
  const rows = await db.read('MATCH (b:Benchmark) WHERE EXISTS { (b)<-[:EVALUATED_ON]-() } RETURN b.id AS id ORDER BY id');
  return rows.map((row) => String(row.id));
}

/** Every default board, at a few page sizes. */
async function allBoards(ids: string[]): Promise<LeaderboardRow[][]> {
  return Promise.all([1, 5, 100].map((limit) => leaderboards(db, ids, null, limit)));
}

async function dbHits(id: string): Promise<number> {
  return profiledDbHits(db, leaderboardsQuery([id], null, 10));
}

describe('stored leaderboards against the plain ranking', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
    await ingestFiles(db, TABLES); // refreshes the stored boards, as every ingest does
  });
  afterAll(close);

  it('answers every default board as the plain ranking does', async () => {
    const ids = await benchmarkIds();
    expect(ids.length).toBeGreaterThan(10);
    const stamped = await db.read(`MATCH (b:Benchmark) WHERE b.${STORED_LEADERBOARD.degree} IS NOT NULL RETURN count(b) AS n`);
    expect(stamped[0]!.n).toBe(ids.length);
    const stored = await allBoards(ids);
    // Without the stamp every board is ranked from its results.
    await db.write(`MATCH (b:Benchmark) REMOVE b.${STORED_LEADERBOARD.degree}`);
    const plain = await allBoards(ids);
    expect(stored).toEqual(plain);
    expect(plain.flat().some((board) => board.entries.length >= 20)).toBe(true);
    await refreshEvaluationCounts(db);
  });

  it('reads the largest board at a fraction of ranking it', async () => {
    const [largest] = await db.read(
      'MATCH (b:Benchmark) RETURN b.id AS id ORDER BY COUNT { (b)<-[:EVALUATED_ON]-() } DESC LIMIT 1',
    );
    const id = String(largest!.id);
    const storedHits = await dbHits(id);
    await db.write(`MATCH (b:Benchmark {id: $id}) REMOVE b.${STORED_LEADERBOARD.degree}`, { id });
    const plainHits = await dbHits(id);
    await refreshEvaluationCounts(db);
    expect(storedHits).toBeLessThan(plainHits / 2);
  });

  it("reads a small stored board and SOTA history through a lookup by their results' keys, not by a pass over the graph's results", async () => {
    const [small] = await db.read(
      `MATCH (b:Benchmark) WHERE size(b.${STORED_LEADERBOARD.keys}) >= 3 RETURN b.name AS name, size(b.${STORED_LEADERBOARD.keys}) AS rows
       ORDER BY COUNT { (b)<-[:EVALUATED_ON]-() }, name LIMIT 1`,
    );
    const [results] = await db.read('MATCH ()-[r:EVALUATED_ON]->() RETURN count(r) AS n');
    const statements: Array<{ cypher: string; params: Record<string, unknown> }> = [];
    const listened = graphqlClient(db, () => db.withListener((cypher, params) => statements.push({ cypher, params })));
    const page = await listened(
      `query ($name: String!) { benchmark(name: $name) { leaderboard(first: 10) { metric totalCount
        entries { rank value subject { ... on Method { name } ... on Model { name } } evaluation { paper { title } } } } } }`,
      { name: small!.name },
    );
    expect(page.errors).toBeUndefined();
    expect(page.data!.benchmark.leaderboard.entries).toHaveLength(Math.min(10, Number(small!.rows)));
    const history = await listened(`query ($name: String!) { benchmark(name: $name) { sotaHistory { steps { value } } } }`, { name: small!.name });
    expect(history.errors).toBeUndefined();
    expect(history.data!.benchmark.sotaHistory.steps.length).toBeGreaterThan(0);
    // The board's rows and the history's steps: one keyed read each.
    const keyedReads = statements.filter((s) => s.cypher.includes('EVALUATED_ON {key:'));
    expect(keyedReads).toHaveLength(2);
    for (const statement of keyedReads) {
      // Whatever the graph's statistics: each stored row's result by a seek on its key, never a
      // scan of the key index (on the shipped corpus, unhinted: one scan per row, 21k db hits).
      const plan = await profiledSteps(db, statement);
      const keyed = plan.filter((step) => (step.arguments.Details ?? '').includes('EVALUATED_ON(key)'));
      expect(keyed.map((step) => step.operatorType.replace(/@.*/, ''))).toEqual(['DirectedRelationshipIndexSeek']);
      expect(dbHitsOf(plan)).toBeLessThan(Number(results!.n));
    }
  });

  it('shows a result added after the refresh at once, and the same after the next refresh', async () => {
    const board = `{ benchmark(name: "SNLI") { leaderboard(first: 3) { metric totalCount entries { value subject { ... on Method { name } ... on Model { name } } } } } }`;
    const before = await query(board);
    expect(before.errors).toBeUndefined();
    const { metric, totalCount, entries } = before.data!.benchmark.leaderboard;
    await db.write(
      `MATCH (b:Benchmark {name: 'SNLI'}) MERGE (m:Method {id: 'method:late-result'}) SET m.name = 'Late Result'
       CREATE (m)-[:EVALUATED_ON {key: 'late|' + $metric, metric: $metric, value: $value, rawValue: toString($value), source: 'test'}]->(b)`,
      { metric, value: entries[0].value + 1 },
    );
    const after = await query(board);
    expect(after.data!.benchmark.leaderboard.totalCount).toBe(totalCount + 1);
    expect(after.data!.benchmark.leaderboard.entries[0].subject.name).toBe('Late Result');
    await refreshEvaluationCounts(db);
    const refreshed = await query(board);
    expect(refreshed.data).toEqual(after.data);
  });
});
