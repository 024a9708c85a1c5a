import type { EdgeType, NodeLabel } from '../graph-records.js';
import { replacesCypher } from './merge-rule.js';

/**
 * The loader's Cypher. Labels and relationship types cannot be parameters, so they come only
 * from the closed lists in graph-records.ts (checked before any statement is built); every
 * value travels as a parameter.
 */

/**
 * Sets each incoming property where the merge rule prefers it over the stored one (not
 * `SET n += props`, where the last source to write would win and the graph would depend on the
 * order of files and runs).
 */
function mergeProperties(variable: 'n' | 'r'): string {
  return `CALL (${variable}, row) {
  UNWIND keys(row.props) AS key
  WITH ${variable}, key, ${variable}[key] AS current, row.props[key] AS next
  WHERE ${replacesCypher('current', 'next')}
  SET ${variable}[key] = next
}`;
}

/**
 * Statements are costly to plan and Neo4j replans them as the graph grows during an ingest;
 * skipping that replanning saved 13-25% of load time (bench/loader-batch.ts).
 */
const NO_REPLAN = 'CYPHER replan=skip';

/** Merges nodes by id; aliases and sources become sorted sets, so load order never shows. */
export function nodeStatement(label: NodeLabel): string {
  return `${NO_REPLAN}
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
WITH n, row
${mergeProperties('n')}
SET n.aliases = COLLECT { UNWIND coalesce(n.aliases, []) + row.aliases AS a WITH DISTINCT a ORDER BY a RETURN a },
    n.sources = COLLECT { UNWIND coalesce(n.sources, []) + row.sources AS s WITH DISTINCT s ORDER BY s RETURN s }`;
}

/** Merges edges by endpoints and key; an edge whose endpoint is missing is not created. */
export function edgeStatement(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  return `${NO_REPLAN}
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
MERGE (a)-[r:${type} {key: row.key}]->(b)
WITH r, row
${mergeProperties('r')}`;
}
