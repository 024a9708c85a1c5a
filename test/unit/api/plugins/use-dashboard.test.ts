import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { useDashboard } from '../../../../src/api/plugins/use-dashboard.js';
import { yogaWith } from '../../../support/yoga.js';

const dir = mkdtempSync(path.join(tmpdir(), 'dashboard-'));
mkdirSync(path.join(dir, 'assets'));
writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Dashboard</title>');
writeFileSync(path.join(dir, 'assets', 'main-ABC123.js'), 'console.log(1)');
writeFileSync(path.join(dir, 'assets', 'main-ABC123.js.gz'), gzipSync('console.log(1)'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('useDashboard', () => {
  const yoga = yogaWith(useDashboard({ dir }));

  it('serves the page revalidated on every load, under its content security policy', async () => {
    const response = await yoga.fetch('http://localhost/dashboard');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(response.headers.get('content-security-policy')).toMatch(/default-src 'self'/);
    expect(await response.text()).toContain('<title>Dashboard</title>');
  });

  it('serves hashed assets cached for a year, gzipped where the build wrote a .gz', async () => {
    const response = await yoga.fetch('http://localhost/dashboard/assets/main-ABC123.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(response.headers.get('content-encoding')).toBe('gzip');
    const etag = response.headers.get('etag')!;
    const again = await yoga.fetch('http://localhost/dashboard/assets/main-ABC123.js', { headers: { 'accept-encoding': 'gzip', 'if-none-match': etag } });
    expect(again.status).toBe(304);
  });

  it('refuses other methods, names that are not asset names, and missing files', async () => {
    expect((await yoga.fetch('http://localhost/dashboard', { method: 'POST' })).status).toBe(405);
    expect((await yoga.fetch('http://localhost/dashboard/assets/..%2Findex.html')).status).toBe(404);
    expect((await yoga.fetch('http://localhost/dashboard/assets/other-XYZ.js')).status).toBe(404);
  });

  it('says the dashboard is not built when its page is missing', async () => {
    const response = await yogaWith(useDashboard({ dir: path.join(dir, 'nowhere') })).fetch('http://localhost/dashboard/');
    expect([response.status, await response.text()]).toEqual([503, 'The dashboard is not built: run `npm run build`.']);
  });
});
