import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { ServerProcess } from '../support/server-process.js';
import { artefact } from './support/artefacts.js';
import { launchChromium, watchForErrors } from './support/chromium.js';
import { startE2EServer, stopE2EServer } from './support/e2e-server.js';

describe('GraphiQL at /graphql', () => {
  let server: ServerProcess;
  let browser: Browser;
  let page: Page;
  let problems: string[];

  beforeAll(async () => {
    // Any graph will do here: the server ingests the default corpus only if it is empty.
    [server, browser] = await Promise.all([startE2EServer({ fresh: false }), launchChromium()]);
  });
  afterAll(async () => {
    await browser?.close();
    await stopE2EServer(server);
  });
  beforeEach(async () => {
    page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    problems = watchForErrors(page);
  });
  afterEach(async () => {
    await page.close();
    expect(problems).toEqual([]);
  });

  const response = () => page.locator('.graphiql-response');
  // Monaco draws spaces as no-break spaces.
  const editorText = async () => (await page.locator('.graphiql-query-editor').innerText()).replace(/\u00a0/g, ' ');

  /** Runs the document in the editor; with several operations GraphiQL asks which one: the first. */
  async function execute(): Promise<void> {
    await page.click('.graphiql-execute-button');
    const operations = page.locator('.graphiql-dropdown-content [role="menuitem"]');
    if (await operations.first().isVisible({ timeout: 2_000 }).catch(() => false)) await operations.first().click();
  }

  it('loads without a network beyond this server, runs the example query and shows the result', async () => {
    await page.goto(`${server.url}/graphql`);
    await expect.poll(editorText, { timeout: 30_000 }).toContain('papers(first: 5)');
    await execute();
    await expect.poll(() => response().innerText(), { timeout: 30_000 }).toContain('"totalCount"');
    expect(await response().innerText()).toContain('"title"');
    await page.screenshot({ path: artefact('graphiql-example.png') });
  });

  it('opens with the query given in ?query=, as the dashboard links do', async () => {
    const query = '{ stats { nodeCounts { type count } } }';
    await page.goto(`${server.url}/graphql?query=${encodeURIComponent(query)}`);
    await expect.poll(editorText, { timeout: 30_000 }).toContain('nodeCounts');
    await execute();
    await expect.poll(() => response().innerText(), { timeout: 30_000 }).toContain('"PAPER"');
  });
});
