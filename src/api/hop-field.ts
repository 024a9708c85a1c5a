import type { GraphQLField } from 'graphql';
import type { Hop } from '../graph/neighbours.js';

/**
 * What a hop connection field walks, kept in the field's schema extensions: a parent hop reads
 * it from the schema to compile the field into its own statement (nested-hop-selection.ts).
 */
export class HopFieldSpec {
  constructor(
    readonly hop: Hop,
    /** Whether the field takes a `role` argument narrowing the relationship types. */
    readonly roles: boolean,
  ) {}
}

export const HOP_FIELD_EXTENSION = 'researchKgHop';

export function hopFieldSpec(field: GraphQLField<unknown, unknown>): HopFieldSpec | undefined {
  const spec = field.extensions[HOP_FIELD_EXTENSION];
  return spec instanceof HopFieldSpec ? spec : undefined;
}

/** The side of an evaluation-group field (Method.evaluatedOn, Benchmark.evaluatedMethods), kept in its extensions for a lookup to compile it (node-boards.ts). */
export const EVALUATION_GROUPS_EXTENSION = 'researchKgEvaluationGroups';

export function evaluationGroupsSide(field: GraphQLField<unknown, unknown>): 'subject' | 'target' | undefined {
  const side = field.extensions[EVALUATION_GROUPS_EXTENSION];
  return side === 'subject' || side === 'target' ? side : undefined;
}
