import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
// Each module adds its type and root fields to the builder.
import './types/paper.js';
import './types/repo.js';

export const schema: GraphQLSchema = builder.toSchema({ sortSchema: true });

/** The SDL checked in at schema/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
