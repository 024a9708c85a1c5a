import { pino } from 'pino';
import { ConfigError, loadConfig, loadDotEnv } from './config.js';
import { connect } from './db/connect.js';
import { applySchema } from './db/migrations.js';
import { createHttpServer } from './api/server.js';
import { DEFAULT_CORPUS, graphIsEmpty } from './default-corpus.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { documentProcessor } from '../ingest/document-processor.js';
import { userMessage } from '../ingest/user-errors.js';

const HELP = `usage: npm start

Starts the research knowledge-graph server: connects to Neo4j (starting the project's local
Neo4j when NEO4J_URI is a loopback address and nothing answers there), applies the schema,
ingests the default corpus when the graph is empty, and serves GraphQL with GraphiQL.

Configuration comes from the environment or .env (see .env.example): NEO4J_URI, NEO4J_USER,
NEO4J_PASSWORD, NEO4J_DATABASE, NEO4J_DATA_DIR, HOST, PORT, LOG_LEVEL.`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    console.log(HELP);
    return;
  }
  loadDotEnv();
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const connection = await connect(config.neo4j, (message) => logger.info(message));
  const { db } = connection;
  await applySchema(db);

  if (await graphIsEmpty(db)) {
    logger.info(`The graph is empty: ingesting the default corpus ${DEFAULT_CORPUS}`);
    const summary = await ingestFiles(db, [DEFAULT_CORPUS], documentProcessor());
    logger.info({ papers: summary.papers, nodes: summary.nodes, edges: summary.edges, seconds: summary.seconds }, 'default corpus ingested');
  }

  const server = createHttpServer({ db, logger });
  server.listen(config.port, config.host, () => {
    logger.info(`GraphiQL: http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${config.port}/graphql`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') {
      console.error(`error: port ${config.port} is already in use; set PORT to a free one`);
      process.exit(1);
    }
    throw error;
  });

  // SIGTERM drains: stop accepting, let in-flight requests finish, then close the driver.
  const shutdown = (signal: string) => {
    logger.info(`${signal}: shutting down`);
    server.close(() => void connection.close().then(() => process.exit(0)));
    server.closeIdleConnections();
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGTERM', () => shutdown('SIGTERM'));
  process.once('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  const message = error instanceof ConfigError ? error.message : userMessage(error);
  if (message === undefined) throw error;
  console.error(`error: ${message}`);
  process.exit(1);
});
