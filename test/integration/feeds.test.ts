import { gunzipSync } from 'node:zlib';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paperDate } from '../../core/paper-date.js';
import { createGraphQLHandler } from '../../src/api/server.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The Atom feeds over the fixture graph, through the real handler: entries match what the API
 * says (the SOTA steps, the dated papers), text is escaped. Chromium's XML parser checks the
 * feeds of the shipped corpus in test/e2e/pages.test.ts.
 */
const { db, close } = connectTestDb();
const query = graphqlClient(db);
const yoga = createGraphQLHandler({ db, logger: pino({ level: 'silent' }) });
const feed = (path: string, headers: Record<string, string> = {}) => yoga.fetch(`http://localhost${path}`, { headers });
const entriesOf = (xml: string) => [...xml.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((match) => match[1]!);
const field = (entry: string, name: string) => entry.match(new RegExp(`<${name}>([^<]*)</${name}>`))?.[1];

describe('Atom feeds at /feeds/<type>/<id>.atom', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it("gives a benchmark's new states of the art and its papers' results, dated and linked to the pages", async () => {
    const response = await feed('/feeds/benchmark/mt-bench.atom');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    const { data } = await query(`{ benchmark(id: "benchmark:mt-bench") {
      sotaHistory { steps { date } }
      evaluations(first: 100) { edges { node { paper { key publishedAt arxivId } } } }
    } }`);
    const steps = data!.benchmark.sotaHistory.steps as Array<{ date: string }>;
    const papers = new Set(
      (data!.benchmark.evaluations.edges as Array<{ node: { paper: { key: string; publishedAt: string | null; arxivId: string | null } | null } }>)
        .flatMap(({ node }) => (node.paper && paperDate(node.paper) ? [node.paper.key] : [])),
    );
    expect(steps.length).toBeGreaterThan(1);
    const entries = entriesOf(xml);
    expect(entries.filter((entry) => field(entry, 'title')?.startsWith('New state of the art on MT-Bench'))).toHaveLength(steps.length);
    expect(entries.filter((entry) => field(entry, 'title')?.startsWith('New results on MT-Bench'))).toHaveLength(papers.size);
    // Newest first, each dated as RFC 3339, the feed as its newest entry.
    const updated = entries.map((entry) => field(entry, 'updated')!);
    for (const date of updated) expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T00:00:00Z$/);
    expect(updated).toEqual([...updated].sort().reverse());
    expect(xml.match(/<updated>([^<]*)<\/updated>/)![1]).toBe(updated[0]);
    expect(xml).toContain('<link rel="self" href="http://localhost/feeds/benchmark/mt-bench.atom" type="application/atom+xml"/>');
    expect(xml).toContain('href="http://localhost/paper/judging-llm-as-a-judge-with-mt-bench-and-chatbot-arena"');
  });

  it("gives a method's papers, escaped, and revalidates by ETag, gzipped where asked", async () => {
    const response = await feed('/feeds/method/dpo.atom', { 'accept-encoding': 'gzip' });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    // In process, nothing decompresses the body on the way.
    const xml = gunzipSync(Buffer.from(await response.arrayBuffer())).toString('utf8');
    expect(xml).toContain('<title>Proposes DPO: Direct Preference Optimization: Your Language Model is Secretly a Reward Model</title>');
    expect(entriesOf(xml).length).toBeGreaterThan(3);
    expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
    const again = await feed('/feeds/method/dpo.atom', { 'accept-encoding': 'gzip', 'if-none-match': response.headers.get('etag')! });
    expect(again.status).toBe(304);
  });

  it('answers 404 for unknown entities and for types without feeds', async () => {
    for (const path of ['/feeds/method/no-such-method.atom', '/feeds/paper/anything.atom', '/feeds/method/dpo.rss', '/feeds/']) {
      expect((await feed(path)).status, path).toBe(404);
    }
  });
});
