import { isRetryableError, Neo4jError } from 'neo4j-driver';

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
 * but does not answer (as while it starts or shuts down). Either way, try again shortly.
 */
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out in \d+ ms/;

/**
 * Whether an error means "the database cannot serve right now, try again": the API answers it
 * with DATABASE_UNAVAILABLE, and the server's start-up keeps retrying on it.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const code = (error as { code?: unknown } | null | undefined)?.code;
  if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || (code !== '' && isRetryableError(error as Error)))) return true;
  return error instanceof Neo4jError && ACQUISITION_TIMEOUT.test(error.message);
}
