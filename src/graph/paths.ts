import type { Database } from '../db/database.js';
import { alternatives, type EdgeType, type NodeLabel } from '../../core/labels.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';

export interface PathStepRow {
  type: EdgeType;
  fromId: string;
  toId: string;
}

export interface PathRow {
  nodes: NodeRow[];
  relationships: PathStepRow[];
}

/** Hop bounds a caller may ask for; the bound is part of the Cypher text, so it comes from here. */
export const MAX_PATH_HOPS = 6;

/** The shortest connection between two nodes, in either direction along any relationship, or null. */
export async function shortestPath(
  db: Database,
  from: { label: NodeLabel; id: string },
  to: { label: NodeLabel; id: string },
  maxHops: number,
): Promise<PathRow | null> {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`maxHops must be 1..${MAX_PATH_HOPS}`);
  if (from.label === to.label && from.id === to.id) {
    const [row] = await db.read(`MATCH (a:${alternatives([from.label])} {id: $id}) RETURN ${nodeMap('a')} AS node`, { id: from.id });
    return row ? { nodes: [toNodeRow(row.node as Record<string, unknown>)], relationships: [] } : null;
  }
  const [row] = await db.read(
    `MATCH (a:${alternatives([from.label])} {id: $from}), (b:${alternatives([to.label])} {id: $to})
     MATCH p = shortestPath((a)-[*..${maxHops}]-(b))
     RETURN [x IN nodes(p) | ${nodeMap('x')}] AS nodes,
            [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS relationships`,
    { from: from.id, to: to.id },
  );
  if (!row) return null;
  return {
    nodes: (row.nodes as Array<Record<string, unknown>>).map(toNodeRow),
    relationships: row.relationships as PathStepRow[],
  };
}
