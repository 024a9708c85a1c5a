import type { EdgeType, NodeLabel } from '../graph-records.js';

/**
 * The loader's Cypher. Labels and relationship types cannot be parameters, so they come only
 * from the closed lists in graph-records.ts (checked before any statement is built); every
 * value travels as a parameter.
 */

/** Merges nodes by id; aliases and sources become sorted sets, so load order never shows. */
export function nodeStatement(label: NodeLabel): string {
  return `UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
SET n += row.props
SET n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a WITH DISTINCT a ORDER BY a RETURN a },
    n.sources = COLLECT { UNWIND coalesce(n.sources, []) + row.sources AS s WITH DISTINCT s ORDER BY s RETURN s }`;
}

/** Merges edges by endpoints and key; an edge whose endpoint is missing is not created. */
export function edgeStatement(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  return `UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
SET r += row.props`;
}
