import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';

/**
 * Gzips HTML pages (GraphiQL is about 9 MB of inlined scripts) for clients that accept it.
 * Only responses the server itself renders: GraphQL results stay uncompressed, request bodies
 * are never decompressed (so the body-size limit holds), and the page is compressed once.
 */
export function useHtmlCompression(): Plugin {
  const cache = new Map<string, Buffer>();
  return {
    async onResponse({ request, response, setResponse, fetchAPI }) {
      if (!response.headers.get('content-type')?.startsWith('text/html')) return;
      if (response.headers.has('content-encoding') || !/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) return;
      const html = await response.text();
      let body = cache.get(html);
      if (!body) {
        body = gzipSync(html);
        cache.clear(); // one page at a time: GraphiQL's HTML does not change while running
        cache.set(html, body);
      }
      const headers = new fetchAPI.Headers(response.headers);
      headers.set('content-encoding', 'gzip');
      headers.set('content-length', String(body.length));
      headers.append('vary', 'accept-encoding');
      setResponse(new fetchAPI.Response(new Uint8Array(body), { status: response.status, headers }));
    },
  };
}
