import type { Database } from '../db/database.js';
import { FULL_TEXT_INDEXES, NAME_KEY_INDEX } from '../../core/full-text-indexes.js';
import type { NodeLabel } from '../../core/labels.js';
import { luceneQuery } from './lucene.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toNodeRow, type NodeRow } from './rows.js';
import { read, type Statement } from './statement.js';

export interface SearchHitRow {
  node: NodeRow;
  score: number;
}

// The full-text indexes search reads (the name-key index is for exact lookups only).
const INDEXES = FULL_TEXT_INDEXES.filter((index) => index.name !== NAME_KEY_INDEX);

/**
 * Full-text search over names, aliases, titles and abstracts, best score first, across the
 * labels asked; null when nothing can match (no words, no index covering the labels, or no
 * room for hits), so no query is sent.
 */
export function searchNodesQuery(text: string, labels: readonly NodeLabel[], limit: number): Statement | null {
  const query = luceneQuery(text);
  const used = INDEXES.filter((index) => index.labels.some((label) => labels.includes(label)));
  if (query === null || used.length === 0 || limit === 0) return null;
  // Fetch more than asked from each index: hits of labels not asked for are dropped after.
  const parts = used.map(
    ({ name }) => `CALL db.index.fulltext.queryNodes('${name}', $query, {limit: $fetch}) YIELD node, score
       WHERE head(labels(node)) IN $labels RETURN node, score`,
  );
  return {
    cypher: `CALL () { ${parts.join(' UNION ALL ')} }
     WITH node, score ORDER BY score DESC, node.id LIMIT $limit
     RETURN ${nodeMap('node', READ_WITHOUT_SELECTION, labels)} AS node, score`,
    params: { query, labels, fetch: int(limit * 4), limit: int(limit) },
  };
}

export async function searchNodes(db: Database, text: string, labels: readonly NodeLabel[], limit: number): Promise<SearchHitRow[]> {
  const statement = searchNodesQuery(text, labels, limit);
  if (statement === null) return [];
  const rows = await read(db, statement);
  return rows.map((row) => ({ node: toNodeRow(row.node as Record<string, unknown>), score: row.score as number }));
}
