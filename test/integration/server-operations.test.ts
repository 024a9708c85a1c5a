import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freePort } from '../support/free-port.js';
import { startServerProcess, waitFor, type ServerProcess } from '../support/server-process.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const LIMIT = 120;

async function graphql(server: ServerProcess, query: string, operationName?: string) {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, ...(operationName ? { operationName } : {}) }),
  });
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.json() };
}

describe('a fresh start, as an operator sees it', () => {
  let server: ServerProcess;

  beforeAll(async () => {
    const test = connectTestDb();
    await resetGraph(test.db).finally(() => test.close());
    const neo4j = inject('neo4j');
    server = startServerProcess(
      {
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
        NEO4J_START_LOCAL: 'false',
        RATE_LIMIT_PER_MINUTE: String(LIMIT),
      },
      await freePort(),
    );
    await waitFor(async () => (await fetch(`${server.url}/health/ready`)).status === 200, 240_000, 'readiness after the first-start ingest', server.output);
  }, 300_000);
  afterAll(async () => {
    server?.child.kill('SIGTERM');
    await server?.exited;
  });

  it("shows scores on SNLI's leaderboard: the first start ingests the shipped leaderboards", async () => {
    const { body } = await graphql(server, 'query Snli { benchmark(name: "SNLI") { leaderboard(first: 3) { metric entries { value } } } }', 'Snli');
    const board = body.data.benchmark.leaderboard;
    expect(board.metric).toBeTruthy();
    expect(board.entries.length).toBe(3);
    for (const entry of board.entries) expect(typeof entry.value).toBe('number');
  });

  it('serves Prometheus metrics: GraphQL requests per operation, Neo4j query time, the ingest', async () => {
    await graphql(server, 'query Papers { papers(first: 1) { totalCount } }', 'Papers');
    await graphql(server, '{ nope }');
    const response = await fetch(`${server.url}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/graphql_envelop_request_duration_count\{[^}]*operationName="Papers"[^}]*\} [1-9]/);
    expect(text).toMatch(/graphql_yoga_http_duration_count\{[^}]*statusCode="200"[^}]*\} [1-9]/);
    expect(text).toMatch(/kg_graphql_errors_total\{code="GRAPHQL_VALIDATION_FAILED"\} [1-9]/);
    expect(text).toMatch(/kg_neo4j_query_duration_seconds_count\{kind="read",outcome="ok"\} [1-9]/);
    expect(text).toMatch(/kg_ingest_papers_total [1-9]/);
    expect(text).toMatch(/process_resident_memory_bytes [1-9]/);
  });

  it(`answers a burst of 200 requests from one client with 429s past ${LIMIT} a minute, each with Retry-After`, async () => {
    const results = [];
    const started = Date.now();
    for (let i = 0; i < 200; i++) results.push(await graphql(server, '{ papers(first: 1) { totalCount } }'));
    const refilled = Math.ceil(((Date.now() - started) / 60_000) * LIMIT);
    const limited = results.filter((result) => result.status === 429);
    const served = results.filter((result) => result.status === 200);
    // Earlier tests took a few; the bucket refills LIMIT a minute while the burst runs.
    expect(limited.length).toBeGreaterThan(0);
    expect(served.length).toBeGreaterThan(0);
    expect(served.length).toBeLessThanOrEqual(LIMIT + refilled);
    for (const result of limited) {
      expect(Number(result.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(result.body.errors[0].extensions).toMatchObject({ code: 'RATE_LIMITED', max: LIMIT });
      expect(result.body.errors[0].message).toContain(`${LIMIT} GraphQL requests per minute`);
    }
    // A feed queries the graph, so it shares the allowance; health checks and metrics never do.
    // (Two fetches: a token may refill between the burst and the first.)
    const feeds = [await fetch(`${server.url}/feeds/benchmark/snli.atom`), await fetch(`${server.url}/feeds/benchmark/snli.atom`)];
    const limitedFeed = feeds.find((response) => response.status === 429);
    expect(limitedFeed).toBeDefined();
    expect(Number(limitedFeed?.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect((await fetch(`${server.url}/health/ready`)).status).toBe(200);
    expect((await fetch(`${server.url}/metrics`)).status).toBe(200);
  });
});
