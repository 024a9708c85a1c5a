import neo4j, { type Driver } from 'neo4j-driver';
import type { Neo4jConfig } from '../config.js';

/**
 * One driver per process. Integers come back as JS numbers (counts and years here stay far
 * below 2^53), and acquisition and connection time out fast, so a request during a database
 * outage fails in seconds instead of hanging.
 */
export function createDriver(config: Neo4jConfig): Driver {
  return neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    disableLosslessIntegers: true,
    connectionAcquisitionTimeout: 5_000,
    connectionTimeout: 5_000,
    maxTransactionRetryTime: 5_000,
    maxConnectionPoolSize: 100,
    userAgent: 'research-kg',
  });
}
