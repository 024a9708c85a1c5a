/**
 * One of the three servers the API benchmark measures, in a process of its own (so each has
 * the same node, event loop and core budget, and autocannon runs apart from all of them):
 *
 *   serve.ts ours|peer|floor PORT BOLT_URI FIXTURES_JSON
 *
 * ours: our GraphQL handler; peer: @neo4j/graphql on graphql-yoga over the same database;
 * floor: POST /floor/NAME runs that query's one hand-written Cypher query and returns the rows.
 * Prints "ready" once listening.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import { pino } from 'pino';
import { loadConfig } from '../../src/config.js';
import { createHttpServer } from '../../src/api/server.js';
import { Database } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { peerTypeDefs } from '../peer/type-defs.js';
import type { Fixtures } from './fixtures.js';
import { benchQueries } from './queries.js';

// Run as `npm start` runs the server (compiled, no source maps): tsx turns source maps on, and
// then every stack the driver captures per query (Result's captureStacktrace) is source-mapped,
// which took ~3% of the server's CPU under load; all three servers run alike.
process.setSourceMapsEnabled(false);

const [kind, portText, uri, fixturesJson] = process.argv.slice(2);
const port = Number(portText);
const fixtures = JSON.parse(fixturesJson!) as Fixtures;
const config = loadConfig({ ...process.env, NEO4J_URI: uri, NEO4J_PASSWORD: undefined, NEO4J_DATABASE: undefined }).neo4j;
const driver = createDriver(config);

let server;
if (kind === 'ours') {
  const db = new Database(driver, config.database, config.queryTimeoutMs);
  server = createHttpServer({ db, logger: pino({ level: 'warn' }) });
} else if (kind === 'peer') {
  const neoSchema = new Neo4jGraphQL({ typeDefs: peerTypeDefs(fixtures.pathLabels), driver });
  const yoga = createYoga({ schema: await neoSchema.getSchema(), graphqlEndpoint: '/graphql', logging: 'warn', landingPage: false, graphiql: false });
  server = createServer(yoga);
} else if (kind === 'floor') {
  const queries = new Map(benchQueries(fixtures).map((q) => [q.name, q.floor]));
  server = createServer((req: IncomingMessage, res: ServerResponse) => {
    req.resume();
    req.once('end', async () => {
      const query = queries.get(req.url?.split('/').at(-1) ?? '');
      if (!query) {
        res.writeHead(404).end();
        return;
      }
      const session = driver.session({ database: config.database, defaultAccessMode: 'READ' });
      try {
        const result = await session.executeRead((tx) => tx.run(query.cypher, query.params));
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data: result.records.map((r) => r.toObject()) }));
      } catch (error) {
        res.writeHead(500).end(JSON.stringify({ errors: [{ message: (error as Error).message }] }));
      } finally {
        await session.close();
      }
    });
  });
} else {
  throw new Error(`unknown server kind ${kind}`);
}
server.listen(port, '127.0.0.1', () => process.stdout.write('ready\n'));
// Exit at once: the parent measures nothing after this, and --cpu-prof writes its profile on exit.
process.once('SIGTERM', () => process.exit(0));
