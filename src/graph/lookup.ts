import { slug } from '../../ingest/resolve/slug.js';
import type { Database } from '../db/database.js';
import { alternatives, isEntityLabel, type EntityLabel, type NodeLabel } from './labels.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';
import { nameCandidates } from './search.js';

/**
 * A node by name or alias, ignoring case, hyphens, spacing and accents ("MT Bench" finds
 * `benchmark:mt-bench`, "direct preference optimization" finds DPO by its full name), among
 * entity labels in order of preference. First the ids the loader would have given that name
 * (index seeks, one query), then full-text candidates compared by slug with every name a node
 * carries (one query). The loader stores no slug list to index, so this is the fast way.
 */
export async function nodeByName(db: Database, labels: NodeLabel | readonly NodeLabel[], name: string): Promise<NodeRow | null> {
  const wanted = slug(name);
  const entityLabels = (typeof labels === 'string' ? [labels] : labels).filter(isEntityLabel);
  if (wanted === '' || entityLabels.length === 0) return null;
  const direct = await nodesByGuessedIds(db, entityLabels, wanted);
  if (direct) return direct;
  const candidates = await nameCandidates(db, entityLabels, name, 50);
  for (const label of entityLabels) {
    const found = candidates.find((candidate) => candidate.label === label && namesOf(candidate).some((known) => slug(known) === wanted));
    if (found) return found;
  }
  return null;
}

async function nodesByGuessedIds(db: Database, labels: readonly EntityLabel[], key: string): Promise<NodeRow | null> {
  const seeks = labels.map((label, rank) => `MATCH (n:${alternatives([label])} {id: $${label}}) RETURN ${nodeMap('n')} AS node, ${rank} AS rank`);
  const params = Object.fromEntries(labels.map((label) => [label, `${label.toLowerCase()}:${key}`]));
  const rows = await db.read(`CALL () { ${seeks.join(' UNION ALL ')} } RETURN node ORDER BY rank LIMIT 1`, params);
  return rows[0] ? toNodeRow(rows[0].node as Record<string, unknown>) : null;
}

function namesOf(node: NodeRow): string[] {
  if (node.label === 'Paper') return [node.title];
  if (node.label === 'Repo') return [node.url, `${node.owner}/${node.name}`];
  return [node.name, ...(node.fullName ? [node.fullName] : []), ...node.aliases];
}
