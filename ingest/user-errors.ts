import { ConfigError } from '../src/config.js';
import { LocalNeo4jError } from '../src/db/local-neo4j.js';
import { InputError } from './input-error.js';

/**
 * The one-line message for an error a user can act on, or undefined for a bug (which keeps
 * its stack trace for whoever reports it).
 */
export function userMessage(error: unknown): string | undefined {
  if (error instanceof InputError || error instanceof ConfigError || error instanceof LocalNeo4jError) return error.message;
  const code = (error as { code?: string } | undefined)?.code ?? '';
  if (code === 'ServiceUnavailable' || code === 'SessionExpired') {
    return `cannot reach Neo4j: ${(error as Error).message.split('\n')[0]}`;
  }
  if (code.startsWith('Neo.ClientError.Security')) return `Neo4j refused the credentials: ${(error as Error).message}`;
  return undefined;
}
