import type { IncomingMessage } from 'node:http';
import type { Plugin } from 'graphql-yoga';
import { RateLimiter } from '../rate-limiter.js';

export interface RateLimitOptions {
  perMinute: number;
  /** Take the client from X-Forwarded-For (set only behind a proxy that writes it). */
  trustProxy: boolean;
}

/**
 * A per-client limit on the requests that query the graph (GraphQL and the Atom feeds, which
 * walk a hub's newest papers): past it, 429 with Retry-After and a GraphQL error body naming
 * the limit. The client is the socket's address, or with trustProxy the first address of
 * X-Forwarded-For. Health checks, the dashboard, the pages' HTML and /metrics are never limited.
 */
export function useRateLimit(options: RateLimitOptions): Plugin<Record<string, unknown>, { req?: IncomingMessage }> {
  const limiter = new RateLimiter(options.perMinute);
  return {
    onRequest({ request, serverContext, url, endResponse, fetchAPI }) {
      if (!queriesTheGraph(request, url)) return;
      const client = clientAddress(request, serverContext?.req, options.trustProxy);
      const taken = limiter.take(client);
      if (taken.allowed) return;
      const message = `Rate limit exceeded: at most ${options.perMinute} GraphQL requests per minute per client (feeds count too); retry in ${taken.retryAfterSeconds} s`;
      endResponse(
        new fetchAPI.Response(
          JSON.stringify({ errors: [{ message, extensions: { code: 'RATE_LIMITED', limit: 'requests per minute', max: options.perMinute, retryAfter: taken.retryAfterSeconds } }] }),
          { status: 429, headers: { 'content-type': 'application/json; charset=utf-8', 'retry-after': String(taken.retryAfterSeconds) } },
        ),
      );
    },
  };
}

/** GraphiQL's page (GET /graphql without a query) is static; a feed is one query per fetch. */
function queriesTheGraph(request: Request, url: URL): boolean {
  if (url.pathname.startsWith('/feeds/')) return true;
  return url.pathname === '/graphql' && !(request.method === 'GET' && !url.searchParams.has('query'));
}

function clientAddress(request: Request, req: IncomingMessage | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  return req?.socket.remoteAddress ?? 'unknown';
}
