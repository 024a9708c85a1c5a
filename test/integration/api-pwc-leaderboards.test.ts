import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/** Real Papers with Code leaderboards, through the real parser and loader, served as leaderboards. */
const SNLI = 'data/pwc-evaluation-tables/snli.json';
const TABLES = ['snli', 'eff', 'chexpert'].map((name) => `data/pwc-evaluation-tables/${name}.json`);

const { db, close } = connectTestDb();
const query = graphqlClient(db);

/** Scores of one SNLI column as the dump states them, parsed the plain way. */
function snliColumn(metric: string): number[] {
  const tasks = JSON.parse(readFileSync(SNLI, 'utf8')) as Array<{ datasets: Array<{ sota: { rows: Array<{ metrics: Record<string, string> }> } }> }>;
  return tasks[0]!.datasets[0]!.sota.rows
    .map((row) => Number.parseFloat(String(row.metrics[metric] ?? '').replace(/[%,]/g, '')))
    .filter((value) => Number.isFinite(value));
}

describe('GraphQL leaderboards over real Papers with Code evaluation tables', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, TABLES);
  });
  afterAll(close);

  it('ranks SNLI by its main metric, best first, saying higher is better', async () => {
    const result = await query(`{ benchmark(name: "snli") { leaderboard(first: 100) {
      metric higherIsBetter directionKnown rankedBy totalCount entries { rank value subject { ... on Method { name } ... on Model { name } } evaluation { paper { title } paperCitation paperUrl } }
    } } }`);
    expect(result.errors).toBeUndefined();
    const board = result.data!.benchmark.leaderboard;
    expect(board).toMatchObject({ metric: '% Test Accuracy', higherIsBetter: true, directionKnown: true, rankedBy: 'VALUE' });
    const expected = snliColumn('% Test Accuracy').sort((a, b) => b - a);
    const values = board.entries.map((e: { value: number }) => e.value);
    expect(values.slice(0, expected.length)).toEqual(expected.slice(0, values.length));
    // The best SNLI row cites its paper as "Xiaodong Liu et al. '19" with an arXiv link: the paper by its arXiv id, the citation on the result.
    expect(board.entries[0].evaluation).toEqual({
      paper: { title: 'arXiv:1901.11504' },
      paperCitation: "Xiaodong Liu et al. '19",
      paperUrl: 'https://arxiv.org/pdf/1901.11504.pdf',
    });
  });

  it('ranks a lower-is-better column upwards when asked for it', async () => {
    const result = await query(`{ benchmark(name: "SNLI") { leaderboard(metric: "parameters", first: 100) { metric higherIsBetter ordering entries { value } } } }`);
    expect(result.errors).toBeUndefined();
    const board = result.data!.benchmark.leaderboard;
    expect(board).toMatchObject({ metric: 'Parameters', higherIsBetter: false, ordering: 'Parameters, lower is better' });
    const values = board.entries.map((e: { value: number | null }) => e.value).filter((v: number | null) => v !== null);
    expect(values.length).toBeGreaterThan(0);
    expect(values).toEqual([...values].sort((a, b) => a - b));
  });

  // A result's key identifies it among the results between the same two nodes.
  const RESULT = 'key subject { ... on Method { key } ... on Model { key } }';
  const identity = (edge: { node: { key: string; subject: { key: string } } }) => `${edge.node.subject.key} ${edge.node.key}`;

  it('pages through the evaluations of a benchmark with cursors, in the order of one long page', async () => {
    const page = `query($after: String) { benchmark(name: "snli") { evaluations(first: 7, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { node { ${RESULT} } } } } }`;
    const whole = await query(`{ benchmark(name: "snli") { evaluations(first: 100) { totalCount edges { node { ${RESULT} } } } } }`);
    expect(whole.errors).toBeUndefined();
    const all = whole.data!.benchmark.evaluations;
    expect(all.totalCount).toBeGreaterThan(7);
    const keys: string[] = [];
    let after: string | null = null;
    for (;;) {
      const result: { errors?: unknown; data?: any } = await query(page, { after });
      expect(result.errors).toBeUndefined();
      const connection = result.data!.benchmark.evaluations;
      expect(connection.totalCount).toBe(all.totalCount);
      keys.push(...connection.edges.map(identity));
      if (!connection.pageInfo.hasNextPage) break;
      after = connection.pageInfo.endCursor;
    }
    expect(keys).toHaveLength(all.totalCount);
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.slice(0, 100)).toEqual(all.edges.map(identity));
  });

  it('fills the dashboard matrix from the ingested tables', async () => {
    const stats = await query(`{ stats { topBenchmarks(first: 3) { count node { ... on Benchmark { name } } } matrix(size: 4) { cells { value } } } }`);
    expect(stats.errors).toBeUndefined();
    expect(stats.data!.stats.topBenchmarks[0].count).toBeGreaterThan(10);
    expect(stats.data!.stats.matrix.cells.length).toBeGreaterThan(0);
  });
  it('ranks stats by the counts each ingest stores, equal to counting live, and after a further ingest too', async () => {
    const live = async () => ({
      benchmarks: await db.read(
        `MATCH (b:Benchmark)<-[r:EVALUATED_ON]-(s:Method|Model) WITH b, count(DISTINCT s) AS count, count(r) AS evaluations
         RETURN b.name AS name, count, evaluations ORDER BY count DESC, evaluations DESC, toLower(b.name), b.id LIMIT 5`,
      ),
      subjects: await db.read(
        `MATCH (s:Method|Model)-[r:EVALUATED_ON]->(b:Benchmark) WITH s, count(DISTINCT b) AS count, count(r) AS evaluations
         RETURN s.name AS name, count, evaluations ORDER BY count DESC, evaluations DESC, toLower(s.name), s.id LIMIT 5`,
      ),
    });
    const served = async () => {
      const result = await query(`{ stats {
        topBenchmarks(first: 5) { count evaluations node { ... on Benchmark { name } } }
        topMethods(first: 5) { count evaluations node { ... on Method { name } ... on Model { name } } }
      } }`);
      expect(result.errors).toBeUndefined();
      const rows = (list: Array<{ count: number; evaluations: number; node: { name: string } }>) =>
        list.map((row) => ({ name: row.node.name, count: row.count, evaluations: row.evaluations }));
      return { benchmarks: rows(result.data!.stats.topBenchmarks), subjects: rows(result.data!.stats.topMethods) };
    };
    const before = await live();
    expect(before.benchmarks.length).toBeGreaterThan(0);
    expect(await served()).toEqual(before);

    await ingestFiles(db, ['data/pwc-evaluation-tables/nlp-progress.json']);
    const after = await live();
    expect(after).not.toEqual(before);
    expect(await served()).toEqual(after);
  });
});
