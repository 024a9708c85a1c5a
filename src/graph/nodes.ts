import type { Database } from '../db/database.js';
import { alternatives, type NodeLabel } from '../../core/labels.js';
import { byKeys } from './params.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';
import { read, type Statement } from './statement.js';

export function nodesByIdsQuery(label: NodeLabel, ids: readonly string[]): Statement {
  return { cypher: `UNWIND $ids AS id MATCH (n:${alternatives([label])} {id: id}) RETURN ${nodeMap('n')} AS node`, params: { ids } };
}

/** Nodes of one label by canonical key, one batched query, in the order asked (gaps undefined). */
export async function nodesByIds(db: Database, label: NodeLabel, ids: readonly string[]): Promise<(NodeRow | undefined)[]> {
  const rows = await read(db, nodesByIdsQuery(label, ids));
  return byKeys(ids, rows.map((row) => toNodeRow(row.node as Record<string, unknown>)), (node) => node.id);
}

/** Nodes of any label by key: the label comes from the key's prefix, so each lookup uses its id index. */
export async function nodesByKeys(db: Database, keys: ReadonlyArray<{ label: NodeLabel; id: string }>): Promise<(NodeRow | undefined)[]> {
  const byLabel = new Map<NodeLabel, string[]>();
  for (const { label, id } of keys) byLabel.set(label, [...(byLabel.get(label) ?? []), id]);
  const found = new Map<string, NodeRow>();
  await Promise.all(
    [...byLabel].map(async ([label, ids]) => {
      for (const row of await nodesByIds(db, label, ids)) if (row) found.set(`${label}|${row.id}`, row);
    }),
  );
  return keys.map(({ label, id }) => found.get(`${label}|${id}`));
}
