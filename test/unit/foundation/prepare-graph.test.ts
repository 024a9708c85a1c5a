import { createServer, type Server, type Socket } from 'node:net';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Database } from '../../../src/db/database.js';
import { prepareGraph } from '../../../src/prepare-graph.js';

/** A port that accepts TCP connections and never answers: a database still starting up. */
let silent: Server;
const sockets: Socket[] = [];
beforeAll(async () => {
  silent = createServer((socket) => sockets.push(socket));
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

describe('prepareGraph', () => {
  it('keeps retrying while the database accepts connections but does not answer, instead of failing', async () => {
    const port = (silent.address() as { port: number }).port;
    const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'secret'), {
      connectionAcquisitionTimeout: 200,
      connectionTimeout: 10_000,
    });
    const lines: string[] = [];
    const logger = pino({ level: 'warn' }, { write: (line: string) => lines.push(line) });
    const stop = new AbortController();
    const preparing = prepareGraph(new Database(driver, 'neo4j', 1_000), logger, stop.signal);
    try {
      const deadline = Date.now() + 5_000;
      while (!lines.some((line) => line.includes('retrying')) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(lines.join('')).toMatch(/Neo4j is unavailable \(Connection acquisition timed out.*retrying/);
    } finally {
      stop.abort();
      await preparing; // resolves (not rejects) once the retry wait is over
      await driver.close();
    }
  }, 20_000);
});
