import { userMessage } from '../../core/user-error.js';
import { loadConfig, loadDotEnv } from '../config.js';
import { installLocalNeo4j, localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from './local-neo4j.js';

/** `npm run db:start | db:stop | db:status`: manage the project's local Neo4j. */
const USAGE = `usage: db <install|start|stop|status>

  install resolve Neo4j 5.26 Community from Maven Central into neo4j/lib (start does this too)
  start   resolve Neo4j from Maven Central if needed, start it on the NEO4J_URI port, wait for Bolt
  stop    stop the local Neo4j started from NEO4J_DATA_DIR
  status  say whether it runs and whether Bolt answers with the configured credentials`;

async function main(command: string | undefined): Promise<number> {
  loadDotEnv();
  const config = loadConfig();
  const log = (message: string) => console.log(message);
  switch (command) {
    case 'install':
      installLocalNeo4j(log);
      log('Neo4j jars are in neo4j/lib.');
      return 0;
    case 'start':
      await startLocalNeo4j(config.neo4j, log);
      return 0;
    case 'stop':
      await stopLocalNeo4j(config.neo4j, log);
      return 0;
    case 'status': {
      const status = await localNeo4jStatus(config.neo4j);
      console.log(
        `${status.running ? `running (pid ${status.pid})` : 'not running from this data directory'}; ` +
          `Bolt at ${status.uri} ${status.boltAnswers ? 'answers' : 'does not answer'}; home ${status.home}`,
      );
      return status.boltAnswers ? 0 : 3;
    }
    case '--help':
    case '-h':
      console.log(USAGE);
      return 0;
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv[2]).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message = userMessage(error);
    if (message === undefined) throw error;
    console.error(`error: ${message}`);
    process.exit(1);
  },
);
