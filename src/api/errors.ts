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
    const original = originalOf(error);
    const code = codeOf(original);
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

/** The error a resolver threw, inside the GraphQLError that carries it (of either graphql build). */
function originalOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null && 'originalError' in error && error.originalError != null ? error.originalError : error;
}

function codeOf(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string' ? error.code : '';
}
