import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardBuild } from '../../dashboard/build.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { ServerProcess } from '../support/server-process.js';
import { connectTestDb } from '../support/test-db.js';
import { artefact } from './support/artefacts.js';
import { launchChromium, watchForErrors } from './support/chromium.js';
import { EVALUATION_TABLES, startE2EServer, stopE2EServer } from './support/e2e-server.js';

/** What a first visit may download, gzipped: the page, its scripts and its stylesheet. */
const TRANSFER_BUDGET_BYTES = 300 * 1024;

const PANELS = ['counts', 'top-benchmarks', 'top-methods', 'heatmap', 'leaderboard', 'neighbourhood'];

interface GraphNode {
  id: string;
  x: number;
  y: number;
  expanded: boolean;
  label: string;
}

describe('the dashboard at /dashboard', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let problems: string[];
  let built: DashboardBuild;

  beforeAll(async () => {
    built = await buildDashboard(); // the sources as they are now, whatever dist/ holds
    [server, browser] = await Promise.all([startE2EServer({ fresh: true }), launchChromium()]);
    // The default corpus is text only, with few numeric scores: the sample leaderboards add them.
    const test = connectTestDb();
    try {
      await ingestFiles(test.db, EVALUATION_TABLES);
    } finally {
      await test.close();
    }
  });
  afterAll(async () => {
    await browser?.close();
    await stopE2EServer(server);
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    problems = watchForErrors(page);
    await page.goto(`${server.url}/dashboard`);
    await page.waitForSelector('body[data-state="ready"]', { timeout: 30_000 });
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  /** Chart marks wrapped in a link to an entity's page (Plot writes the link as xlink:href). */
  const pageLinkedMarks = (panel: string, mark: string) =>
    page.evaluate(
      ([panel, mark]) =>
        [...document.querySelectorAll(`${panel} svg a`)].filter((link) => /^\/(benchmark|method|model|dataset|task|paper|repo)\/./.test(link.getAttribute('href') ?? link.getAttribute('xlink:href') ?? '') && link.querySelector(mark)).length,
      [panel, mark] as const,
    );
  const panelState = (id: string) => page.getAttribute(`#${id}`, 'data-state');
  const attribute = async (selector: string, name: string) => Number(await page.getAttribute(selector, name));

  it('draws every panel from the graph, with links to the entity pages, in a light page', async () => {
    for (const id of PANELS) expect(await panelState(id), `panel ${id}`).toBe('ready');

    // Counts per type: the default corpus has papers, methods and benchmarks.
    for (const type of ['PAPER', 'METHOD', 'BENCHMARK']) {
      const count = await page.locator(`#counts [data-role="nodes"] [data-type="${type}"] .value`).innerText();
      expect(Number(count.replace(/,/g, '')), type).toBeGreaterThan(0);
    }
    expect(await page.locator('#counts [data-role="relationships"] .count').count()).toBeGreaterThan(3);

    // Top lists: one bar per entity, each linked to its page.
    for (const id of ['top-benchmarks', 'top-methods']) {
      const bars = await attribute(`#${id} svg[data-bars]`, 'data-bars');
      expect(bars, id).toBeGreaterThan(3);
      expect(await pageLinkedMarks(`#${id}`, 'rect'), id).toBe(bars);
    }

    // Heatmap: filled cells, with numeric values from the sample leaderboards.
    const cells = await attribute('#heatmap [data-cells]', 'data-cells');
    expect(cells).toBeGreaterThan(10);
    expect(await pageLinkedMarks('#heatmap', 'rect')).toBe(cells);

    // Leaderboard of the benchmark with most methods: a dot per scored entry.
    const entries = await attribute('#leaderboard svg[data-entries]', 'data-entries');
    expect(entries).toBeGreaterThan(5);
    expect(await pageLinkedMarks('#leaderboard', 'circle')).toBe(entries);
    expect(await page.getAttribute('#leaderboard [data-role="query"]', 'href')).toMatch(/^\/graphql\?query=.*leaderboard/);

    // Neighbourhood: the starting entity and its neighbours.
    expect(await attribute('#neighbourhood [data-role="graph"]', 'data-nodes')).toBeGreaterThan(1);

    // Transfer size: what the browser actually fetched (gzipped bodies), against the build's own figure.
    const transferred = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .filter((entry) => !(entry as PerformanceResourceTiming).name.includes('/graphql'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );
    console.log(`dashboard transfer: ${(transferred / 1024).toFixed(1)} KiB fetched gzipped; build says ${(built.gzipBytes / 1024).toFixed(1)} KiB gzipped, ${(built.bytes / 1024).toFixed(1)} KiB raw`);
    expect(transferred).toBeLessThanOrEqual(TRANSFER_BUDGET_BYTES);
    expect(transferred).toBeGreaterThan(built.gzipBytes * 0.9);

    await page.screenshot({ path: artefact('dashboard.png'), fullPage: true });
    // The README shows docs/dashboard.png: refreshed on request only, so a test run leaves the tree clean.
    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(path.join(PROJECT_ROOT, 'docs'), { recursive: true });
      copyFileSync(artefact('dashboard.png'), path.join(PROJECT_ROOT, 'docs', 'dashboard.png'));
    }
  });

  it('serves the page revalidated and the hashed assets cached for a year, gzipped', async () => {
    const html = await fetch(`${server.url}/dashboard`, { headers: { 'accept-encoding': 'gzip' } });
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(html.headers.get('cache-control')).toBe('no-cache');
    expect(html.headers.get('content-encoding')).toBe('gzip');
    const script = (await html.text()).match(/src="(\/dashboard\/assets\/main-[^"]+\.js)"/)?.[1];
    expect(script).toBeDefined();
    const asset = await fetch(`${server.url}${script}`);
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    const again = await fetch(`${server.url}${script}`, { headers: { 'if-none-match': asset.headers.get('etag')! } });
    expect(again.status).toBe(304);
    expect((await fetch(`${server.url}/dashboard/assets/..%2Fpackage.json`)).status).toBe(404);
  });

  it('changes the leaderboard when another benchmark or metric is chosen', async () => {
    const chart = '#leaderboard .chart';
    const firstBenchmark = await page.getAttribute(chart, 'data-benchmark');
    const firstLabels = await page.locator(`${chart} svg [aria-label="y-axis tick label"] text`).allTextContents();

    await page.selectOption('#leaderboard select[name="benchmark"]', 'benchmark:snli');
    await page.waitForSelector(`${chart}[data-benchmark="benchmark:snli"]`);
    await page.waitForSelector('#leaderboard[data-state="ready"]');
    expect(firstBenchmark).not.toBe('benchmark:snli');
    expect(await page.locator('#leaderboard [data-role="summary"]').innerText()).toContain('SNLI');
    const snliLabels = await page.locator(`${chart} svg [aria-label="y-axis tick label"] text`).allTextContents();
    expect(snliLabels.length).toBeGreaterThan(5);
    expect(snliLabels).not.toEqual(firstLabels);

    // SNLI lists several metrics: choosing another one redraws the board for it.
    const metrics = await page.locator('#leaderboard select[name="metric"] option').allInnerTexts();
    expect(metrics.length).toBeGreaterThan(1);
    const shownMetric = await page.inputValue('#leaderboard select[name="metric"]');
    const otherMetric = metrics.find((metric) => metric !== shownMetric)!;
    await page.selectOption('#leaderboard select[name="metric"]', otherMetric);
    await page.waitForSelector(`${chart}[data-metric="${otherMetric}"]`);
    await page.waitForSelector('#leaderboard[data-state="ready"]');
    expect(await page.getAttribute('#leaderboard [data-role="query"]', 'href')).toContain(encodeURIComponent(otherMetric));
    await page.locator('#leaderboard').screenshot({ path: artefact('dashboard-leaderboard-snli.png') });
  });

  it('expands the neighbourhood of a node when it is clicked, and links it to GraphiQL', async () => {
    const graph = '#neighbourhood [data-role="graph"]';
    const before = await attribute(graph, 'data-nodes');
    // A method or model first: linked to papers and benchmarks beyond the first view, so
    // expanding it adds nodes (a node whose neighbours are all shown already adds none).
    const target = await page.evaluate(() => {
      const cy = (window as unknown as { neighbourhoodGraph: import('cytoscape').Core }).neighbourhoodGraph;
      const open = cy.nodes().filter((candidate) => !candidate.data('expanded'));
      const preferred = ['Method', 'Model', 'Benchmark', 'Dataset', 'Task'];
      const node =
        preferred.map((type) => open.filter((candidate) => candidate.data('type') === type).sort((a, b) => cy.getElementById(b.id()).connectedEdges().length - cy.getElementById(a.id()).connectedEdges().length)[0]).find(Boolean) ?? open[0]!;
      return { id: node.id(), label: node.data('entity').label as string, key: node.data('entity').key as string };
    });
    await page.locator(graph).scrollIntoViewIfNeeded();
    // Click where the node is drawn now (the layout may still be settling): again if it moved.
    for (let attempt = 0; attempt < 3; attempt++) {
      const position = await page.evaluate((id) => {
        const cy = (window as unknown as { neighbourhoodGraph: import('cytoscape').Core }).neighbourhoodGraph;
        return cy.getElementById(id).renderedPosition();
      }, target.id);
      const box = (await page.locator(graph).boundingBox())!;
      await page.mouse.click(box.x + position.x, box.y + position.y);
      const clicked = await page
        .waitForFunction((label) => document.querySelector('#neighbourhood [data-role="details"] h3')?.textContent === label, target.label, { timeout: 5_000 })
        .then(() => true, () => false);
      if (clicked) break;
    }

    await expect.poll(() => attribute(graph, 'data-nodes'), { timeout: 20_000 }).toBeGreaterThan(before);
    await page.waitForSelector('#neighbourhood[data-state="ready"]');
    expect(await page.locator('#neighbourhood [data-role="details"] h3').innerText()).toBe(target.label);
    const nodes: GraphNode[] = await page.evaluate(() => {
      const cy = (window as unknown as { neighbourhoodGraph: import('cytoscape').Core }).neighbourhoodGraph;
      return cy.nodes().map((node) => ({ id: node.id(), expanded: Boolean(node.data('expanded')), label: node.data('entity').label, ...node.position() }));
    });
    expect(nodes.find((node) => node.id === target.id)?.expanded).toBe(true);
    await page.locator('#neighbourhood').screenshot({ path: artefact('dashboard-neighbourhood.png') });

    // The entity's link opens GraphiQL with a query about it that runs and answers.
    const href = (await page.getAttribute('#neighbourhood [data-role="entity-query"]', 'href'))!;
    expect(href).toMatch(/^\/graphql\?query=/);
    await page.goto(`${server.url}${href}`);
    await expect.poll(async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' '), { timeout: 30_000 }).toContain(target.key);
    await page.click('.graphiql-execute-button');
    await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('"data"');
    expect(await page.locator('.graphiql-response').innerText()).not.toContain('"errors"');
  });
});
