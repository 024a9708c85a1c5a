import { createServer, type Server, type Socket } from 'node:net';
import { GraphQLError } from 'graphql';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorMasker } from '../../../src/api/errors.js';

/** A port that accepts TCP connections and never answers: a database in the middle of shutting down. */
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

const mask = errorMasker(pino({ level: 'silent' }));

/** The error a query gets from a real driver whose connection is never handed out in time. */
async function acquisitionTimeout(): Promise<Error> {
  const port = (silent.address() as { port: number }).port;
  const driver = neo4j.driver(`bolt://127.0.0.1:${port}`, neo4j.auth.basic('neo4j', 'secret'), {
    connectionAcquisitionTimeout: 200,
    connectionTimeout: 10_000,
  });
  try {
    await driver.executeQuery('RETURN 1');
    throw new Error('expected the query to fail');
  } catch (error) {
    return error as Error;
  } finally {
    await driver.close();
  }
}

describe('errorMasker', () => {
  it('reports a connection acquisition timeout as a clean DATABASE_UNAVAILABLE, not an internal error', async () => {
    const original = await acquisitionTimeout();
    expect(original.message).toMatch(/acquisition timed out/);
    const wrapped = new GraphQLError(original.message, { originalError: original });
    const masked = mask(wrapped, 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('DATABASE_UNAVAILABLE');
    expect(masked.message).not.toMatch(/acquisition|Pool status/);
  });

  it('still masks an error of unknown cause as an internal error', () => {
    const wrapped = new GraphQLError('boom', { originalError: new Error('secret detail') });
    const masked = mask(wrapped, 'Unexpected error.') as GraphQLError;
    expect(masked.extensions.code).toBe('INTERNAL_SERVER_ERROR');
    expect(masked.message).toBe('Unexpected error.');
  });
});
