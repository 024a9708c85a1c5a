import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * Nested hop connections compiled into their parent's statement answer exactly what the
 * per-level path (compilation off, one batched query per level) answers, in fewer round trips.
 */
const sent: string[] = [];
const { db, close } = connectTestDb();
const counted = db.withListener((cypher) => sent.push(cypher));
const compiled = graphqlClient(db, () => counted);
const perLevel = graphqlClient(db, () => counted, { compileNestedHops: false });

async function run(client: typeof compiled, document: string, variables: Record<string, unknown> = {}) {
  sent.length = 0;
  const result = await client(document, variables);
  expect(result.errors).toBeUndefined();
  return { data: result.data!, trips: sent.length };
}

/** Both paths on one document: the answers, and the round trips of each. */
async function bothWays(document: string, variables: Record<string, unknown> = {}) {
  const one = await run(compiled, document, variables);
  const other = await run(perLevel, document, variables);
  expect(one.data).toEqual(other.data);
  return { data: one.data, compiledTrips: one.trips, perLevelTrips: other.trips };
}

const LINK = 'relations sources evidence { sentence extractor confidence } official framework';
const PAGE = 'totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }';

describe('nested hop connections compiled into one statement', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it("answers the bench's nested3 shape as the per-level path does, in one statement with the lookup", async () => {
    const { data, compiledTrips, perLevelTrips } = await bothWays(
      `query ($b: String!) { benchmark(name: $b) { name papers(first: 10) { ${PAGE} edges { cursor ${LINK} node { title
        methods(first: 5) { ${PAGE} edges { cursor ${LINK} node { name repos(first: 3) { ${PAGE} edges { cursor ${LINK} node { url } } } } } } } } } } }`,
      { b: 'MT-Bench' },
    );
    const papers = data.benchmark.papers.edges.map((edge: any) => edge.node);
    expect(papers.map((paper: any) => paper.title)).toContain('Direct Preference Optimization: Your Language Model is Secretly a Reward Model');
    const dpo = papers.find((paper: any) => paper.title.startsWith('Direct Preference')).methods.edges.find((edge: any) => edge.node.name === 'DPO');
    expect(dpo.node.repos.edges.map((edge: any) => edge.node.url)).toEqual(['https://github.com/eric-mitchell/direct-preference-optimization']);
    // Lookup, then papers, methods and repos: one query each per level, or one for all four.
    expect(perLevelTrips).toBe(4);
    expect(compiledTrips).toBe(1);
  });

  it("answers a benchmark's leaderboard and SOTA history in the lookup's statement, as their own queries do", async () => {
    const board = `leaderboard(first: 5) { metric totalCount entries { rank value rawValue subject { ... on Method { name } ... on Model { name } } evaluation { paper { title } } } }`;
    const history = `sotaHistory { metric undatedCount steps { value rawValue date subject { ... on Method { name } ... on Model { name } } paper { title } } }`;
    const { data, compiledTrips, perLevelTrips } = await bothWays(`query ($b: String!) { benchmark(name: $b) { name ${board} ${history} } }`, { b: 'MT-Bench' });
    expect(data.benchmark.leaderboard.metric).toBe('Score');
    expect(data.benchmark.leaderboard.entries.map((entry: any) => entry.subject.name)).toContain('GPT-4');
    expect(data.benchmark.sotaHistory.steps.length).toBeGreaterThan(0);
    expect(perLevelTrips).toBe(3);
    expect(compiledTrips).toBe(1);
    // Boards asking for different metrics share no statement: the second sends its own.
    const apart = await bothWays(`{ benchmark(id: "benchmark:mt-bench") { board: leaderboard(metric: "Score", first: 3) { metric totalCount } sotaHistory { metric } } }`);
    expect(apart.data.benchmark.board.metric).toBe('Score');
    expect(apart.compiledTrips).toBe(2);
  });

  it("answers a lookup's evaluation groups in its statement, as their own query does, a node without results too", async () => {
    const groups = (field: string) => `${field}(first: 10, resultsPerGroup: 2) { totalCount edges { node {
      counterpart { ... on Benchmark { name } ... on Dataset { name } ... on Method { name } ... on Model { name } }
      evaluationCount evaluations { metricName value rawValue paper { title } subject { ... on Method { name } ... on Model { name } } } } } }`;
    const method = await bothWays(`query ($m: ID!) { method(id: $m) { name ${groups('evaluatedOn')} } }`, { m: 'method:dpo' });
    expect(method.perLevelTrips).toBe(2);
    expect(method.compiledTrips).toBe(1);
    const benchmark = await bothWays(`query ($b: String!) { benchmark(name: $b) { name ${groups('evaluatedMethods')} } }`, { b: 'MT-Bench' });
    expect(benchmark.data.benchmark.evaluatedMethods.totalCount).toBeGreaterThan(0);
    expect(benchmark.compiledTrips).toBe(1);
    // No result at all: the lookup still finds the node, with an empty page.
    await db.write(`CREATE (:Method {id: 'method:no-results', name: 'No Results'})`);
    const none = await bothWays(`{ method(id: "method:no-results") { name ${groups('evaluatedOn')} } }`);
    await db.write(`MATCH (m:Method {id: 'method:no-results'}) DELETE m`);
    expect(none.data.method.name).toBe('No Results');
    expect(none.data.method.evaluatedOn).toMatchObject({ totalCount: 0, edges: [] });
    expect(none.compiledTrips).toBe(1);
  });

  it('compiles the same shape under an entity looked up by key', async () => {
    const { data, compiledTrips, perLevelTrips } = await bothWays(
      `query ($b: ID!) { benchmark(id: $b) { name papers(first: 10) { ${PAGE} edges { cursor node { title
        methods(first: 5) { ${PAGE} edges { cursor node { name repos(first: 3) { ${PAGE} edges { cursor node { url } } } } } } } } } } }`,
      { b: 'benchmark:mt-bench' },
    );
    expect(data.benchmark.papers.totalCount).toBeGreaterThan(1);
    expect(perLevelTrips).toBe(4);
    expect(compiledTrips).toBe(1);
  });

  it('reads first, after and role from variables and literals, through aliases and fragments, with full pages and cursors', async () => {
    const start = await run(compiled, `{ benchmark(name: "MT-Bench") { papers(first: 1) { edges { cursor } } } }`);
    const after = start.data.benchmark.papers.edges[0].cursor;
    const { data, compiledTrips, perLevelTrips } = await bothWays(
      `query ($after: String, $role: Relation, $few: Int) { benchmark(name: "MT-Bench") {
        papers(first: 2, after: $after) { ${PAGE} ...pageEdges }
        evaluating: papers(first: 5, role: $role) { ${PAGE} edges { node { title mentioned: methods(first: $few) { ${PAGE} edges { node { ... on Method { name variants(first: 1) { ${PAGE} edges { cursor node { name } } } } } } } } } }
      } }
      fragment pageEdges on PaperConnection { edges { cursor ${LINK} node { title methods(first: 1) { ${PAGE} edges { cursor node { name } } } } } }`,
      { after, role: 'EVALUATES_ON', few: 1 },
    );
    expect(data.benchmark.papers.pageInfo.hasPreviousPage).toBe(true);
    expect(data.benchmark.evaluating.edges.length).toBeGreaterThan(0);
    expect(data.benchmark.evaluating.edges.some((edge: any) => edge.node.mentioned.pageInfo.hasNextPage)).toBe(true);
    expect(perLevelTrips).toBe(6); // lookup; two paper pages; their methods; variants
    expect(compiledTrips).toBe(1); // the lookup with both paper pages and all under them
  });

  it('keeps the per-level queries for what cannot compile: a field under a directive', async () => {
    const { data, compiledTrips, perLevelTrips } = await bothWays(
      `query ($withRepos: Boolean!) { benchmark(name: "MT-Bench") { papers(first: 10) { edges { node { title
        methods(first: 5) { edges { node { name
          evaluatedOn(first: 2) { totalCount edges { node { evaluationCount evaluations { value } } } }
          repos(first: 3) @include(if: $withRepos) { ${PAGE} edges { node { url } } }
          variants(first: 3) { ${PAGE} edges { node { name } } }
        } } }
      } } } } }`,
      { withRepos: true },
    );
    const methods = data.benchmark.papers.edges.flatMap((edge: any) => edge.node.methods.edges.map((m: any) => m.node));
    expect(methods.some((method: any) => method.evaluatedOn.totalCount > 0)).toBe(true);
    expect(methods.some((method: any) => method.repos.edges.length > 0)).toBe(true);
    // Per level: lookup, papers, methods, then evaluatedOn, repos and variants apiece.
    expect(perLevelTrips).toBe(6);
    // Compiled: the lookup with papers, methods, their evaluation groups and variants; repos (under @include) on its own.
    expect(compiledTrips).toBe(2);
  });

  it("answers boards under a looked-up node's neighbours in the lookup's statement: a task's benchmarks with their best result", async () => {
    const taskBest = `query ($t: ID!) { task(id: $t) { name benchmarks(first: 10) { totalCount edges { node { name
      leaderboard(first: 1) { metric totalCount entries { rawValue subject { ... on Method { name } ... on Model { name } } evaluation { paper { title } } } } } } } } }`;
    const [row] = await db.read(`MATCH (t:Task)<-[:FOR_TASK]-(b:Benchmark)<-[:EVALUATED_ON]-() RETURN t.id AS task, count(*) AS results ORDER BY results DESC, task LIMIT 1`);
    const { data, compiledTrips, perLevelTrips } = await bothWays(taskBest, { t: row!.task });
    const boards = data.task.benchmarks.edges.map((edge: any) => edge.node.leaderboard);
    expect(boards.some((board: any) => board.entries.length === 1)).toBe(true);
    expect(perLevelTrips).toBe(3);
    expect(compiledTrips).toBe(1);
    // A nested board asking another page size than the lookup's own board (parameters they would share) is left to its loader.
    const apart = await bothWays(`{ benchmark(id: "benchmark:mt-bench") { leaderboard(first: 5) { totalCount }
      papers(first: 2) { edges { node { benchmarks(first: 2) { edges { node { name leaderboard(first: 1) { totalCount entries { rawValue } } } } } } } } } }`);
    expect(apart.data.benchmark.papers.edges.length).toBeGreaterThan(0);
    expect(apart.compiledTrips).toBe(2);
    const same = await bothWays(`{ benchmark(id: "benchmark:mt-bench") { leaderboard(first: 1) { totalCount }
      papers(first: 2) { edges { node { benchmarks(first: 2) { edges { node { name leaderboard(first: 1) { totalCount entries { rawValue } } } } } } } } } }`);
    expect(same.compiledTrips).toBe(1);
  });

  it("compiles under a root list too: fifty papers, their methods, those methods' papers", async () => {
    const { data, compiledTrips, perLevelTrips } = await bothWays(`{
      papers(first: 50, where: {titleContains: "generated"}) { edges { node { title
        methods(first: 5) { ${PAGE} edges { cursor node { key
          papers(first: 3) { ${PAGE} edges { cursor ${LINK} node { title } } }
        } } }
      } } }
    }`);
    expect(data.papers.edges).toHaveLength(50);
    // The root list: its page and its count, then one query per level or one for all.
    expect(perLevelTrips).toBe(4);
    expect(compiledTrips).toBe(3);
  });
});
