import { createServer, type Server } from 'node:http';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import { createYoga } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { Database } from '../db/database.js';
import type { Context } from './context.js';
import { errorMasker } from './errors.js';
import { GRAPHIQL_DEFAULT_QUERY } from './graphiql-examples.js';
import type { ServerMetrics } from './metrics.js';
import { useDashboard } from './plugins/use-dashboard.js';
import { useFeeds } from './plugins/use-feeds.js';
import { useHealthChecks } from './plugins/use-health-checks.js';
import { useHtmlCompression } from './plugins/use-html-compression.js';
import { useMetrics } from './plugins/use-metrics.js';
import { usePages } from './plugins/use-pages.js';
import { useRateLimit, type RateLimitOptions } from './plugins/use-rate-limit.js';
import { useRequestLimits } from './plugins/use-request-limits.js';
import { schema } from './schema.js';

interface ServerOptions {
  db: Database;
  logger: Logger;
  /** Builds each request's database door; tests pass one that counts queries. */
  dbForRequest?: (request: Request) => Database;
  /** False until the schema is applied (and the default corpus loaded); reported by /health/ready. */
  graphPrepared?: () => boolean;
  /** Served at /metrics; none: no /metrics. */
  metrics?: ServerMetrics;
  /** Per-client limit on GraphQL requests; none, or 0 a minute: no limit (tests, bench, soak). */
  rateLimit?: RateLimitOptions;
  /** False: nested hop connections are not compiled into their parent's query (one query per level). */
  compileNestedHops?: boolean;
  /** True: every statement reads its nodes' optional properties whether the request asks for them or not. */
  readAllProperties?: boolean;
}

/** The GraphQL endpoint with GraphiQL at /graphql: errors masked for clients, logged in full. */
export function createGraphQLHandler(options: ServerOptions) {
  return createYoga<Record<string, unknown>, Context>({
    schema,
    graphqlEndpoint: '/graphql',
    landingPage: false,
    graphiql: { title: 'Research knowledge graph', defaultQuery: GRAPHIQL_DEFAULT_QUERY },
    renderGraphiQL, // GraphiQL from the package itself: the default loads it from a CDN, unreachable offline
    context: ({ request }) => ({
      db: options.dbForRequest?.(request) ?? options.db,
      compileNestedHops: options.compileNestedHops ?? true,
      readAllProperties: options.readAllProperties ?? false,
    }),
    maskedErrors: { maskError: errorMasker(options.logger) },
    logging: {
      debug: (...args) => options.logger.debug(args.join(' ')),
      info: (...args) => options.logger.info(args.join(' ')),
      warn: (...args) => options.logger.warn(args.join(' ')),
      error: (...args) => options.logger.error(args.join(' ')),
    },
    plugins: [
      ...(options.rateLimit && options.rateLimit.perMinute > 0 ? [useRateLimit(options.rateLimit)] : []),
      ...(options.metrics ? useMetrics(options.metrics) : []),
      useHealthChecks({ db: options.db, graphPrepared: options.graphPrepared ?? (() => true) }),
      useDashboard(),
      usePages({ db: options.db }),
      useFeeds({ db: options.db }),
      useHtmlCompression(),
      useRequestLimits(),
      // Each document compiled to a function once (kept by document, so as bounded as yoga's parse cache): up to a quarter more requests/s on most bench shapes (bench/RESULTS.md).
      useGraphQlJit({}, { onError: (failed) => options.logger.error({ errors: failed.errors }, 'a document could not be compiled') }),
    ],
  });
}

export function createHttpServer(options: ServerOptions): Server {
  const yoga = createGraphQLHandler(options);
  return createServer(yoga);
}
