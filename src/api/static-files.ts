import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';

/**
 * Serving what `npm run build` writes for the browser (dashboard/build.ts): the dashboard and
 * the entity pages share one folder, one asset directory and these rules.
 */
export const BUILT_PAGES_DIR = path.join(PROJECT_ROOT, 'dist', 'dashboard');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

// The pages only talk to this server: scripts and styles are our own files, data comes from /graphql.
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

export interface BuiltFile {
  relativePath: string;
  /** Content-hashed: cached for a year. Otherwise revalidated on every load, under the CSP. */
  immutable: boolean;
}

/**
 * A built file, gzipped where the build wrote a `.gz` beside it and the client accepts gzip,
 * with an ETag. `status` other than 200 (a page answering 404) is sent as it is, never as 304.
 */
export async function serveBuiltFile(
  dir: string,
  file: BuiltFile,
  request: Request,
  Response: typeof globalThis.Response,
  { status = 200, notBuilt = 'The pages are not built: run `npm run build`.' }: { status?: number; notBuilt?: string } = {},
): Promise<Response> {
  const fullPath = path.join(dir, file.relativePath);
  const acceptsGzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
  const gzipped = acceptsGzip ? await readOptional(`${fullPath}.gz`) : undefined;
  const body = gzipped ?? (await readOptional(fullPath));
  if (body === undefined) {
    const page = file.relativePath.endsWith('.html');
    return new Response(page ? notBuilt : 'Not found', {
      status: page ? 503 : 404,
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
  if (status === 200 && request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers });
  headers['content-length'] = String(body.byteLength);
  return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
}

export function methodNotAllowed(Response: typeof globalThis.Response): Response {
  return new Response('Method not allowed', { status: 405, headers: { allow: 'GET, HEAD' } });
}

export function isReadMethod(request: Request): boolean {
  return request.method === 'GET' || request.method === 'HEAD';
}

async function readOptional(file: string): Promise<Buffer | undefined> {
  try {
    return await readFile(file);
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return undefined;
    throw error;
  }
}
