import type { NodeLabel } from './node-types.js';

/**
 * The seam between every source and the loader: sources and extraction produce plain node and
 * edge records; the loader writes them with batched, idempotent UNWIND MERGE. A new source
 * only has to produce these.
 */

export type { NodeLabel };

export const EDGE_TYPES = [
  'PROPOSES',
  'MENTIONS',
  'EVALUATES_ON',
  'EVALUATED_ON',
  'HAS_CODE',
  'IMPLEMENTED_IN',
  'VARIANT_OF',
  'ON_DATASET',
  'FOR_TASK',
  'ADDRESSES',
  'AUTHORED_BY',
  'PUBLISHED_IN',
  // (Paper)-[:USES]->(Method|Model): the methods a dump lists for a paper (papers-with-abstracts), as opposed to text-derived MENTIONS.
  'USES',
  // (Method|Model)-[:IN_COLLECTION]->(Collection)-[:IN_AREA]->(Area): the methods taxonomy.
  'IN_COLLECTION',
  'IN_AREA',
  // (Dataset)-[:PART_OF]->(Dataset): a dataset's parent dataset.
  'PART_OF',
] as const;
export type EdgeType = (typeof EDGE_TYPES)[number];

/**
 * The edge types whose records between one pair differ by key (results: one per paper and
 * metric). Their keys are indexed, and the loader finds an edge by key: a popular model and a
 * popular benchmark share thousands of results, too many to walk for every row it writes.
 */
export const KEYED_EDGE_TYPES: readonly EdgeType[] = ['EVALUATED_ON'];

/** Property values Neo4j stores as they are. */
export type PropertyValue = string | number | boolean | string[] | number[] | null;
export type Properties = Record<string, PropertyValue>;

export interface NodeRecord {
  label: NodeLabel;
  /** Canonical id, unique per label (constraint in schema/neo4j). */
  id: string;
  /** Properties set on the node; null values are skipped, so a sparse source never erases a richer one. */
  props: Properties;
  /** Names this node is also known by; merged as a set with what the graph already holds. */
  aliases?: string[];
  /** Source names (seed-text, pwc-evaluation-tables, ...); merged as a set. */
  sources?: string[];
  /**
   * nameKeys of every name the records of a named entity gave (name, fullName, aliases),
   * merged as a set: what lookups by name find it by. Added by the merge, never by sources.
   */
  nameKeys?: string[];
}

export interface EndpointRef {
  label: NodeLabel;
  id: string;
}

export interface EdgeRecord {
  type: EdgeType;
  from: EndpointRef;
  to: EndpointRef;
  /**
   * Identity of the edge between the same two nodes: edges that may occur several times
   * between one pair (EVALUATED_ON per paper and metric) differ in key; most use ''.
   */
  key: string;
  /** Provenance and payload: evidence, extractor, confidence, source, metric, value, ... */
  props: Properties;
}

export interface GraphBatch {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
}
