import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hopPagesQuery, type Hop } from '../../src/graph/neighbours.js';
import { int } from '../../src/graph/params.js';
import type { Statement } from '../../src/graph/statement.js';
import { graphqlClient, type GraphQLResponse } from '../support/graphql.js';
import { profiledDbHits } from '../support/profile.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The top-k plans answer exactly what the plain plans (every link sorted) answer: the date
 * index walk and the edge walk of a benchmark's newest papers, on a hub, a tail and a
 * benchmark whose dated papers do not fill a page, with undated papers and many equal dates.
 */

const { db, close } = connectTestDb();
const query = graphqlClient(db);
const benchmarkPapers: Hop = { from: 'Benchmark', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'in', to: ['Paper'] };
const PAPERS = 400;
const BENCHMARKS = ['benchmark:hub', 'benchmark:tail', 'benchmark:mostly-undated'];

/** Paper i: undated when i % 10 == 0; else one of 108 dates, so many papers share one. */
function dateOf(i: number): string | null {
  return i % 10 === 0 ? null : `20${10 + (i % 12)}-0${1 + (i % 9)}-01`;
}

async function build(): Promise<void> {
  const papers = Array.from({ length: PAPERS }, (_, i) => ({ id: `paper:p${String(i).padStart(3, '0')}`, publishedAt: dateOf(i), i }));
  await db.write(
    `UNWIND $papers AS p
     CREATE (n:Paper {id: p.id, title: 'Paper ' + p.id}) SET n.publishedAt = p.publishedAt`,
    { papers },
  );
  await db.write(`UNWIND $ids AS id CREATE (:Benchmark {id: id, name: id})`, { ids: BENCHMARKS });
  // The hub: two papers in three, some by two relationship types (a paper counted once).
  await db.write(
    `MATCH (b:Benchmark {id: 'benchmark:hub'}) UNWIND $papers AS p WITH b, p WHERE p.i % 3 <> 0
     MATCH (n:Paper {id: p.id}) CREATE (n)-[:MENTIONS]->(b)
     FOREACH (_ IN CASE WHEN p.i % 7 = 0 THEN [1] ELSE [] END | CREATE (n)-[:EVALUATES_ON]->(b))`,
    { papers },
  );
  await db.write(
    `MATCH (b:Benchmark {id: 'benchmark:tail'}) UNWIND [5, 10, 20, 33, 100, 101] AS i
     MATCH (n:Paper {id: 'paper:p' + right('00' + toString(i), 3)}) CREATE (n)-[:PROPOSES]->(b)`,
  );
  // Undated papers (i % 10 = 0) and three dated ones.
  await db.write(
    `MATCH (b:Benchmark {id: 'benchmark:mostly-undated'}) UNWIND $papers AS p WITH b, p WHERE p.i % 10 = 0 OR p.i IN [7, 8, 9]
     MATCH (n:Paper {id: p.id}) CREATE (n)-[:MENTIONS]->(b)`,
    { papers },
  );
}

/** The plain plan: every linked paper sorted, newest first, undated last. */
async function plainPage(id: string, offset: number, limit: number): Promise<string[]> {
  const rows = await db.read(
    `MATCH (:Benchmark {id: $id})<-[:PROPOSES|MENTIONS|EVALUATES_ON]-(m:Paper)
     WITH DISTINCT m ORDER BY m.publishedAt IS NULL, m.publishedAt DESC, m.id
     SKIP $offset LIMIT $limit RETURN m.id AS id`,
    { id, offset: int(offset), limit: int(limit) },
  );
  return rows.map((row) => String(row.id));
}

/** The hop's page keys with the plan forced: 0 always walks the date index, a huge factor never does. */
async function hopPage(statement: Statement, indexWalkFactor?: number): Promise<string[]> {
  const params = indexWalkFactor === undefined ? statement.params : { ...statement.params, indexWalkFactor };
  const [row] = await db.read(statement.cypher, params);
  return (row!.items as Array<{ node: { id: string } }>).map((item) => item.node.id);
}

