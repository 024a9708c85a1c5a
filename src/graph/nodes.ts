import type { Database } from '../db/database.js';
import { alternatives, type NodeLabel } from '../../core/labels.js';
import { bothCalls, nestedCalls, nestedPagesFrom, nestedWalkParams, NO_CALLS, type NestedCalls, type NestedHop, type NestedLinkPage } from './nested-hops.js';
import { byKeys } from './params.js';
import { nodeMap, toRowOf, wholeNodeMap, type OptionalProperty, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/** A node named by its label and canonical key. */
export interface NodeKey<L extends NodeLabel = NodeLabel> {
  label: L;
  id: string;
}

export function nodesByIdsQuery(label: NodeLabel, ids: readonly string[]): Statement {
  return { cypher: `UNWIND $ids AS id MATCH (n:${alternatives([label])} {id: id}) RETURN ${wholeNodeMap('n')} AS node`, params: { ids } };
}

/**
 * A node by key with the hop connections selected under it compiled into the same statement
 * (nested-hops.ts), and of its optional properties those in `read`; `more`: other subqueries
 * on the node (its board), their entries returned beside it.
 */
export function nodeByIdWithHopsQuery(
  label: NodeLabel,
  id: string,
  children: readonly NestedHop[],
  read: readonly OptionalProperty[] = [],
  more: NestedCalls = NO_CALLS,
): Statement {
  const nested = bothCalls(nestedCalls(children), more);
  return {
    cypher: `MATCH (m:${alternatives([label])} {id: $id})
${nested.calls.join('\n')}
RETURN ${[`${nodeMap('m', read, [label])} AS node`, ...nested.entries].join(', ')}`,
    params: { id, ...nested.params, ...nestedWalkParams(children) },
  };
}

export async function nodeByIdWithHops<L extends NodeLabel>(
  db: Database,
  label: L,
  id: string,
  children: readonly NestedHop[],
  properties: readonly OptionalProperty[] = [],
  more: NestedCalls = NO_CALLS,
): Promise<{ node: RowOf<L>; children: Array<NestedLinkPage | undefined>; row: Record<string, unknown> } | null> {
  const [row] = await read(db, nodeByIdWithHopsQuery(label, id, children, properties, more));
  return row ? { node: toRowOf(row.node, [label]), children: nestedPagesFrom(row, children), row } : null;
}

/** Nodes of one label by canonical key, one batched query, in the order asked (gaps undefined). */
export async function nodesByIds<L extends NodeLabel>(db: Database, label: L, ids: readonly string[]): Promise<(RowOf<L> | undefined)[]> {
  const rows = await read(db, nodesByIdsQuery(label, ids));
  return byKeys(ids, rows.map((row) => toRowOf(row.node, [label])), (node) => node.id);
}

/** Nodes of any label by key: the label comes from the key's prefix, so each lookup uses its id index. */
export async function nodesByKeys<L extends NodeLabel>(db: Database, keys: ReadonlyArray<NodeKey<L>>): Promise<(RowOf<L> | undefined)[]> {
  const byLabel = new Map<L, string[]>();
  for (const { label, id } of keys) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  const found = new Map<string, RowOf<L>>();
  await Promise.all(
    [...byLabel].map(async ([label, ids]) => {
      for (const row of await nodesByIds(db, label, ids)) if (row) found.set(`${label}|${row.id}`, row);
    }),
  );
  return keys.map(({ label, id }) => found.get(`${label}|${id}`));
}

/** Whether a node of `label` has the key: one index lookup, nothing read (the pages' 404s). */
export function nodeExistsQuery(label: NodeLabel, id: string): Statement {
  return { cypher: `MATCH (n:${alternatives([label])} {id: $id}) RETURN true AS found LIMIT 1`, params: { id } };
}

export async function nodeExists(db: Database, label: NodeLabel, id: string): Promise<boolean> {
  return (await read(db, nodeExistsQuery(label, id))).length > 0;
}
