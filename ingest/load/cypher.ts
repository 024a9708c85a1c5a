import { KEYED_EDGE_TYPES, type EdgeType, type NodeLabel } from '../../core/graph-records.js';
import { isEntityLabel } from '../../core/labels.js';
import { replacesCypher } from '../records/merge-rule.js';

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

/** `n.<property>` and the row's list as one sorted set, so load order never shows. */
function unitedList(property: string): string {
  return `n.${property} = COLLECT { UNWIND coalesce(n.${property}, []) + row.${property} AS x WITH DISTINCT x ORDER BY x RETURN x }`;
}

/** Merges nodes by id; aliases, sources and (for named entities) name keys become sorted sets. */
export function nodeStatement(label: NodeLabel): string {
  const lists = ['aliases', 'sources', ...(isEntityLabel(label) ? ['nameKeys'] : [])];
  return `${NO_REPLAN}
UNWIND $rows AS row
MERGE (n:${label} {id: row.id})
WITH n, row
${mergeProperties('n')}
SET ${lists.map(unitedList).join(',\n    ')}`;
}

/** Merges edges by endpoints and key; an edge whose endpoint is missing is not created. */
export function edgeStatement(type: EdgeType, from: NodeLabel, to: NodeLabel): string {
  return `${NO_REPLAN}
UNWIND $rows AS row
MATCH (a:${from} {id: row.from})
MATCH (b:${to} {id: row.to})
${KEYED_EDGE_TYPES.includes(type) ? keyedEdge(type) : `MERGE (a)-[r:${type} {key: row.key}]->(b)`}
WITH r, row
${mergeProperties('r')}`;
}

/**
 * MERGE by key for an edge type whose key is indexed: MERGE itself walks the edges between
 * the endpoints (117,000 per row onto a popular model's and benchmark's results at 576k
 * papers); the index finds the few with the row's key. Writing to `a` first takes its lock,
 * as MERGE would, so a concurrent ingest of the same edge waits and then finds it.
 */
function keyedEdge(type: EdgeType): string {
  return `SET a.loaderLock = true REMOVE a.loaderLock
WITH a, b, row
OPTIONAL CALL (a, b, row) {
  MATCH ()-[found:${type} {key: row.key}]->() WHERE startNode(found) = a AND endNode(found) = b
  RETURN found LIMIT 1
}
CALL (a, b, row, found) {
  WITH a, b, row WHERE found IS NULL
  CREATE (a)-[r:${type} {key: row.key}]->(b)
  RETURN r
  UNION
  WITH found WHERE found IS NOT NULL
  RETURN found AS r
}`;
}
