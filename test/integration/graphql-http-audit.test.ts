import { serverAudits } from 'graphql-http';
import { afterAll, describe, expect, it } from 'vitest';
import { pino } from 'pino';
import { createGraphQLHandler } from '../../src/api/server.js';
import { connectTestDb } from '../support/test-db.js';

/**
 * The GraphQL-over-HTTP audit suite that ships with graphql-http, run against the real yoga
 * handler. Every audit, recommendations included, must pass: none is deliberately skipped.
 */

const { db, close } = connectTestDb();
const yoga = createGraphQLHandler({ db, logger: pino({ level: 'silent' }) });
const audits = serverAudits({ url: 'http://localhost/graphql', fetchFn: yoga.fetch });

describe('GraphQL over HTTP conformance (graphql-http server audits)', () => {
  afterAll(close);

  it.each(audits.map((audit) => [audit.name, audit] as const))('%s', async (_name, audit) => {
    const result = await audit.fn();
    expect(result.status, 'reason' in result ? result.reason : '').toBe('ok');
  });
});
