import type { Driver } from 'neo4j-driver';
import { isLoopbackUri, type Neo4jConfig } from '../config.js';
import { Database } from './database.js';
import { createDriver } from './driver.js';
import { probeBolt, startLocalNeo4j } from './local-neo4j.js';

export interface Connection {
  db: Database;
  driver: Driver;
  close(): Promise<void>;
}

/**
 * Connects to the configured Neo4j. With a loopback URI and nothing answering there, starts
 * the project's local Neo4j first (the "no Neo4j configured" case; NEO4J_START_LOCAL=false
 * turns that off); a remote URI is used as is. The driver connects lazily, so a database
 * that is down now is no reason to fail here.
 */
export async function connect(config: Neo4jConfig, log: (message: string) => void = () => {}): Promise<Connection> {
  if (config.startLocal && isLoopbackUri(config.uri) && (await probeBolt(config)) !== 'ok') await startLocalNeo4j(config, log);
  const driver = createDriver(config);
  return {
    driver,
    db: new Database(driver, config.database, config.queryTimeoutMs),
    close: () => driver.close(),
  };
}
