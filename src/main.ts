import { loadConfig, loadDotEnv } from './config.js';
import { connect } from './db/connect.js';
import { createHttpServer } from './api/server.js';
import { ServerMetrics } from './api/metrics.js';
import { createLogger } from './logger.js';
import { prepareGraph } from './prepare-graph.js';
import { userMessage } from '../core/user-error.js';

const HELP = `usage: npm start

Starts the research knowledge-graph server: connects to Neo4j (starting the project's local
Neo4j when NEO4J_URI is a loopback address and nothing answers there), applies the schema,
ingests the default corpus when the graph is empty, and serves GraphQL with GraphiQL at
/graphql, liveness at /health/live and readiness at /health/ready.

Configuration comes from the environment or .env (see .env.example): NEO4J_URI, NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_DATA_DIR, HOST, PORT, LOG_LEVEL, LOG_FORMAT,
RATE_LIMIT_PER_MINUTE, TRUST_PROXY.`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  loadDotEnv();
  const config = loadConfig();
  const logger = createLogger(config);
  const connection = await connect(config.neo4j, (message) => logger.info(message));

  let prepared = false;
  const stopPreparing = new AbortController();
  const metrics = new ServerMetrics();
  const db = connection.db.withTiming(metrics.queryTiming);
  const server = createHttpServer({
    db,
    logger,
    graphPrepared: () => prepared,
    metrics,
    rateLimit: { perMinute: config.rateLimitPerMinute, trustProxy: config.trustProxy },
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    console.error(`error: port ${config.port} is already in use; set PORT to a free one`);
    process.exit(1);
  });
  const base = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}`;
  server.listen(config.port, config.host, () => {
    logger.info(`listening on ${base}; preparing the graph`);
  });
  prepareGraph(db, logger, stopPreparing.signal).then(
    (report) => {
      if (report) metrics.recordIngest(report);
      prepared = true;
      logger.info({ graphiql: `${base}/graphql`, dashboard: `${base}/dashboard` }, 'ready');
      // Plain lines for whoever started it on a terminal: where to go next.
      if (process.stdout.isTTY) console.log(`\nReady.\n  GraphiQL   ${base}/graphql\n  Dashboard  ${base}/dashboard\n`);
    },
    (error: unknown) => {
      logger.error({ err: error }, 'could not prepare the graph');
      process.exit(1);
    },
  );

  // SIGTERM drains: stop accepting, let in-flight requests finish, then close the driver.
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    stopPreparing.abort();
    server.close(() => void connection.close().then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message = userMessage(error);
  if (message === undefined) throw error;
  console.error(`error: ${message}`);
  process.exit(1);
});
