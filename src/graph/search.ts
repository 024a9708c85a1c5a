import type { Database } from '../db/database.js';
import { ENTITY_LABELS, type NodeLabel } from './labels.js';
import { luceneQuery } from './lucene.js';
import { int } from './params.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';

export interface SearchHitRow {
  node: NodeRow;
  score: number;
}

// Each full-text index (schema/neo4j/003-fulltext.cypher) and the labels it covers.
const INDEXES = [
  { index: 'entity_names', labels: ENTITY_LABELS as readonly NodeLabel[] },
  { index: 'paper_text', labels: ['Paper'] as readonly NodeLabel[] },
  { index: 'repo_names', labels: ['Repo'] as readonly NodeLabel[] },
];

/** Full-text search over names, aliases, titles and abstracts, best score first, across the labels asked. */
export async function searchNodes(db: Database, text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHitRow[]> {
  const query = luceneQuery(text);
  const used = INDEXES.filter(({ labels: covered }) => covered.some((label) => labels.includes(label)));
  if (query === null || used.length === 0 || limit === 0) return [];
  // Fetch more than asked from each index: hits of labels not asked for are dropped after.
  const parts = used.map(
    ({ index }) => `CALL db.index.fulltext.queryNodes('${index}', $query, {limit: $fetch}) YIELD node, score
       WHERE head(labels(node)) IN $labels RETURN node, score`,
  );
  const rows = await db.read(
    `CALL () { ${parts.join(' UNION ALL ')} }
     WITH node, score ORDER BY score DESC, node.id LIMIT $limit
     RETURN ${nodeMap('node')} AS node, score`,
    { query, labels, fetch: int(limit * 4), limit: int(limit) },
  );
  return rows.map((row) => ({ node: toNodeRow(row.node as Record<string, unknown>), score: row.score as number }));
}

/** Candidates for a name lookup: full-text hits of the given entity labels on name, full name or alias. */
export async function nameCandidates(db: Database, labels: readonly NodeLabel[], name: string, limit: number): Promise<NodeRow[]> {
  const query = luceneQuery(name);
  if (query === null) return [];
  const rows = await db.read(
    `CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $limit}) YIELD node, score
     WHERE head(labels(node)) IN $labels
     RETURN ${nodeMap('node')} AS node ORDER BY score DESC`,
    { query, labels, limit: int(limit) },
  );
  return rows.map((row) => toNodeRow(row.node as Record<string, unknown>));
}
