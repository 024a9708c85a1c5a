import { alternatives, ENTITY_LABELS, SUBJECT_LABELS, TARGET_LABELS, type EdgeType, type NodeLabel } from '../../core/labels.js';

/**
 * The groups of labels and relationship types the graph queries match, each spelled once as a
 * Cypher pattern expression built from core's closed lists: `(t:${ANY_TARGET})`.
 */

/** How papers link to the entities they are about: "the papers of an entity" counts any of these. */
const PAPER_LINK_TYPES = ['PROPOSES', 'MENTIONS', 'EVALUATES_ON', 'ADDRESSES'] as const satisfies readonly EdgeType[];

export const ANY_ENTITY = alternatives(ENTITY_LABELS);
export const ANY_SUBJECT = alternatives(SUBJECT_LABELS);
export const ANY_TARGET = alternatives(TARGET_LABELS);
export const ANY_PAPER_LINK = alternatives(PAPER_LINK_TYPES);

/** `value` as one of `labels`, or undefined when it is none of them. */
export function labelIn<L extends NodeLabel>(labels: readonly L[], value: string | undefined): L | undefined {
  return labels.find((label) => label === value);
}
