import type { Plugin } from 'graphql-yoga';

/**
 * Refuses a request whose declared body is larger than `maxBytes` with a 413 and a GraphQL
 * error naming the limit, before the body is read or parsed.
 */
export function useBodySizeLimit({ maxBytes }: { maxBytes: number }): Plugin {
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
