import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Database } from '../db/database.js';
import { isNodeLabel, labelOfKey, type NodeLabel } from '../../core/labels.js';
import { labelIn } from '../graph/labels.js';
import { nodeByName } from '../graph/lookup.js';
import type { NodeKey } from '../graph/nodes.js';

/**
 * What a user may pass to name a node: a Relay global id, a canonical key (`method:dpo`,
 * `paper:...`, a repository URL) or a name or alias of one of the allowed types. Null when
 * nothing of those types answers to it.
 */
export async function resolveNodeInput<L extends NodeLabel>(db: Database, input: string, labels: readonly L[]): Promise<NodeKey<L> | null> {
  const text = input.trim();
  if (text === '') return null;
  const global = globalKey(text);
  if (global) {
    const label = labelIn(labels, global.label);
    return label ? { label, id: global.id } : null;
  }
  const keyed = labelIn(labels, labelOfKey(text));
  if (keyed) return { label: keyed, id: keyed === 'Repo' ? text.toLowerCase() : text };
  const found = await nodeByName(db, labels, text);
  const label = found ? labelIn(labels, found.label) : undefined;
  return found && label ? { label, id: found.id } : null;
}

function globalKey(text: string): NodeKey | null {
  try {
    const { typename, id } = decodeGlobalID(text);
    return isNodeLabel(typename) && id !== '' ? { label: typename, id } : null;
  } catch {
    return null;
  }
}
