import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { BUILT_PAGES_DIR, isReadMethod, methodNotAllowed, serveBuiltFile, type BuiltFile } from '../static-files.js';

/** Asset names as the build writes them: `main-3FJ2K7QX.js`; anything else (`..`, `/`) is refused. */
const ASSET_NAME = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;

/**
 * Serves the dashboard at /dashboard: the page itself revalidated on every load (it names the
 * current assets), the content-hashed assets under /dashboard/assets/ (the entity pages' too)
 * cached for a year, each sent gzipped where the build wrote a `.gz` beside it and the client
 * accepts gzip.
 */
export function useDashboard({ dir = BUILT_PAGES_DIR }: { dir?: string } = {}): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== '/dashboard' && !pathname.startsWith('/dashboard/')) return;
      if (!isReadMethod(request)) {
        endResponse(methodNotAllowed(fetchAPI.Response));
        return;
      }
      const file = fileFor(pathname);
      if (file === undefined) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      endResponse(await serveBuiltFile(dir, file, request, fetchAPI.Response, { notBuilt: 'The dashboard is not built: run `npm run build`.' }));
    },
  };
}

function fileFor(pathname: string): BuiltFile | undefined {
  if (pathname === '/dashboard' || pathname === '/dashboard/' || pathname === '/dashboard/index.html') {
    return { relativePath: 'index.html', immutable: false };
  }
  const assetName = pathname.slice('/dashboard/assets/'.length);
  if (pathname.startsWith('/dashboard/assets/') && ASSET_NAME.test(assetName)) {
    return { relativePath: path.join('assets', assetName), immutable: true };
  }
  return undefined;
}
