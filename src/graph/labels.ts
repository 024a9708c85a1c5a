import { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel } from '../../ingest/graph-records.js';

/**
 * The closed lists every Cypher string is built from: labels and relationship types cannot be
 * parameters, so they come only from here (never from user input); values always travel as
 * parameters.
 */
export { EDGE_TYPES, NODE_LABELS, type EdgeType, type NodeLabel };

/** Named entities: nodes with `name`, `aliases`, and ids `${label.toLowerCase()}:${slug}`. */
export const ENTITY_LABELS = ['Method', 'Model', 'Dataset', 'Benchmark', 'Task', 'Metric'] as const satisfies readonly NodeLabel[];
export type EntityLabel = (typeof ENTITY_LABELS)[number];

/** Who can be evaluated, and on what. */
export const SUBJECT_LABELS = ['Method', 'Model'] as const satisfies readonly EntityLabel[];
export const TARGET_LABELS = ['Benchmark', 'Dataset'] as const satisfies readonly EntityLabel[];
export type SubjectLabel = (typeof SUBJECT_LABELS)[number];
export type TargetLabel = (typeof TARGET_LABELS)[number];

export function isNodeLabel(value: string): value is NodeLabel {
  return (NODE_LABELS as readonly string[]).includes(value);
}

export function isEntityLabel(value: string): value is EntityLabel {
  return (ENTITY_LABELS as readonly string[]).includes(value);
}

/** `A|B|C` label or type expression, from closed lists only. */
export function alternatives(values: readonly (NodeLabel | EdgeType)[]): string {
  for (const value of values) {
    if (!isNodeLabel(value) && !(EDGE_TYPES as readonly string[]).includes(value)) throw new Error(`not a known label or type: ${value}`);
  }
  return values.join('|');
}

/**
 * The label a canonical key belongs to: entity and paper keys carry it as a prefix
 * (`method:dpo`, `paper:...`); repository keys are URLs.
 */
export function labelOfKey(key: string): NodeLabel | undefined {
  const prefix = /^([a-z]+):/.exec(key)?.[1];
  if (prefix === undefined) return undefined;
  if (prefix === 'http' || prefix === 'https') return 'Repo';
  return NODE_LABELS.find((label) => label.toLowerCase() === prefix);
}
