import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { asConnectionLoss } from '../../../src/db/database.js';

describe('driver failures during a connection loss', () => {
  it("read the driver's internal TypeError as a lost connection", () => {
    const internal = new TypeError("Cannot read properties of undefined (reading 'onCompleted')");
    internal.stack = `TypeError: ...\n    at captureStacktrace (/app/node_modules/neo4j-driver-core/lib/result.js:101:17)`;
    const mapped = asConnectionLoss(internal) as Error & { code: string };
    expect(mapped.code).toBe('ServiceUnavailable');
    expect(mapped.cause).toBe(internal);
  });

  it('read a ProtocolError from a write on a socket the database closed as a lost connection', () => {
    // The driver's message and code when Neo4j shuts down under load (seen in the outage test).
    const epipe = new Neo4jError(
      'Failed to connect to server. Please ensure that your database is listening on the correct host and port. Caused by: write EPIPE',
      'ProtocolError',
      '50N42',
      'error: general processing exception - unexpected error.',
    );
    const mapped = asConnectionLoss(epipe) as Error & { code: string };
    expect(mapped.code).toBe('ServiceUnavailable');
    expect(mapped.cause).toBe(epipe);
  });

  it('read "Connection was closed by server" as a lost connection, whatever code its pool gave it', () => {
    const closed = new Neo4jError('Connection was closed by server', 'ProtocolError', '50N42', 'error');
    const mapped = asConnectionLoss(closed) as Error & { code: string };
    expect(mapped.code).toBe('ServiceUnavailable');
    expect(mapped.cause).toBe(closed);
  });

  it('leave every other error as it is', () => {
    const ours = new TypeError('a bug of ours');
    ours.stack = 'TypeError: a bug of ours\n    at resolve (/app/src/api/types/paper.ts:1:1)';
    expect(asConnectionLoss(ours)).toBe(ours);
    const neo = Object.assign(new Error('syntax'), { code: 'Neo.ClientError.Statement.SyntaxError' });
    expect(asConnectionLoss(neo)).toBe(neo);
    const protocol = new Neo4jError('Received RECORD when expecting SUCCESS', 'ProtocolError', '50N42', 'error');
    expect(asConnectionLoss(protocol)).toBe(protocol);
  });
});
