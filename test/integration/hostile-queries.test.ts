import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createGraphQLHandler } from '../../src/api/server.js';
import { LIMITS } from '../../src/api/limits.js';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close, config } = connectTestDb();
const yoga = createGraphQLHandler({ db, logger: pino({ level: 'silent' }) });

async function send(body: string, contentType = 'application/json') {
  const started = Date.now();
  const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': contentType }, body });
  const text = await response.text();
  return { status: response.status, text, json: safeJson(text), ms: Date.now() - started };
}
const query = (document: string, variables: Record<string, unknown> = {}) => send(JSON.stringify({ query: document, variables }));

function safeJson(text: string): any {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Refused early and cleanly: a 4xx or a GraphQL error, no data, no stack, no credentials. */
function expectRefused(result: Awaited<ReturnType<typeof send>>, message: RegExp) {
  expect(result.status).not.toBeGreaterThanOrEqual(500);
  expect(result.json?.errors?.[0]?.message).toMatch(message);
  expect(result.json?.data ?? null).toBeNull();
  expect(result.text).not.toContain(config.password);
  expect(result.text).not.toMatch(/\n\s+at /);
  expect(result.ms).toBeLessThan(5_000);
}

const HEALTHY = '{ papers(first: 1) { totalCount } }';

describe('hostile queries are refused early; the server stays healthy', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, [DEFAULT_CORPUS]);
  });
  afterAll(async () => {
    // Other clients are unaffected after all of the above.
    const after = await query(HEALTHY);
    expect(after.json.data.papers.totalCount).toBe(237);
    await close();
  });

  it('refuses a depth bomb, naming the depth limit', async () => {
    let selection = 'title';
    for (let i = 0; i < 10; i += 1) selection = `repos { papers { ${selection} } }`;
    expectRefused(await query(`{ papers(first: 1) { edges { node { ${selection} } } } }`), /depth .* exceeds the maximum depth of 12/i);
  });

  it('refuses the same field aliased 10,000 times before parsing it all', async () => {
    const small = Array.from({ length: 10_000 }, (_, i) => `a${i}:__typename`).join(' ');
    expectRefused(await query(`{ ${small} }`), /token limit/i);
    const large = Array.from({ length: 10_000 }, (_, i) => `a${i}: papers(first: 1) { totalCount }`).join(' ');
    expectRefused(await query(`{ ${large} }`), /exceeds the maximum of \d+ bytes/);
  });

  it('refuses 101 aliases (over the alias limit) at validation', async () => {
    const aliases = Array.from({ length: LIMITS.maxAliases + 1 }, (_, i) => `a${i}: stats { __typename }`).join(' ');
    expectRefused(await query(`{ ${aliases} }`), /alias/i);
  });

  it('refuses a huge page size, naming the maximum', async () => {
    expectRefused(await query('{ papers(first: 1000000) { totalCount } }'), /first must be at most 100/);
  });

  it('refuses a query whose cost is too high, naming the limit', async () => {
    expectRefused(
      await query('{ papers(first: 100) { edges { node { repos { papers { repos { papers { repos { url } } } } } } } } }'),
      /complexity .* exceeds the maximum complexity/i,
    );
  });

  it('refuses fragment cycles and deep nested fragments', async () => {
    expectRefused(await query('query { papers { ...A } } fragment A on PaperConnection { ...B } fragment B on PaperConnection { ...A }'), /Cannot spread fragment/);
    const fragments = Array.from({ length: 14 }, (_, i) => `fragment F${i} on Repo { papers { repos { ...F${i + 1} } } }`).join(' ');
    expectRefused(await query(`{ repos(first: 1) { edges { node { ...F0 } } } } ${fragments} fragment F14 on Repo { url }`), /depth|complexity/i);
  });

  it('refuses a huge document and huge variables by size', async () => {
    expectRefused(await query(`{ papers(first: 1) { totalCount } } # ${'x'.repeat(LIMITS.maxBodyBytes)}`), /exceeds the maximum of \d+ bytes/);
    expectRefused(await query(HEALTHY, { padding: 'y'.repeat(LIMITS.maxBodyBytes) }), /exceeds the maximum of \d+ bytes/);
  });

  it('does not run batched requests', async () => {
    const result = await send(JSON.stringify([{ query: HEALTHY }, { query: HEALTHY }]));
    expect(result.status).toBeGreaterThanOrEqual(400);
    expect(result.status).toBeLessThan(500);
  });

  const hostileStrings = [
    'dpo AND NOT (x) OR title:* ~2 ^3 "unclosed',
    '+-&&||!(){}[]^"~*?:\\/',
    "') RETURN n //",
    '"}) MATCH (n) DETACH DELETE n //',
    'back\\\\slash \\" quote',
    'nul\u0000byte',
    'x'.repeat(100_000),
    '\uD800 lone surrogate',
    '',
    '   ',
  ];

  it.each(hostileStrings.map((s) => [s.slice(0, 40), s]))('search and lookups survive %j', async (_label, text) => {
    const result = await query(
      'query($q: String!) { search(query: $q, first: 5) { score } method(name: $q) { name } paper(id: $q) { title } }',
      { q: text },
    );
    expect(result.status).not.toBeGreaterThanOrEqual(500);
    expect(result.text).not.toMatch(/\n\s+at /);
    if (result.json.errors) expect(result.json.errors[0].extensions?.code).not.toBe('INTERNAL_SERVER_ERROR');
    else expect(Array.isArray(result.json.data.search)).toBe(true);
    // No injected write ever lands.
    const [row] = await db.read('MATCH (p:Paper) RETURN count(p) AS n');
    expect(row!.n).toBe(237);
  });

  it('answers invalid UTF-8 in the body with a clean client error', async () => {
    const bytes = Buffer.concat([Buffer.from('{"query":"{ search(query: \\"'), Buffer.from([0xff, 0xfe, 0xc3]), Buffer.from('\\") { score } }"}')]);
    const response = await yoga.fetch('http://localhost/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: bytes });
    expect(response.status).toBeLessThan(500);
  });
});
