import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { usePages } from '../../../../src/api/plugins/use-pages.js';
import { nodeExistsQuery } from '../../../../src/graph/nodes.js';
import { RecordingDatabase } from '../../../support/recording-db.js';
import { yogaWith } from '../../../support/yoga.js';

const dir = mkdtempSync(path.join(tmpdir(), 'pages-'));
writeFileSync(path.join(dir, 'page.html'), '<!doctype html><title>Page</title>');
// The graph holds one benchmark and one repository.
const known = [nodeExistsQuery('Benchmark', 'benchmark:snli'), nodeExistsQuery('Repo', 'https://github.com/openai/clip')];
const db = new RecordingDatabase((statement) => (known.some((asked) => asked.cypher === statement.cypher && asked.params.id === statement.params.id) ? [{ found: true }] : []));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  await db.close();
});

describe('usePages', () => {
  const yoga = yogaWith(usePages({ db, dir }));

  it('serves the page for an entity the graph has, revalidated, under the content security policy', async () => {
    for (const url of ['http://localhost/benchmark/snli', 'http://localhost/repo/github.com/openai/CLIP']) {
      const response = await yoga.fetch(url);
      expect(response.status, url).toBe(200);
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
      expect(await response.text()).toContain('<title>Page</title>');
    }
  });

  it('answers 404 with the same page for ids the graph lacks and paths naming none', async () => {
    for (const url of ['http://localhost/benchmark/nothing', 'http://localhost/method/', 'http://localhost/paper/a/b']) {
      const response = await yoga.fetch(url);
      expect(response.status, url).toBe(404);
      expect(await response.text()).toContain('<title>Page</title>');
    }
  });

  it('leaves other paths alone and refuses writes', async () => {
    expect((await yoga.fetch('http://localhost/graphql?query={hello}')).status).toBe(200);
    expect((await yoga.fetch('http://localhost/benchmark/snli', { method: 'POST' })).status).toBe(405);
  });
});
