import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql.js';
import { GENERATED_PAPERS, loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const queries: string[] = [];
const { db, close } = connectTestDb();
const counted = db.withListener((cypher) => queries.push(cypher));
const query = graphqlClient(db, () => counted);

/** Runs a document and returns its data and the Cypher queries it sent. */
async function measured(document: string) {
  queries.length = 0;
  const result = await query(document);
  expect(result.errors).toBeUndefined();
  return { data: result.data!, sent: [...queries] };
}

describe('GraphQL batching: one Cypher query per relationship field per level', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it('loads a three-level nested query over 50 papers with one query per level at most', async () => {
    const { data, sent } = await measured(`{
      papers(first: 50, where: {titleContains: "generated"}) { totalCount edges { node {
        title
        methods(first: 5) { edges { node { key
          papers(first: 5) { totalCount edges { node { title
            repos(first: 2) { url }
          } } }
        } } }
      } } }
    }`);
    const papers = data.papers.edges.map((e: any) => e.node);
    expect(papers).toHaveLength(GENERATED_PAPERS);
    // Every paper lists its methods, each method its papers, each of those its repos.
    expect(papers.every((p: any) => p.methods.edges.length >= 3)).toBe(true);
    const own = papers[0].methods.edges.find((e: any) => e.node.key.startsWith('method:generated')).node;
    expect(own.papers.edges[0].node.repos.length).toBeGreaterThan(0);
    // Root: the page and its count. Then the methods with their papers (a hop connection nested
    // in a hop connection comes in its parent's query), and one query for their repos.
    expect(sent).toHaveLength(4);
    expect(sent.filter((cypher) => cypher.startsWith('UNWIND $ids'))).toHaveLength(2);
  });

  it('keeps one query per field when siblings and evaluations nest too', async () => {
    const { data, sent } = await measured(`{
      papers(first: 50) { edges { node {
        methods(first: 3) { edges { node { key evaluatedOn(first: 2) { edges { node { evaluationCount } } } } } }
        evaluations(first: 3) { edges { node { value paper { title } subject { ... on Method { variants(first: 2) { totalCount } } } } } }
        models { totalCount }
        tasks { totalCount }
      } } }
    }`);
    expect(data.papers.edges).toHaveLength(50);
    // page + count; level 1: methods, evaluations, models, tasks; level 2: evaluatedOn, variants.
    // (Evaluation.paper comes with the evaluation: no query of its own.)
    expect(sent).toHaveLength(8);
  });

  it('sends the dashboard stats in one statement, and the matrix in its own two after it', async () => {
    const counts = await measured('{ stats { nodeCounts { type count } relationshipCounts { type count } topBenchmarks(first: 3) { count } topMethods(first: 3) { count } } }');
    expect(counts.sent).toHaveLength(1);
    expect(counts.data.stats.nodeCounts.find((c: any) => c.type === 'PAPER').count).toBeGreaterThanOrEqual(GENERATED_PAPERS);
    expect(counts.data.stats.topBenchmarks.length).toBeGreaterThan(0);
    // The matrix's columns are the top benchmarks: the same part, asked once with the list's.
    const matrix = await measured('{ stats { topBenchmarks(first: 3) { count } matrix(size: 3) { benchmarks { key } } } }');
    expect(matrix.sent).toHaveLength(3);
    expect(matrix.data.stats.matrix.benchmarks).toHaveLength(matrix.data.stats.topBenchmarks.length);
  });
});
