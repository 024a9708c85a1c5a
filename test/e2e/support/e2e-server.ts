import path from 'node:path';
import { inject } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import { freePort } from '../../support/free-port.js';
import { startServerProcess, waitFor, type ServerProcess } from '../../support/server-process.js';
import { connectTestDb, resetGraph } from '../../support/test-db.js';

export const EVALUATION_TABLES = ['chexpert', 'eff', 'nlp-progress', 'snli'].map((name) =>
  path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', `${name}.json`),
);

/**
 * The real server (src/main.ts) as a child process on the test Neo4j, ready to serve: with
 * `fresh`, the graph is emptied first so the server ingests the default corpus on start.
 */
export async function startE2EServer(options: { fresh: boolean }): Promise<ServerProcess> {
  const neo4j = inject('neo4j');
  if (options.fresh) {
    const test = connectTestDb();
    try {
      await resetGraph(test.db);
    } finally {
      await test.close();
    }
  }
  const server = startServerProcess(
    {
      NEO4J_URI: neo4j.uri,
      NEO4J_USER: neo4j.user,
      NEO4J_PASSWORD: neo4j.password,
      NEO4J_DATABASE: neo4j.database,
      NEO4J_START_LOCAL: 'false',
    },
    await freePort(),
  );
  const ready = async () => (await fetch(`${server.url}/health/ready`)).status === 200;
  await waitFor(ready, 240_000, 'the server to be ready (default corpus ingested)', server.output);
  return server;
}

export async function stopE2EServer(server: ServerProcess | undefined): Promise<void> {
  if (!server) return;
  server.child.kill('SIGTERM');
  await server.exited;
}
