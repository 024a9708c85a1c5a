import { createServer, type Server } from 'node:http';
import { createYoga, maskError, type Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { Context } from './context.js';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql-examples.js';
import { healthPlugin } from './health.js';
import { schema } from './schema.js';

export interface ServerOptions {
  db: Database;
  logger: Logger;
  /** Builds each request's database door; tests pass one that counts queries. */
  dbForRequest?: (request: Request) => Database;
}

/** The GraphQL endpoint with GraphiQL at /graphql: errors masked for clients, logged in full. */
export function createGraphQLHandler(options: ServerOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Research knowledge graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    context: ({ request }) => ({ db: options.dbForRequest?.(request) ?? options.db }),
    maskedErrors: {
      // Errors raised on purpose (GraphQLError) reach the client; anything else is logged in
      // full for operators and masked for clients, never in development mode.
      maskError: (error, message) => {
        const masked = maskError(error, message, false);
        if (masked !== error) options.logger.error({ err: (error as { originalError?: unknown }).originalError ?? error }, 'unexpected error');
        return masked;
      },
    },
    logging: {
      debug: (...args) => options.logger.debug(args.join(' ')),
      info: (...args) => options.logger.info(args.join(' ')),
      warn: (...args) => options.logger.warn(args.join(' ')),
      error: (...args) => options.logger.error(args.join(' ')),
    },
    plugins: [healthPlugin(options.db)] as Plugin[],
  });
}

export function createHttpServer(options: ServerOptions): Server {
  const yoga = createGraphQLHandler(options);
  return createServer(yoga);
}
