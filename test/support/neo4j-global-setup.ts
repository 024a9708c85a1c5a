import type { TestProject } from 'vitest/node';
import { loadConfig, type Neo4jConfig } from '../../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../../src/db/local-neo4j.js';
import { isLoopbackUri } from '../../src/config.js';

/**
 * Integration tests run against a real Neo4j of their own, apart from the development one
 * (they empty the graph): NEO4J_TEST_URI (default bolt://127.0.0.1:7688) with its data in
 * NEO4J_TEST_DATA_DIR (default .neo4j-test). A loopback one that does not answer is started
 * here and stopped afterwards; NEO4J_TEST_KEEP=1 leaves it running for the next run.
 */
declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConfig;
  }
}

export default async function setup(project: TestProject) {
  const config = loadConfig({
    ...process.env,
    NEO4J_URI: process.env.NEO4J_TEST_URI ?? 'bolt://127.0.0.1:7688',
    NEO4J_DATA_DIR: process.env.NEO4J_TEST_DATA_DIR ?? '.neo4j-test',
    NEO4J_PASSWORD: process.env.NEO4J_TEST_PASSWORD ?? process.env.NEO4J_PASSWORD,
  }).neo4j;
  project.provide('neo4j', config);

  const log = (message: string) => console.log(`[test neo4j] ${message}`);
  const { started } = isLoopbackUri(config.uri) ? await startLocalNeo4j(config, log) : { started: false };
  return async () => {
    if (started && process.env.NEO4J_TEST_KEEP !== '1') await stopLocalNeo4j(config, log);
  };
}
