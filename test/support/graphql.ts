import { pino } from 'pino';
import type { Database } from '../../src/db/database.js';
import { createGraphQLHandler } from '../../src/api/server.js';

export interface GraphQLResponse<T = Record<string, any>> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** Runs GraphQL requests through the real yoga handler in-process (no port needed). */
export function graphqlClient(db: Database, dbForRequest?: (request: Request) => Database, options: { compileNestedHops?: boolean; readAllProperties?: boolean } = {}) {
  const yoga = createGraphQLHandler({ db, logger: pino({ level: 'silent' }), ...(dbForRequest ? { dbForRequest } : {}), ...options });
  return async function query<T = Record<string, any>>(document: string, variables: Record<string, unknown> = {}, operationName?: string): Promise<GraphQLResponse<T>> {
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: document, variables, ...(operationName ? { operationName } : {}) }),
    });
    return (await response.json()) as GraphQLResponse<T>;
  };
}
