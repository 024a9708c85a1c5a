import { createSchema, createYoga, type Plugin } from 'graphql-yoga';

/** A yoga server with one trivial field and the plugins under test, answered in process. */
export function yogaWith(...plugins: Plugin[]) {
  return createYoga({
    schema: createSchema({ typeDefs: 'type Query { hello: String }', resolvers: { Query: { hello: () => 'hi' } } }),
    plugins,
    logging: false,
  });
}
