import { maxAliasesPlugin } from '@escape.tech/graphql-armor-max-aliases';
import { maxTokensPlugin } from '@escape.tech/graphql-armor-max-tokens';
import type { Plugin } from 'graphql-yoga';
import { LIMITS } from './limits.js';

/**
 * Limits checked before any resolver runs, cheapest first: body size (before parsing), token
 * count (while parsing), aliases (at validation). Depth, breadth and cost are checked by the
 * Pothos complexity plugin, page sizes by the connection arguments.
 */
export function requestLimitPlugins(): Plugin[] {
  return [
    bodySizeLimit(LIMITS.maxBodyBytes),
    maxTokensPlugin({ n: LIMITS.maxTokens, exposeLimits: true }),
    maxAliasesPlugin({ n: LIMITS.maxAliases, exposeLimits: true }),
  ];
}

function bodySizeLimit(maxBytes: number): Plugin {
  return {
    onRequest({ request, endResponse, fetchAPI }) {
      const length = Number(request.headers.get('content-length') ?? 0);
      if (length > maxBytes) {
        endResponse(
          fetchAPI.Response.json(
            { errors: [{ message: `Request body of ${length} bytes exceeds the maximum of ${maxBytes} bytes`, extensions: { code: 'REQUEST_TOO_LARGE', limit: 'bodyBytes', max: maxBytes } }] },
            { status: 413 },
          ),
        );
      }
    },
  };
}
