import { EDGE_TYPES, type EdgeType } from './graph-records.js';
import { NODE_TYPES, type NodeLabel } from './node-types.js';

/**
 * The closed lists every Cypher string is built from, all derived from the node type
 * declarations: labels and relationship types cannot be parameters, so they come only from
 * here (never from user input); values always travel as parameters.
 */

type NodeType = (typeof NODE_TYPES)[number];

export const NODE_LABELS = NODE_TYPES.map((type) => type.label);

/** Named entities: nodes with `name`, `aliases`, and ids `${keyPrefix}:${slug}`. */
export type EntityLabel = Extract<NodeType, { named: true }>['label'];
export const ENTITY_LABELS = NODE_TYPES.filter((type): type is Extract<NodeType, { named: true }> => type.named).map((type) => type.label);

/** The entity types text extraction types names into. */
export type ExtractedLabel = Extract<NodeType, { extracted: true }>['label'];
export const EXTRACTED_LABELS = NODE_TYPES.filter((type): type is Extract<NodeType, { extracted: true }> => type.extracted).map((type) => type.label);

/** Who can be evaluated, and on what. */
export type SubjectLabel = Extract<NodeType, { evaluation: 'subject' }>['label'];
export type TargetLabel = Extract<NodeType, { evaluation: 'target' }>['label'];
export const SUBJECT_LABELS = NODE_TYPES.filter((type): type is Extract<NodeType, { evaluation: 'subject' }> => 'evaluation' in type && type.evaluation === 'subject').map(
  (type) => type.label,
);
export const TARGET_LABELS = NODE_TYPES.filter((type): type is Extract<NodeType, { evaluation: 'target' }> => 'evaluation' in type && type.evaluation === 'target').map(
  (type) => type.label,
);

export function isNodeLabel(value: string): value is NodeLabel {
  return NODE_LABELS.some((label) => label === value);
}

export function isEntityLabel(value: string): value is EntityLabel {
  return ENTITY_LABELS.some((label) => label === value);
}

export function isSubjectLabel(value: string): value is SubjectLabel {
  return SUBJECT_LABELS.some((label) => label === value);
}

export function isTargetLabel(value: string): value is TargetLabel {
  return TARGET_LABELS.some((label) => label === value);
}

function isEdgeType(value: string): value is EdgeType {
  return EDGE_TYPES.some((type) => type === value);
}

/** `A|B|C` label or type expression, from closed lists only. */
export function alternatives(values: readonly (NodeLabel | EdgeType)[]): string {
  for (const value of values) {
    if (!isNodeLabel(value) && !isEdgeType(value)) throw new Error(`not a known label or type: ${value}`);
  }
  return values.join('|');
}

/**
 * The label a canonical key belongs to: entity and paper keys carry their type's key prefix
 * (`method:dpo`, `paper:...`); repository keys are URLs.
 */
export function labelOfKey(key: string): NodeLabel | undefined {
  const prefix = /^([a-z]+):/.exec(key)?.[1];
  if (prefix === undefined) return undefined;
  if (prefix === 'http' || prefix === 'https') return NODE_TYPES.find((type) => type.keyPrefix === null)?.label;
  return NODE_TYPES.find((type) => type.keyPrefix === prefix)?.label;
}

export type { EdgeType, NodeLabel };
export { EDGE_TYPES };
