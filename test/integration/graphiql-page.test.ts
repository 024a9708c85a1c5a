import { gunzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createGraphQLHandler } from '../../src/api/server.js';
import { connectTestDb } from '../support/test-db.js';

const { db, close } = connectTestDb();
const yoga = createGraphQLHandler({ db, logger: pino({ level: 'silent' }) });
const page = (acceptEncoding: string) => yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html', 'accept-encoding': acceptEncoding } });

describe('the GraphiQL page', () => {
  afterAll(close);

  it('is served gzipped to clients that accept it, and plain to others', async () => {
    const zipped = await page('gzip, deflate, br');
    expect(zipped.headers.get('content-encoding')).toBe('gzip');
    const html = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString('utf8');
    const plain = await page('');
    expect(plain.headers.get('content-encoding')).toBeNull();
    const plainHtml = await plain.text();
    expect(html).toBe(plainHtml);
    expect(html).toContain('Research knowledge graph');
    // Everything GraphiQL needs is in the page: no CDN on an offline machine.
    expect(html).not.toMatch(/unpkg\.com|jsdelivr|cdnjs/);
    expect(Number(zipped.headers.get('content-length'))).toBeLessThan(plainHtml.length / 2);
  });
});
