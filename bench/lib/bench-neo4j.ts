import { rmSync } from 'node:fs';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT, type Neo4jConfig } from '../../src/config.js';
import { Database } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { localNeo4jStatus, probeBolt, startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';

/**
 * A Neo4j of the benchmark's own: its own port and home, so it never touches a developer's or
 * a test's database, and a bigger heap and page cache than the default (NEO4J_HEAP and
 * NEO4J_PAGECACHE win when set).
 */

export interface BenchNeo4jOptions {
  port: number;
  /** Home directory name under the project root (.neo4j-bench...). */
  home: string;
  /** Delete the home first: an empty database. */
  fresh: boolean;
  log?: (message: string) => void;
}

export interface BenchNeo4j {
  config: Neo4jConfig;
  start(): Promise<Database>;
  stop(): Promise<void>;
}

export function benchNeo4j(options: BenchNeo4jOptions): BenchNeo4j {
  process.env.NEO4J_HEAP ||= '3g';
  process.env.NEO4J_PAGECACHE ||= '2g';
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: `bolt://127.0.0.1:${options.port}`,
    NEO4J_DATA_DIR: options.home,
    NEO4J_PASSWORD: undefined,
    NEO4J_DATABASE: undefined,
    // Writes of a big batch may take longer than the API's read timeout.
    NEO4J_QUERY_TIMEOUT_MS: '120000',
  }).neo4j;
  const log = options.log ?? (() => {});
  let driver: ReturnType<typeof createDriver> | undefined;
  return {
    config,
    async start() {
      if (options.fresh && !driver) {
        await stopLocalNeo4j(config, log);
        rmSync(path.resolve(PROJECT_ROOT, options.home), { recursive: true, force: true });
        options.fresh = false;
      }
      // startLocalNeo4j uses whatever answers on the port; a benchmark must never write into a
      // Neo4j it did not start (another developer's or a test's), so that is an error here.
      if (!(await localNeo4jStatus(config)).running && (await probeBolt(config)) !== 'down') {
        throw new Error(`a Neo4j this benchmark did not start answers on ${config.uri}: pick another --port`);
      }
      await startLocalNeo4j(config, log);
      driver = createDriver(config);
      return new Database(driver, config.database, config.queryTimeoutMs);
    },
    async stop() {
      await driver?.close();
      driver = undefined;
      await stopLocalNeo4j(config, log);
    },
  };
}
