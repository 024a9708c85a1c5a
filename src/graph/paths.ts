import type { Database } from '../db/database.js';
import { alternatives, type EdgeType } from '../../core/labels.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';
import type { NodeKey } from './nodes.js';
import { read, type Statement } from './statement.js';

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

/**
 * The shortest connection between two nodes, in either direction along any relationship: its
 * nodes and relationships (one node and none when both ends are the same node).
 */
export function shortestPathQuery(from: NodeKey, to: NodeKey, maxHops: number): Statement {
  if (!Number.isInteger(maxHops) || maxHops < 1 || maxHops > MAX_PATH_HOPS) throw new Error(`maxHops must be 1..${MAX_PATH_HOPS}`);
  if (from.label === to.label && from.id === to.id) {
    return {
      cypher: `MATCH (a:${alternatives([from.label])} {id: $id}) RETURN [${nodeMap('a')}] AS nodes, [] AS relationships`,
      params: { id: from.id },
    };
  }
  return {
    cypher: `MATCH (a:${alternatives([from.label])} {id: $from}), (b:${alternatives([to.label])} {id: $to})
     MATCH p = shortestPath((a)-[*..${maxHops}]-(b))
     RETURN [x IN nodes(p) | ${nodeMap('x')}] AS nodes,
            [r IN relationships(p) | {type: type(r), fromId: startNode(r).id, toId: endNode(r).id}] AS relationships`,
    params: { from: from.id, to: to.id },
  };
}

/** The shortest connection between two nodes, or null when none is at most `maxHops` long. */
export async function shortestPath(db: Database, from: NodeKey, to: NodeKey, maxHops: number): Promise<PathRow | null> {
  const [row] = await read(db, shortestPathQuery(from, to, maxHops));
  if (!row) return null;
  return {
    nodes: (row.nodes as Array<Record<string, unknown>>).map(toNodeRow),
    relationships: row.relationships as PathStepRow[],
  };
}
