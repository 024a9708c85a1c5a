import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import type { Plugin } from 'graphql-yoga';
import { pageTargetOf } from '../../../core/page-paths.js';
import type { Database } from '../../db/database.js';
import { renderAtom } from '../atom.js';
import { entityFeed, FEED_LABELS, type FeedLabel } from '../entity-feeds.js';
import { isReadMethod, methodNotAllowed } from '../static-files.js';

const FEED_PATH = /^\/feeds(\/[^/]+\/[^/]+)\.atom$/;

/**
 * Atom feeds at `/feeds/<type>/<id>.atom` (benchmark, task, method, model; `<type>/<id>` as
 * in the page paths), generated per request through the public schema; revalidated by ETag,
 * gzipped for clients that accept it. Unknown entities answer 404.
 */
export function useFeeds({ db }: { db: Database }): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!url.pathname.startsWith('/feeds/')) return;
      const text = (body: string, status: number) => new fetchAPI.Response(body, { status, headers: { 'content-type': 'text/plain; charset=utf-8' } });
      if (!isReadMethod(request)) {
        endResponse(methodNotAllowed(fetchAPI.Response));
        return;
      }
      const target = pageTargetOf(FEED_PATH.exec(url.pathname)?.[1] ?? '');
      const label = FEED_LABELS.find((feedLabel): feedLabel is FeedLabel => feedLabel === target?.label);
      if (!target || !label) {
        endResponse(text('Not found: feeds are /feeds/{benchmark,task,method,model}/<id>.atom', 404));
        return;
      }
      const feed = await entityFeed(db, label, target.key, url.origin, url.pathname).catch(() => undefined);
      if (feed === undefined) {
        endResponse(text('The feed could not be read from the graph; try again shortly.', 503));
        return;
      }
      if (!feed) {
        endResponse(text(`Not found: no ${label.toLowerCase()} ${target.key}`, 404));
        return;
      }
      const xml = Buffer.from(renderAtom(feed));
      const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
      const body = gzip ? gzipSync(xml) : xml;
      const etag = `"${createHash('sha1').update(xml).digest('base64url')}${gzip ? '-gz' : ''}"`;
      const headers: Record<string, string> = {
        'content-type': 'application/atom+xml; charset=utf-8',
        'cache-control': 'no-cache',
        etag,
        vary: 'Accept-Encoding',
        'x-content-type-options': 'nosniff',
      };
      if (gzip) headers['content-encoding'] = 'gzip';
      if (request.headers.get('if-none-match') === etag) {
        endResponse(new fetchAPI.Response(null, { status: 304, headers }));
        return;
      }
      headers['content-length'] = String(body.byteLength);
      endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers }));
    },
  };
}