async function dbHits(statement: Statement, indexWalkFactor: number): Promise<number> {
  return profiledDbHits(db, { cypher: statement.cypher, params: { ...statement.params, indexWalkFactor } });
}

describe('top-k plans against the plain plan', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await build();
  });
  afterAll(close);

  for (const id of BENCHMARKS) {
    it(`gives the same newest papers of ${id} by the index walk, the edges and the chosen plan`, async () => {
      for (const [offset, limit] of [[0, 1], [0, 10], [3, 10], [30, 25], [0, 100], [250, 30]] as const) {
        const statement = hopPagesQuery(benchmarkPapers, [id], { offset, limit, total: false });
        // The hop asks for limit + 1 rows, to tell whether there is a next page.
        const expected = await plainPage(id, offset, limit + 1);
        expect(await hopPage(statement, 0), `walk ${offset}/${limit}`).toEqual(expected);
        expect(await hopPage(statement, 1e12), `edges ${offset}/${limit}`).toEqual(expected);
        expect(await hopPage(statement), `chosen ${offset}/${limit}`).toEqual(expected);
      }
    });
  }

  it('lists undated papers after every dated one, newest first', async () => {
    const result = await query(`{ benchmark(id: "benchmark:mostly-undated") { papers(first: 100) { edges { node { key publishedAt } } } } }`);
    expect(result.errors).toBeUndefined();
    const dates = result.data!.benchmark.papers.edges.map((e: { node: { publishedAt: string | null } }) => e.node.publishedAt);
    expect(dates.slice(0, 3)).toEqual(['2019-01-01', '2018-09-01', '2017-08-01']);
    expect(dates.slice(3)).toHaveLength(40);
    expect(dates.slice(3).every((date: string | null) => date === null)).toBe(true);
  });

  it('lists undated papers last in the root plural, newest first and oldest first', async () => {
    for (const direction of ['DESC', 'ASC']) {
      const dates: Array<string | null> = [];
      let after: string | null = null;
      do {
        const result: GraphQLResponse = await query(
          `query ($after: String) { papers(first: 100, after: $after, orderBy: {field: PUBLISHED_AT, direction: ${direction}}) {
             edges { node { publishedAt } } pageInfo { endCursor hasNextPage } } }`,
          { after },
        );
        expect(result.errors).toBeUndefined();
        dates.push(...result.data!.papers.edges.map((e: { node: { publishedAt: string | null } }) => e.node.publishedAt));
        after = result.data!.papers.pageInfo.hasNextPage ? result.data!.papers.pageInfo.endCursor : null;
      } while (after);
      expect(dates).toHaveLength(PAPERS);
      const dated = dates.slice(0, PAPERS - 40);
      expect(dated.every((date) => date !== null), direction).toBe(true);
      expect(dates.slice(PAPERS - 40).every((date) => date === null), direction).toBe(true);
      const sorted = [...dated].sort();
      expect(dated).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    }
  });

  it('lists papers of a year range newest first as a plain sort does', async () => {
    const result = await query(`{ papers(first: 100, where: {yearFrom: 2012, yearTo: 2014}, orderBy: {field: PUBLISHED_AT, direction: DESC}) { edges { node { key } } } }`);
    expect(result.errors).toBeUndefined();
    const rows = await db.read(
      `MATCH (m:Paper) WHERE '2012' <= m.publishedAt <= '2014\uffff' RETURN m.id AS id ORDER BY m.publishedAt DESC, m.id LIMIT 100`,
    );
    expect(rows.length).toBeGreaterThan(50);
    expect(result.data!.papers.edges.map((e: { node: { key: string } }) => e.node.key)).toEqual(rows.map((row) => row.id));
  });

  it('walks the date index for the hub at a fraction of the edge walk', async () => {
    const statement = hopPagesQuery(benchmarkPapers, ['benchmark:hub'], { offset: 0, limit: 5, total: false });
    const walked = await dbHits(statement, 0);
    const edges = await dbHits(statement, 1e12);
    expect(walked).toBeLessThan(edges / 2);
  });
});
