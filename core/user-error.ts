/**
 * Errors meant for users: bad configuration, bad input, a local database that cannot start.
 * Commands print their message as one line and exit; anything else is a bug and keeps its
 * stack trace for whoever reports it.
 */
export class UserError extends Error {
  override name = 'UserError';
}

/** Driver errors that mean no connection could be made or kept (not a transient deadlock). */
const UNREACHABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired']);
// The driver's pool timeout has no code, only this message (a database that accepts TCP but does not answer).
const ACQUISITION_TIMEOUT = /^Connection acquisition timed out in \d+ ms/;

/** The one-line message for an error a user can act on, or undefined for a bug. */
export function userMessage(error: unknown): string | undefined {
  if (error instanceof UserError) return error.message;
  if (!(error instanceof Error)) return undefined;
  const code = 'code' in error && typeof error.code === 'string' ? error.code : '';
  if (UNREACHABLE_CODES.has(code) || ACQUISITION_TIMEOUT.test(error.message)) {
    return `cannot reach Neo4j: ${error.message.split('\n')[0]}`;
  }
  if (code.startsWith('Neo.ClientError.Security')) return `Neo4j refused the credentials: ${error.message}`;
  return undefined;
}
