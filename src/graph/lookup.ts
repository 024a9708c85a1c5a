import { slug } from '../../ingest/resolve/slug.js';
import type { Database } from '../db/database.js';
import type { NodeLabel } from './labels.js';
import { nodesByIds } from './nodes.js';
import type { NodeRow } from './rows.js';
import { nameCandidates } from './search.js';

/**
 * A node by name or alias, ignoring case, hyphens, spacing and accents ("MT Bench" finds
 * `benchmark:mt-bench`, "direct preference optimization" finds DPO by its full name). First the
 * id the loader would have given that name (an index seek), then full-text candidates compared
 * by slug with every name the node carries.
 */
export async function nodeByName(db: Database, label: NodeLabel, name: string): Promise<NodeRow | null> {
  const wanted = slug(name);
  if (wanted === '') return null;
  const [direct] = await nodesByIds(db, label, [`${label.toLowerCase()}:${wanted}`]);
  if (direct) return direct;
  for (const candidate of await nameCandidates(db, label, name, 50)) {
    if (namesOf(candidate).some((known) => slug(known) === wanted)) return candidate;
  }
  return null;
}

function namesOf(node: NodeRow): string[] {
  if (node.label === 'Paper') return [node.title];
  if (node.label === 'Repo') return [node.url, `${node.owner}/${node.name}`];
  return [node.name, ...(node.fullName ? [node.fullName] : []), ...node.aliases];
}
