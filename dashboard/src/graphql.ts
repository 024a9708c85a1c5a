/** The page's only data source: the server's public GraphQL endpoint. */
export const GRAPHQL_ENDPOINT = '/graphql';

export class GraphQLRequestError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(GRAPHQL_ENDPOINT, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json().catch(() => ({}))) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new GraphQLRequestError(body.errors.map((error) => error.message).join('; '));
  if (!response.ok || body.data === undefined) throw new GraphQLRequestError(`GraphQL request failed with HTTP ${response.status}`);
  return body.data;
}
