import net from 'node:net';
import { describe, expect, inject, it } from 'vitest';
import { LocalNeo4jError, localNeo4jStatus, startLocalNeo4j } from '../../src/db/local-neo4j.js';
import { freePort } from '../support/free-port.js';

describe('local Neo4j start-up failures say why in one line', () => {
  it('refuses a port another program holds', async () => {
    const port = await freePort();
    const squatter = net.createServer((socket) => socket.end());
    await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
    try {
      const config = { ...inject('neo4j'), uri: `bolt://127.0.0.1:${port}`, dataDir: `${inject('neo4j').dataDir}-squatted` };
      const error = await startLocalNeo4j(config).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(LocalNeo4jError);
      expect((error as Error).message).toMatch(new RegExp(`port ${port} is taken .* set NEO4J_URI to another port`));
      expect((error as Error).message.split('\n')).toHaveLength(1);
    } finally {
      squatter.close();
    }
  });

  it('names a wrong password and what to do', async () => {
    const config = { ...inject('neo4j'), password: 'not-the-password' };
    const error = await startLocalNeo4j(config).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LocalNeo4jError);
    expect((error as Error).message).toMatch(/refused user "neo4j" with this password: set NEO4J_PASSWORD/);
  });

  it('reports the running test server as answering', async () => {
    const status = await localNeo4jStatus(inject('neo4j'));
    expect(status.boltAnswers).toBe(true);
  });
});
