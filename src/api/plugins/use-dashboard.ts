import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Plugin } from 'graphql-yoga';
import { PROJECT_ROOT } from '../../config.js';

/** Where `npm run build` writes the dashboard (dashboard/build.ts). */
const DASHBOARD_DIR = path.join(PROJECT_ROOT, 'dist', 'dashboard');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// The page only talks to this server: scripts and styles are our own files, data comes from /graphql.
// Plot and Cytoscape set inline style attributes, hence 'unsafe-inline' for styles only.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
].join('; ');

/** Asset names as the build writes them: `main-3FJ2K7QX.js`; anything else (`..`, `/`) is refused. */
const ASSET_NAME = /^[A-Za-z0-9_-]+(\.[A-Za-z0-9_-]+)+$/;

/**
 * Serves the dashboard at /dashboard: the page itself revalidated on every load (it names the
 * current assets), the content-hashed assets under /dashboard/assets/ cached for a year, each
 * sent gzipped where the build wrote a `.gz` beside it and the client accepts gzip.
 */
export function useDashboard({ dir = DASHBOARD_DIR }: { dir?: string } = {}): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      const { pathname } = url;
      if (pathname !== '/dashboard' && !pathname.startsWith('/dashboard/')) return;
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        endResponse(new fetchAPI.Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } }));
        return;
      }
      const file = fileFor(pathname);
      if (file === undefined) {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
        return;
      }
      endResponse(await serveFile(dir, file, request, fetchAPI.Response));
    },
  };
}

interface FileRequest {
  relativePath: string;
  immutable: boolean;
}

function fileFor(pathname: string): FileRequest | undefined {
  if (pathname === '/dashboard' || pathname === '/dashboard/' || pathname === '/dashboard/index.html') {
    return { relativePath: 'index.html', immutable: false };
  }
  const assetName = pathname.slice('/dashboard/assets/'.length);
  if (pathname.startsWith('/dashboard/assets/') && ASSET_NAME.test(assetName)) {
    return { relativePath: path.join('assets', assetName), immutable: true };
  }
  return undefined;
}

async function serveFile(dir: string, file: FileRequest, request: Request, Response: typeof globalThis.Response): Promise<Response> {
  const fullPath = path.join(dir, file.relativePath);
  const acceptsGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  const gzipped = acceptsGzip ? await readOptional(`${fullPath}.gz`) : undefined;
  const body = gzipped ?? (await readOptional(fullPath));
  if (body === undefined) {
    const notBuilt = file.relativePath === 'index.html';
    return new Response(notBuilt ? 'The dashboard is not built: run `npm run build`.' : 'Not found', {
      status: notBuilt ? 503 : 404,
      headers: { 'content-type': 'text/plain; charset=utf-8' },
    });
  }
  const etag = `"${createHash('sha1').update(body).digest('base64url')}${gzipped ? '-gz' : ''}"`;
  const headers: Record<string, string> = {
    'content-type': CONTENT_TYPES[path.extname(fullPath)] ?? 'application/octet-stream',
    'cache-control': file.immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    etag,
    vary: 'Accept-Encoding',
    'x-content-type-options': 'nosniff',
  };
  if (gzipped) headers['content-encoding'] = 'gzip';
  if (!file.immutable) headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
  if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  headers['content-length'] = String(body.byteLength);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers });
}

async function readOptional(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
