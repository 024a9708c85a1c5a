import { GraphQLError } from 'graphql';
import { maskError } from 'graphql-yoga';
import { isRetryableError, Neo4jError } from 'neo4j-driver';
import type { Logger } from 'pino';

/** Neo4j driver error codes that mean "the database cannot be reached right now". */
const UNAVAILABLE_CODES = new Set([
  'ServiceUnavailable',
  'SessionExpired',
  'Neo.TransientError.General.DatabaseUnavailable',
  // A transaction cut off by a database shutting down.
  'Neo.ClientError.Transaction.Terminated',
  'Neo.TransientError.Transaction.Terminated',
]);
/**
 * The driver's own "no connection within connectionAcquisitionTimeout" error carries no code
 * (`N/A`), only this message: a pool that is exhausted, or a database that accepts connections
 * but does not answer (as while it shuts down). Either way, try again shortly.
 */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out in \d+ ms/;
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
    // Retryable driver errors (connection lost, leader switch, shutdown) mean "try again".
    if (UNAVAILABLE_CODES.has(code) || (code !== '' && isRetryableError(original as Error)) || isAcquisitionTimeout(original)) {
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

function isAcquisitionTimeout(error: unknown): boolean {
  return error instanceof Neo4jError && ACQUISITION_TIMEOUT.test(error.message);
}
