import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
// Each module adds its type and root fields to the builder.
import './types/evidence.js';
import './types/evaluation.js';
import './types/evaluation-group.js';
import './types/leaderboard.js';
import './types/sota-history.js';
import './types/paper.js';
import './types/repo.js';
import './types/author.js';
import './types/venue.js';
import './types/collection.js';
import './types/area.js';
import './types/method.js';
import './types/model.js';
import './types/dataset.js';
import './types/benchmark.js';
import './types/task.js';
import './types/metric.js';
import './types/comparison.js';
import './types/related.js';
import './types/path.js';
import './types/search.js';
import './types/stats.js';

export const schema: GraphQLSchema = builder.toSchema({ sortSchema: true });

/** The SDL checked in at schema/schema.graphql. */
export function printedSchema(): string {
  return `${printSchema(lexicographicSortSchema(schema))}\n`;
}
