import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LIMITS } from '../../src/api/limits.js';
import { graphqlClient } from '../support/graphql.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const queries: string[] = [];
const { db, close } = connectTestDb();
const counted = db.withListener((cypher) => queries.push(cypher));
const query = graphqlClient(db, () => counted);

/** Sends a document that breaks a limit: the first error names the limit and its maximum, and no Cypher ran. */
async function refused(document: string, variables: Record<string, unknown> = {}) {
  queries.length = 0;
  const result = await query(document, variables);
  expect(result.errors?.length).toBeGreaterThan(0);
  expect(result.data?.papers ?? null).toBeNull();
  return { error: result.errors![0]!, sent: queries.length, errors: result.errors! };
}

describe('GraphQL limits: each breach is refused with an error naming the limit and its maximum', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it('refuses a query deeper than the maximum depth before any database work', async () => {
    const deep = 'variants { edges { node { '.repeat(5) + 'key' + ' } } }'.repeat(5);
    const { error, sent } = await refused(`{ method(id: "method:dpo") { ${deep} } }`);
    expect(error.message).toMatch(new RegExp(`exceeds the maximum depth of ${LIMITS.maxDepth}`));
    expect(error.extensions).toMatchObject({ code: 'QUERY_LIMIT', limit: 'depth', max: LIMITS.maxDepth });
    expect(sent).toBe(0);
  });

  it('refuses a query whose cost (page sizes multiplied through the nesting) is over the maximum', async () => {
    const { error, sent } = await refused(`{ papers(first: 100) { edges { node {
      methods(first: 100) { edges { node { papers(first: 100) { totalCount } } } }
    } } } }`);
    expect(error.message).toMatch(new RegExp(`exceeds the maximum complexity of ${LIMITS.maxComplexity}`));
    expect(error.extensions).toMatchObject({ limit: 'complexity', max: LIMITS.maxComplexity });
    expect(sent).toBe(0);
  });

  it('counts every selection, repeated ones included, against the breadth limit', async () => {
    const { error, sent } = await refused(`{ stats { nodeCounts { ${'count '.repeat(LIMITS.maxBreadth + 1)} } } }`);
    expect(error.message).toMatch(new RegExp(`exceeds the maximum breadth of ${LIMITS.maxBreadth}`));
    expect(sent).toBe(0);
  });

  it('refuses the same field aliased 10,000 times early: one error, no database work, fast', async () => {
    // Compact, so the body stays under the body-size limit and the document itself is refused.
    const aliases = Array.from({ length: 10_000 }, (_, i) => `a${i.toString(36)}:stats{__typename}`).join(' ');
    const started = Date.now();
    const { error, sent, errors } = await refused(`{${aliases}}`);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(sent).toBe(0);
    expect(errors).toHaveLength(1);
    // Whichever limit fires first (body, tokens, aliases, breadth), it says its maximum.
    expect(error.message).toMatch(/(limit|maximum)[^0-9]*\d+/i);
  });

  it('refuses a thousand aliases of one field (under the token limit) before any resolver runs', async () => {
    const aliases = Array.from({ length: 1_000 }, (_, i) => `a${i}:stats{__typename}`).join(' ');
    const { error, sent, errors } = await refused(`{${aliases}}`);
    expect(sent).toBe(0);
    expect(errors).toHaveLength(1);
    expect(error.message).toMatch(/(limit|maximum)[^0-9]*\d+/i);
  });

  it('counts aliased duplicates in the cost, even when each alone is cheap', async () => {
    // 90 aliases (under the alias limit) of a page of 100 papers: each costs ~800, together over the maximum.
    const aliases = Array.from({ length: 90 }, (_, i) => `p${i}: papers(first: 100) { edges { node { key title abstract arxivId url publishedAt } } }`).join('\n');
    const { error, sent } = await refused(`{ ${aliases} }`);
    expect(error.message).toMatch(/maximum/);
    expect(sent).toBe(0);
  });

  it('refuses a page over the maximum page size, at the root and in a relationship field', async () => {
    const root = await refused(`{ methods(first: ${LIMITS.maxPageSize + 1}) { totalCount } }`);
    expect(root.error.message).toBe(`first must be at most ${LIMITS.maxPageSize} (maximum page size)`);
    expect(root.error.extensions).toMatchObject({ code: 'PAGE_SIZE_LIMIT', limit: 'pageSize', max: LIMITS.maxPageSize });
    const nested = await query(`{ method(id: "method:dpo") { papers(first: 1000) { totalCount } } }`);
    expect(nested.errors?.[0]?.message).toBe(`first must be at most ${LIMITS.maxPageSize} (maximum page size)`);
    const leaderboard = await query(`{ benchmark(id: "benchmark:mt-bench") { leaderboard(first: 101) { totalCount } } }`);
    expect(leaderboard.errors?.[0]?.extensions).toMatchObject({ limit: 'pageSize', max: LIMITS.maxPageSize });
  });

  it('refuses a path search longer than the maximum hop count', async () => {
    const result = await query(`{ path(from: "CLIP", to: "HH-RLHF", maxHops: 7) { length } }`);
    expect(result.errors?.[0]?.message).toBe('maxHops must be between 1 and 6 (maximum path length)');
    expect(result.errors?.[0]?.extensions).toMatchObject({ limit: 'maxHops', max: 6 });
  });

  it('refuses comparing more methods than the maximum', async () => {
    const result = await query(`query($m: [String!]!) { compare(methods: $m) { missing } }`, { m: Array.from({ length: 11 }, (_, i) => `m${i}`) });
    expect(result.errors?.[0]?.extensions).toMatchObject({ limit: 'compareMethods', max: 10 });
  });

  it('masks unexpected errors: no Cypher or stack reaches the client', async () => {
    // An id of a label the graph has but the field does not accept is a user error, not a crash;
    // a malformed cursor likewise. Neither leaks internals.
    const result = await query(`{ methods(after: "not-a-cursor") { totalCount } }`);
    expect(result.errors?.[0]?.message).toBe('after is not a cursor from this connection');
    expect(JSON.stringify(result)).not.toMatch(/MATCH|at .*\.ts/);
  });
});
