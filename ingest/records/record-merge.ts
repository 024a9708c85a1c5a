import type { EdgeRecord, NodeRecord, Properties } from '../../core/graph-records.js';
import { mergeProperties, replaces } from './merge-rule.js';
import { nameKeysOf } from './name-keys.js';

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
  const nameKeys = nameKeysOf(a) && union(nameKeysOf(a), nameKeysOf(b));
  return {
    label: a.label,
    id: a.id,
    props: mergeProperties(a.props, b.props),
    aliases: union(a.aliases, b.aliases),
    sources: union(a.sources, b.sources),
    ...(nameKeys ? { nameKeys } : {}),
  };
}

export function mergeEdge(a: EdgeRecord, b: EdgeRecord): EdgeRecord {
  return { ...a, props: mergeProperties(a.props, b.props) };
}

/** A node's properties as stored: its own, then aliases, sources and name keys as sorted sets. */
export function storedNodeProperties(node: NodeRecord): Properties {
  const nameKeys = nameKeysOf(node);
  return {
    ...withoutNulls(node.props),
    aliases: sortedSet(node.aliases),
    sources: sortedSet(node.sources),
    ...(nameKeys ? { nameKeys: sortedSet(nameKeys) } : {}),
  };
}

export function withoutNulls(props: Properties): Properties {
  // Most records have no null to drop: they are returned as they are, with no copy made.
  for (const key in props) {
    if (props[key] === null || props[key] === undefined) return copyWithoutNulls(props);
  }
  return props;
}

function copyWithoutNulls(props: Properties): Properties {
  const kept: Properties = {};
  for (const key in props) {
    const value = props[key];
    if (value !== null && value !== undefined) kept[key] = value;
  }
  return kept;
}

/** mergeNode, but into `target` (which must own its props and lists): no new objects per merge. */
export function mergeNodeInto(target: NodeRecord, b: NodeRecord): void {
  mergePropertiesInto(target.props, b.props);
  target.aliases = addMissing(target.aliases, b.aliases);
  target.sources = addMissing(target.sources, b.sources);
  if (target.nameKeys) target.nameKeys = addMissing(target.nameKeys, nameKeysOf(b));
}

/** mergeEdge, but into `target`: a new props object, since edges of one paper share theirs. */
export function mergeEdgeInto(target: EdgeRecord, b: EdgeRecord): void {
  target.props = mergeProperties(target.props, b.props);
}

/** A copy that owns what mergeNodeInto changes (records may share props with others). */
export function ownNode(node: NodeRecord): NodeRecord {
  const nameKeys = nameKeysOf(node);
  return {
    ...node,
    props: { ...node.props },
    aliases: node.aliases && [...node.aliases],
    sources: node.sources && [...node.sources],
    ...(nameKeys ? { nameKeys } : {}),
  };
}

/** For records nothing else holds (edges: mergeEdgeInto replaces their props, never changes them). */
export function keep<T>(item: T): T {
  return item;
}

/**
 * Merges records into a map keyed by identity, in place: the bulk path merges millions of
 * repeats (every mention of an entity), and a new record per merge was most of its garbage.
 */
export class RecordMap<T> {
  readonly items = new Map<string, T>();

  constructor(
    private readonly keyOf: (item: T) => string,
    private readonly own: (item: T) => T,
    private readonly mergeInto: (target: T, item: T) => void,
  ) {}

  add(item: T): void {
    const key = this.keyOf(item);
    const existing = this.items.get(key);
    if (existing) this.mergeInto(existing, item);
    else this.items.set(key, this.own(item));
  }

  /** Removes and returns every record, in the order their keys first came. */
  takeAll(): T[] {
    const all = [...this.items.values()];
    this.items.clear();
    return all;
  }

  /** Removes and returns the record with this key, if any. */
  take(key: string): T | undefined {
    const item = this.items.get(key);
    if (item !== undefined) this.items.delete(key);
    return item;
  }
}

function mergePropertiesInto(target: Properties, b: Properties): void {
  for (const key in b) {
    if (replaces(target[key], b[key])) target[key] = b[key]!;
  }
}

function addMissing(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!b || b.length === 0) return a;
  const list = a ?? [];
  for (const item of b) if (!list.includes(item)) list.push(item);
  return list;
}

function union(a: string[] | undefined, b: string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])];
}

// Code-point order, as the loader's Cypher (ORDER BY) sorts.
function sortedSet(items: string[] | undefined): string[] {
  return [...new Set(items ?? [])].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
}
