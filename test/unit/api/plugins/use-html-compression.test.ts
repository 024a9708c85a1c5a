import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { useHtmlCompression } from '../../../../src/api/plugins/use-html-compression.js';
import { yogaWith } from '../../../support/yoga.js';

describe('useHtmlCompression', () => {
  const yoga = yogaWith(useHtmlCompression());

  it('gzips the GraphiQL page for a client that accepts gzip', async () => {
    const response = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html', 'accept-encoding': 'gzip' } });
    expect(response.headers.get('content-encoding')).toBe('gzip');
    expect(response.headers.get('vary')).toMatch(/accept-encoding/i);
    expect(gunzipSync(Buffer.from(await response.arrayBuffer())).toString()).toMatch(/<html/i);
  });

  it('leaves the page alone for a client that does not, and never touches GraphQL results', async () => {
    const page = await yoga.fetch('http://localhost/graphql', { headers: { accept: 'text/html' } });
    expect(page.headers.get('content-encoding')).toBeNull();
    const result = await yoga.fetch('http://localhost/graphql?query={hello}', { headers: { 'accept-encoding': 'gzip' } });
    expect(result.headers.get('content-encoding')).toBeNull();
    expect(await result.json()).toEqual({ data: { hello: 'hi' } });
  });
});
