import { NAME_KEY_INDEX } from '../../core/full-text-indexes.js';
import { alternatives, isEntityLabel, type NodeLabel } from '../../core/labels.js';
import { nameKey } from '../../core/name-key.js';
import { nodeType } from '../../core/node-types.js';
import { slug } from '../../core/slug.js';
import type { Database } from '../db/database.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';

export interface NameLookup {
  cypher: string;
  params: Record<string, unknown>;
}

/**
 * A node by name or alias, by the rule ingest merges names with (core/name-key.ts): case,
 * spaces, hyphens and dots never matter ("GPT4" finds GPT-4, "mtbench" finds MT-Bench), nor
 * accents, which the canonical key drops. Among the labels asked, in their order of
 * preference; within a label the node whose key is the name's own comes first.
 */
export async function nodeByName(db: Database, labels: NodeLabel | readonly NodeLabel[], name: string): Promise<NodeRow | null> {
  const lookup = nameLookup(typeof labels === 'string' ? [labels] : labels, name);
  if (lookup === null) return null;
  const [row] = await db.read(lookup.cypher, lookup.params);
  return row ? toNodeRow(row.node as Record<string, unknown>) : null;
}

/** The one query of a lookup: the name-key index (one exact term), then keys guessed from the name. */
export function nameLookup(labels: readonly NodeLabel[], name: string): NameLookup | null {
  const entityLabels = labels.filter(isEntityLabel);
  const key = nameKey(name);
  if (key === '' || entityLabels.length === 0) return null;
  const ids = entityLabels.map((label) => `${nodeType(label).keyPrefix}:${slug(name)}`);
  return {
    cypher: `CALL () {
  CALL db.index.fulltext.queryNodes('${NAME_KEY_INDEX}', $key) YIELD node
  WHERE $key IN node.nameKeys AND head(labels(node)) IN $labels
  RETURN node
  UNION
  ${entityLabels.map((label, i) => `MATCH (node:${alternatives([label])} {id: $ids[${i}]}) RETURN node`).join('\n  UNION\n  ')}
}
WITH node, head(labels(node)) AS label
ORDER BY [i IN range(0, size($labels) - 1) WHERE $labels[i] = label][0], node.id IN $ids DESC, node.id
LIMIT 1
RETURN ${nodeMap('node')} AS node`,
    params: { key, labels: entityLabels, ids },
  };
}
