import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import type { Neo4jConfig } from '../../src/config.js';
import { freePort } from '../support/free-port.js';
import { startServerProcess, waitFor, type ServerProcess } from '../support/server-process.js';

const QUERY = JSON.stringify({ query: '{ papers(first: 2) { totalCount edges { node { title } } } }' });

async function post(url: string): Promise<{ status: number; body: any; ms: number }> {
  const started = Date.now();
  const response = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: QUERY });
  return { status: response.status, body: await response.json(), ms: Date.now() - started };
}

/** The server's log lines about unexpected errors: what a failed assertion needs to show. */
const errorLines = (output: string) => output.split('\n').filter((line) => line.includes('unexpected error')).join('\n') || '(no unexpected error logged)';

const status = async (url: string, path: string) => (await fetch(`${url}${path}`)).status;

/** A clean, retryable error: no 500, no stack, no credential, and in seconds. */
function expectCleanUnavailable(result: { status: number; body: any; ms: number }, password: string, codes = ['DATABASE_UNAVAILABLE'], log = () => '') {
  expect(result.status, log()).not.toBe(500);
  expect(codes, log()).toContain(result.body.errors?.[0]?.extensions?.code);
  const text = JSON.stringify(result.body);
  expect(text).not.toContain(password);
  expect(text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
  expect(result.ms).toBeLessThan(20_000); // fails fast, no hang past the timeouts
}

describe('server when Neo4j is down at start', () => {
  let server: ServerProcess;
  const password = inject('neo4j').password;

  beforeAll(async () => {
    const boltPort = await freePort(); // nothing listens there
    server = startServerProcess({ NEO4J_URI: `bolt://127.0.0.1:${boltPort}`, NEO4J_PASSWORD: password, NEO4J_START_LOCAL: 'false' }, await freePort());
    await waitFor(async () => (await status(server.url, '/health/live')) === 200, 30_000, 'liveness', server.output);
  });
  afterAll(async () => {
    server.child.kill('SIGKILL');
    await server.exited;
  });

  it('is live but not ready, and answers GraphQL with a clean, fast error', async () => {
    expect(await status(server.url, '/health/ready')).toBe(503);
    expectCleanUnavailable(await post(server.url), password);
    expect(await status(server.url, '/health/live')).toBe(200);
  });
});

describe('Neo4j stopped and restarted under load', () => {
  let neo4j: Neo4jConfig;
  let server: ServerProcess;

  beforeAll(async () => {
    const base = inject('neo4j');
    // A Neo4j of this test's own, so stopping it disturbs no other test.
    neo4j = { ...base, uri: `bolt://127.0.0.1:${await freePort()}`, dataDir: `${base.dataDir}-faults` };
    await startLocalNeo4j(neo4j);
    server = startServerProcess({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_START_LOCAL: 'false' }, await freePort());
    await waitFor(async () => (await status(server.url, '/health/ready')) === 200, 120_000, 'readiness after the first ingest', server.output);
  }, 240_000);
  afterAll(async () => {
    server?.child.kill('SIGKILL');
    await stopLocalNeo4j(neo4j);
  });

  it('fails fast during the outage and serves again afterwards without a restart', async () => {
    const before = await post(server.url);
    // The first-start ingest: the seed corpus's 237 papers and the leaderboards' own.
    const papers: number = before.body.data.papers.totalCount;
    expect(papers).toBeGreaterThan(237);

    // Four clients keep querying while the database goes away and comes back.
    let running = true;
    const results: Array<{ status: number; body: any; ms: number }> = [];
    const clients = Array.from({ length: 4 }, async () => {
      while (running) results.push(await post(server.url));
    });

    await stopLocalNeo4j(neo4j);
    const during = await post(server.url);
    expectCleanUnavailable(during, neo4j.password, undefined, () => errorLines(server.output()));
    expect(await status(server.url, '/health/ready')).toBe(503);
    expect(await status(server.url, '/health/live')).toBe(200);

    await startLocalNeo4j(neo4j);
    await waitFor(async () => (await post(server.url)).body.data?.papers?.totalCount === papers, 60_000, 'answers after the restart');
    running = false;
    await Promise.all(clients);

    expect(await status(server.url, '/health/ready')).toBe(200);
    expect(results.length).toBeGreaterThan(4);
    for (const result of results) {
      expect(result.status).not.toBe(500);
      // A query caught by the shutdown itself ends as a terminated (timed-out) transaction.
      if (result.body.errors) expectCleanUnavailable(result, neo4j.password, ['DATABASE_UNAVAILABLE', 'QUERY_TIMEOUT'], () => errorLines(server.output()));
      else expect(result.body.data.papers.totalCount).toBe(papers);
    }
  }, 300_000); // a Neo4j stop and start on a loaded 2-core machine took up to ~110 s

  it('drains an in-flight request on SIGTERM and exits cleanly', async () => {
    // A server of its own with debug logging, which shows when a request has reached it.
    const draining = startServerProcess({ NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password, NEO4J_START_LOCAL: 'false', LOG_LEVEL: 'debug' }, await freePort());
    await waitFor(async () => (await status(draining.url, '/health/ready')) === 200, 60_000, 'readiness', draining.output);
    const received = () => draining.output().split('"msg":"Processing GraphQL Parameters"').length;
    const before = received();
    const inFlight = post(draining.url);
    // SIGTERM only once the server has the request: before that it is not in flight but in
    // the socket, and a closing server rightly drops it.
    await waitFor(async () => received() > before, 10_000, 'the request to reach the server', draining.output);
    draining.child.kill('SIGTERM');
    const result = await inFlight;
    // The seed corpus's 237 papers and the shipped leaderboards' own.
    expect(result.body.data.papers.totalCount).toBeGreaterThan(237);
    expect(await draining.exited).toBe(0);
    expect(draining.output()).toMatch(/SIGTERM: shutting down/);
  }, 90_000);
});
