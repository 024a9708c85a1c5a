import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDashboard, type DashboardBuild } from '../../dashboard/build.js';
import { pagePath, type PageLabel } from '../../core/page-paths.js';
import { PROJECT_ROOT } from '../../src/config.js';
import type { ServerProcess } from '../support/server-process.js';
import { artefact } from './support/artefacts.js';
import { launchChromium, watchForErrors } from './support/chromium.js';
import { startE2EServer, stopE2EServer } from './support/e2e-server.js';

/** What a first visit may download, gzipped: the page, its scripts and its stylesheet. */
const TRANSFER_BUDGET_BYTES = 300 * 1024;
const ATOM = 'http://www.w3.org/2005/Atom';

interface Visit {
  page: Page;
  problems: string[];
  status: number | undefined;
}

describe('the entity pages and feeds, on a fresh start', () => {
  let server: ServerProcess;
  let browser: Browser;
  let built: DashboardBuild;
  const figures: string[] = [];

  const graphql = async <T>(query: string): Promise<T> => {
    const response = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
    const body = (await response.json()) as { data: T; errors?: unknown };
    expect(body.errors).toBeUndefined();
    return body.data;
  };

  /** A first visit: a new browser context (empty cache), waiting until the page says it is drawn. */
  const visit = async (pathname: string): Promise<Visit> => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const problems = watchForErrors(page);
    const response = await page.goto(`${server.url}${pathname}`);
    await page.waitForSelector('body[data-state="ready"], body[data-state="failed"]', { timeout: 30_000 });
    expect(await page.getAttribute('body', 'data-state'), pathname).toBe('ready');
    return { page, problems, status: response?.status() };
  };
  const close = async ({ page, problems }: Visit) => {
    await page.context().close();
    // A page answered 404 is reported by Chromium as a failed resource; that is the point of it.
    expect(problems.filter((problem) => !/status of 404/.test(problem))).toEqual([]);
  };

  /** Bytes the page fetched, gzipped as sent, apart from its GraphQL answers. */
  const transferred = (page: Page) =>
    page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .concat(performance.getEntriesByType('navigation'))
        .filter((entry) => !entry.name.includes('/graphql'))
        .reduce((sum, entry) => sum + (entry as PerformanceResourceTiming).encodedBodySize, 0),
    );

  beforeAll(async () => {
    built = await buildDashboard(); // the sources as they are now, whatever dist/ holds
    [server, browser] = await Promise.all([startE2EServer({ fresh: true }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stopE2EServer(server);
    console.log(['entity pages, first visit on the shipped corpus:', ...figures].join('\n  '));
  });

  it('goes from search to the benchmark page, its SOTA chart, a step\'s paper, and a paper\'s marked evidence', async () => {
    const start = await visit('/benchmark/no-such-benchmark');
    const { page } = start;
    await page.fill('form[data-role="search"] input', 'SNLI');
    const hit = page.locator('[data-role="search-results"] a[href="/benchmark/snli"]');
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForURL(`${server.url}/benchmark/snli`);
    await page.waitForSelector('body[data-state="ready"]');

    // The leaderboard: ranked rows in the main metric, equal scores sharing a rank.
    expect(await page.locator('[data-role="name"]').innerText()).toBe('SNLI');
    const rows = Number(await page.getAttribute('[data-section="leaderboard"] table[data-entries]', 'data-entries'));
    expect(rows).toBeGreaterThan(10);
    const ranks = await page.locator('[data-section="leaderboard"] td.rank').allInnerTexts();
    for (const [i, rank] of ranks.entries()) expect(Number.parseInt(rank, 10)).toBeLessThanOrEqual(i + 1);

    // The SOTA chart: a staircase of at least two steps, each dot a link to the paper that set it.
    const steps = Number(await page.getAttribute('[data-section="sota"] svg[data-steps]', 'data-steps'));
    expect(steps).toBeGreaterThanOrEqual(2);
    const stepLinks = await page.locator('[data-role="sota-steps"] li').count();
    expect(stepLinks).toBe(steps);
    const dotLinks = await page.evaluate(() => [...document.querySelectorAll('[data-section="sota"] svg a')].map((link) => link.getAttribute('href') ?? link.getAttribute('xlink:href')));
    expect(dotLinks.length).toBe(steps);
    for (const href of dotLinks) expect(href).toMatch(/^\/paper\/./);
    const chartMs = Number(await page.getAttribute('body', 'data-chart-drawn-ms'));
    figures.push(`/benchmark/snli: SOTA chart drawn ${chartMs} ms after navigation (${steps} steps)`);
    await page.screenshot({ path: artefact('page-benchmark-snli.png'), fullPage: true });

    // Another metric redraws both.
    const metrics = await page.locator('[data-section="leaderboard"] select[name="metric"] option').allInnerTexts();
    expect(metrics.length).toBeGreaterThan(1);
    const shown = await page.getAttribute('[data-section="sota"] .chart', 'data-metric');
    const other = metrics.find((metric) => metric !== shown)!;
    await page.selectOption('[data-section="leaderboard"] select[name="metric"]', other);
    await page.waitForSelector(`[data-section="sota"] .chart[data-metric="${other}"]`);

    // A step names its paper: its page answers and shows the paper.
    await page.goto(`${server.url}/benchmark/snli`);
    await page.waitForSelector('body[data-state="ready"]');
    const stepPaper = page.locator('[data-role="sota-steps"] li a.paper').last();
    const title = await stepPaper.innerText();
    await stepPaper.click();
    await page.waitForURL(/\/paper\//);
    await page.waitForSelector('body[data-state="ready"]');
    expect(await page.locator('[data-role="name"]').innerText()).toBe(title);
    expect(await page.locator('[data-section="results"] tbody tr').count()).toBeGreaterThan(0);
    await close(start);

    // Evidence: a paper linked to DPO by text (its links carry the sentences they came from) has them marked.
    const { method } = await graphql<{ method: { papers: { edges: Array<{ evidence: Array<{ sentence: string }>; node: { key: string; title: string } }> } } }>(
      '{ method(id: "method:dpo") { papers(first: 50) { edges { evidence { sentence } node { key title } } } } }',
    );
    // One whose evidence comes from the abstract (a sentence other than the title).
    const withEvidence = method.papers.edges.find((edge) => edge.evidence.some((item) => item.sentence !== edge.node.title));
    expect(withEvidence).toBeDefined();
    const dpo = await visit('/method/dpo');
    await dpo.page.locator(`a.paper[href="${pagePath('Paper', withEvidence!.node.key)}"]`).first().click();
    await dpo.page.waitForURL(/\/paper\//);
    await dpo.page.waitForSelector('body[data-state="ready"]');
    // Extraction reads title and abstract: its evidence is marked in one or the other.
    expect(Number(await dpo.page.getAttribute('[data-role="abstract"]', 'data-marked'))).toBeGreaterThan(0);
    expect(await dpo.page.locator('[data-role="abstract"] mark.evidence').count()).toBeGreaterThan(0);
    expect(await dpo.page.locator('[data-role="abstract"] a.mention').count()).toBeGreaterThan(0);
    expect(await dpo.page.locator('[data-section="evidence"] mark.evidence').count()).toBeGreaterThan(0);
    const mentionHref = await dpo.page.locator('[data-role="abstract"] a.mention').first().getAttribute('href');
    expect(mentionHref).toMatch(/^\/(method|model|dataset|benchmark|task)\/./);
    await dpo.page.screenshot({ path: artefact('page-paper-evidence.png'), fullPage: true });
    await close(dpo);

    if (process.env.UPDATE_DOCS_SCREENSHOT === '1') {
      mkdirSync(path.join(PROJECT_ROOT, 'docs'), { recursive: true });
      for (const name of ['page-benchmark-snli.png', 'page-paper-evidence.png']) copyFileSync(artefact(name), path.join(PROJECT_ROOT, 'docs', name));
    }
  });

  it("gives DPO's names and its variants", async () => {
    const visited = await visit('/method/dpo');
    const { page } = visited;
    expect(visited.status).toBe(200);
    expect(await page.locator('[data-role="name"]').innerText()).toBe('DPO');
    expect(await page.locator('[data-role="full-name"]').innerText()).toBe('Direct Preference Optimization');
    const { method } = await graphql<{ method: { variants: { totalCount: number } } }>('{ method(id: "method:dpo") { variants(first: 1) { totalCount } } }');
    expect(method.variants.totalCount).toBeGreaterThan(0);
    expect(await page.locator('[data-section="variants"] ul.tree > li').count()).toBe(Math.min(method.variants.totalCount, 30));
    await page.screenshot({ path: artefact('page-method-dpo.png'), fullPage: true });
    await close(visited);
  });

  it('answers 200 and draws every page type, each light on a first visit', async () => {
    const keys = await graphql<Record<string, { edges: Array<{ node: { key: string } }> }>>(`{
      models(first: 1, orderBy: { field: EVALUATIONS, direction: DESC }) { edges { node { key } } }
      datasets(first: 1, orderBy: { field: EVALUATIONS, direction: DESC }) { edges { node { key } } }
      tasks(first: 1, orderBy: { field: EVALUATIONS, direction: DESC }) { edges { node { key } } }
      repos(first: 1) { edges { node { key } } }
      papers(first: 1, orderBy: { field: EVALUATIONS, direction: DESC }) { edges { node { key } } }
    }`);
    const first = (field: string) => keys[field]!.edges[0]!.node.key;
    const pages: Array<[PageLabel, string]> = [
      ['Benchmark', 'benchmark:snli'],
      ['Method', 'method:dpo'],
      ['Model', first('models')],
      ['Dataset', first('datasets')],
      ['Task', first('tasks')],
      ['Repo', first('repos')],
      ['Paper', first('papers')],
    ];
    for (const [label, key] of pages) {
      const pathname = pagePath(label, key);
      const visited = await visit(pathname);
      expect(visited.status, pathname).toBe(200);
      expect(await visited.page.getAttribute('#page', 'data-type'), pathname).toBe(label);
      expect((await visited.page.locator('[data-role="name"]').innerText()).length, pathname).toBeGreaterThan(0);
      expect(await visited.page.getAttribute('[data-role="graphiql"]', 'href'), pathname).toMatch(/^\/graphql\?query=/);
      const bytes = await transferred(visited.page);
      figures.push(`${pathname}: ${(bytes / 1024).toFixed(1)} KiB transferred gzipped (GraphQL answers apart)`);
      expect(bytes, pathname).toBeLessThanOrEqual(TRANSFER_BUDGET_BYTES);
      expect(bytes, pathname).toBeGreaterThan(built.entityPages.gzipBytes * 0.9);
      await visited.page.screenshot({ path: artefact(`page-${label.toLowerCase()}.png`), fullPage: true });
      await close(visited);
    }
    figures.push(`build: entity pages ${(built.entityPages.gzipBytes / 1024).toFixed(1)} KiB gzipped (${(built.entityPages.bytes / 1024).toFixed(1)} KiB raw)`);
  });

  it('answers 404 with a page that offers search for unknown ids', async () => {
    for (const pathname of ['/benchmark/no-such-benchmark', '/method/', '/repo/github.com/nobody', '/paper/nothing-like-this']) {
      const visited = await visit(pathname);
      expect(visited.status, pathname).toBe(404);
      expect(await visited.page.getAttribute('#page', 'data-status'), pathname).toBe('not-found');
      expect(await visited.page.locator('form[data-role="search"] input').count()).toBe(1);
      await close(visited);
    }
    const fromSearch = await visit('/method/direct-preference');
    expect(fromSearch.status).toBe(404);
    expect(await fromSearch.page.locator('[data-role="suggestions"] a[href="/method/dpo"]').count()).toBe(1);
    await close(fromSearch);
  });

  it('serves valid Atom feeds with entries dated and linked to the pages', async () => {
    const { page } = await visit('/method/dpo');
    for (const feed of ['/feeds/benchmark/snli.atom', '/feeds/method/dpo.atom', `/feeds/task/${(await graphql<{ benchmark: { tasks: { edges: Array<{ node: { key: string } }> } } }>('{ benchmark(id: "benchmark:snli") { tasks(first: 1) { edges { node { key } } } } }')).benchmark.tasks.edges[0]!.node.key.slice('task:'.length)}.atom`]) {
      const response = await fetch(`${server.url}${feed}`);
      expect(response.status, feed).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      const xml = await response.text();
      // Chromium's XML parser: strict, so any unescaped text or broken nesting fails the parse.
      const report = await page.evaluate(
        ([xml, ns]) => {
          const doc = new DOMParser().parseFromString(xml, 'application/xml');
          if (doc.getElementsByTagName('parsererror').length) return { error: doc.getElementsByTagName('parsererror')[0]!.textContent };
          const feed = doc.documentElement;
          const children = (parent: Element, name: string) => [...parent.children].filter((child) => child.namespaceURI === ns && child.localName === name);
          const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
          const entries = children(feed, 'entry');
          return {
            root: `${feed.namespaceURI} ${feed.localName}`,
            feedIds: children(feed, 'id').length,
            feedTitles: children(feed, 'title').length,
            feedUpdated: children(feed, 'updated').map((node) => rfc3339.test(node.textContent ?? '')),
            authors: children(feed, 'author').map((author) => children(author, 'name').length),
            self: children(feed, 'link').filter((link) => link.getAttribute('rel') === 'self').map((link) => link.getAttribute('href')),
            entries: entries.map((entry) => ({
              ids: children(entry, 'id').length,
              titles: children(entry, 'title').length,
              updated: children(entry, 'updated').map((node) => rfc3339.test(node.textContent ?? '')),
              links: children(entry, 'link').map((link) => new URL(link.getAttribute('href') ?? '').pathname),
            })),
            uniqueIds: new Set(entries.map((entry) => children(entry, 'id')[0]?.textContent)).size,
          };
        },
        [xml, ATOM] as const,
      );
      expect(report, feed).toMatchObject({ root: `${ATOM} feed`, feedIds: 1, feedTitles: 1, feedUpdated: [true], authors: [1], self: [`${server.url}${feed}`] });
      if (!('entries' in report) || !report.entries) throw new Error(`${feed}: ${JSON.stringify(report)}`);
      for (const entry of report.entries) {
        expect(entry).toMatchObject({ ids: 1, titles: 1, updated: [true] });
        expect(entry.links[0]).toMatch(/^\/(paper|benchmark)\/./);
      }
      expect(report.uniqueIds).toBe(report.entries.length);
      if (feed.includes('snli')) {
        expect(report.entries.length).toBeGreaterThan(2);
        expect(xml).toContain('New state of the art on SNLI');
      }
      figures.push(`${feed}: ${report.entries.length} entries, ${(xml.length / 1024).toFixed(1)} KiB`);
    }
    expect((await fetch(`${server.url}/feeds/benchmark/no-such-benchmark.atom`)).status).toBe(404);
    expect((await fetch(`${server.url}/feeds/paper/x.atom`)).status).toBe(404);
    await page.context().close();
  });
});
