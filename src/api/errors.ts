import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import type { Logger } from 'pino';
import { isDatabaseUnavailable } from '../db/unavailable.js';

const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * What a client sees of an error: GraphQL errors raised on purpose as they are; a database
 * outage or timeout as a clean, retryable error; anything else masked as "Unexpected error."
 * and logged in full for operators. Never a stack trace, a credential or a Cypher text.
 */
export function errorMasker(logger: Logger) {
  return (error: unknown, message: string): Error => {
    const original = (error as { originalError?: unknown }).originalError ?? error;
    const code = (original as { code?: string } | undefined)?.code ?? '';
    // Connection lost or not handed out in time, leader switch, shutdown: "try again".
    if (isDatabaseUnavailable(original)) {
      logger.warn({ code }, 'database unavailable');
      return new GraphQLError('The database is unavailable; try again shortly.', {
        extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 } },
      });
    }
    if (TIMEOUT_CODES.has(code)) {
      logger.warn({ code }, 'query timed out');
      return new GraphQLError('The query took longer than the server allows.', { extensions: { code: 'QUERY_TIMEOUT' } });
    }
    const masked = maskError(error, message, false);
    if (masked !== error) logger.error({ err: original, code }, 'unexpected error');
    return masked;
  };
}
