import type { EdgeRecord, NodeRecord, Properties } from '../graph-records.js';
import { mergeProperties } from '../load/merge-rule.js';

/**
 * Merging records in memory the way the loader's MERGE merges them in the graph (properties by
 * the merge rule, aliases and sources as sets): the loader folds repeats within a batch with
 * it, and the bulk path, which writes each node and relationship exactly once, everything.
 */

export function nodeKey(node: Pick<NodeRecord, 'label' | 'id'>): string {
  return `${node.label}|${node.id}`;
}

export function edgeKey(edge: EdgeRecord): string {
  return `${edge.type}|${edge.from.label}|${edge.from.id}|${edge.to.label}|${edge.to.id}|${edge.key}`;
}

export function mergeNode(a: NodeRecord, b: NodeRecord): NodeRecord {
  return {
    label: a.label,
    id: a.id,
    props: mergeProperties(a.props, b.props),
    aliases: union(a.aliases, b.aliases),
    sources: union(a.sources, b.sources),
  };
}

export function mergeEdge(a: EdgeRecord, b: EdgeRecord): EdgeRecord {
  return { ...a, props: mergeProperties(a.props, b.props) };
}

/** A node's properties as stored: its own, then aliases and sources as sorted sets. */
export function storedNodeProperties(node: NodeRecord): Properties {
  return { ...withoutNulls(node.props), aliases: sortedSet(node.aliases), sources: sortedSet(node.sources) };
}

export function withoutNulls(props: Properties): Properties {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** Merges records into a map keyed by identity. */
export class RecordMap<T> {
  readonly items = new Map<string, T>();

  constructor(
    private readonly keyOf: (item: T) => string,
    private readonly merge: (a: T, b: T) => T,
  ) {}

  add(item: T): void {
    const key = this.keyOf(item);
    const existing = this.items.get(key);
    this.items.set(key, existing ? this.merge(existing, item) : item);
  }

  /** Removes and returns the record with this key, if any. */
  take(key: string): T | undefined {
    const item = this.items.get(key);
    if (item !== undefined) this.items.delete(key);
    return item;
  }
}

function union(a: string[] | undefined, b: string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

// Code-point order, as the loader's Cypher (ORDER BY) sorts.
function sortedSet(items: string[] | undefined): string[] {
  return [...new Set(items ?? [])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
