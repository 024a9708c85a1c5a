import type { NodeLabel } from './node-types.js';
import { NODE_TYPES } from './node-types.js';

export interface FullTextIndex {
  name: string;
  labels: NodeLabel[];
  properties: string[];
  /** Lucene analyzer; Neo4j's default (standard-no-stop-words) where absent. */
  analyzer?: string;
}

/** The index lookups by name use: every name key of every named entity, each key one token. */
export const NAME_KEY_INDEX = 'entity_name_keys';

/**
 * The full-text indexes, derived from the node type declarations: one per declared index name,
 * over the labels that declare it; and the name-key index over every named entity.
 */
export const FULL_TEXT_INDEXES: readonly FullTextIndex[] = [
  ...NODE_TYPES.reduce((indexes, type) => {
    const index = indexes.get(type.fullText.index) ?? { name: type.fullText.index, labels: [], properties: [] };
    index.labels.push(type.label);
    for (const property of type.fullText.properties) if (!index.properties.includes(property)) index.properties.push(property);
    return indexes.set(index.name, index);
  }, new Map<string, FullTextIndex>()).values(),
  { name: NAME_KEY_INDEX, labels: NODE_TYPES.filter((type) => type.named).map((type) => type.label), properties: ['nameKeys'], analyzer: 'keyword' },
];
