import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EXAMPLE_QUERIES_DIR, GRAPHIQL_DEFAULT_QUERY } from '../../src/api/graphiql-examples.js';
import { pino } from 'pino';
import { createGraphQLHandler } from '../../src/api/server.js';
import { graphqlClient } from '../support/graphql.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();
const query = graphqlClient(db);

/** The list in each answer that must not be empty for the example to show anything. */
const ANSWERS: Record<string, (data: any) => unknown[]> = {
  'leaderboard.graphql': (d) => d.benchmark.leaderboard.entries,
  'sota-history.graphql': (d) => d.benchmark.sotaHistory.steps,
  'methods-evaluated-on.graphql': (d) => d.methodsEvaluatedOn.edges,
  'method-variants.graphql': (d) => d.method.variants.edges,
  'compare.graphql': (d) => d.compare.targets,
  'path.graphql': (d) => d.path.nodes,
  'related.graphql': (d) => d.related,
  'search.graphql': (d) => d.search,
  'stats.graphql': (d) => d.stats.matrix.cells,
};

describe('docs/queries: every example answers with data over a graph with data', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it.each(Object.keys(ANSWERS))('%s', async (file) => {
    const result = await query(readFileSync(path.join(EXAMPLE_QUERIES_DIR, file), 'utf8'));
    expect(result.errors).toBeUndefined();
    expect(ANSWERS[file]!(result.data).length).toBeGreaterThan(0);
  });

  it('runs each operation of the GraphiQL default document by name', async () => {
    for (const operationName of ['Papers', 'Leaderboard', 'Compare', 'Stats']) {
      const response = await query(GRAPHIQL_DEFAULT_QUERY, {}, operationName);
      expect(response.errors, operationName).toBeUndefined();
    }
  });

  it('serves GraphiQL opened on the example document', async () => {
    const yoga = createGraphQLHandler({ db, logger: pino({ level: 'silent' }) });
    const response = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    const html = await response.text();
    expect(response.status).toBe(200);
    for (const name of ['Leaderboard', 'MethodsEvaluatedOn', 'MethodVariants', 'Compare', 'Path', 'Search', 'Stats']) {
      expect(html).toContain(`query ${name}`);
    }
  });
});
