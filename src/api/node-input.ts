import { decodeGlobalID } from '@pothos/plugin-relay';
import type { Database } from '../db/database.js';
import { isNodeLabel, labelOfKey, type NodeLabel } from '../../core/labels.js';
import { nodeByName } from '../graph/lookup.js';

export interface NodeKey {
  label: NodeLabel;
  id: string;
}

/**
 * What a user may pass to name a node: a Relay global id, a canonical key (`method:dpo`,
 * `paper:...`, a repository URL) or a name or alias of one of the allowed types. Null when
 * nothing of those types answers to it.
 */
export async function resolveNodeInput(db: Database, input: string, labels: readonly NodeLabel[]): Promise<NodeKey | null> {
  const text = input.trim();
  if (text === '') return null;
  const global = globalKey(text);
  if (global) return labels.includes(global.label) ? global : null;
  const keyed = labelOfKey(text);
  if (keyed && labels.includes(keyed)) return { label: keyed, id: keyed === 'Repo' ? text.toLowerCase() : text };
  const found = await nodeByName(db, labels, text);
  return found ? { label: found.label, id: found.id } : null;
}

function globalKey(text: string): NodeKey | null {
  try {
    const { typename, id } = decodeGlobalID(text);
    return isNodeLabel(typename) && id !== '' ? { label: typename, id } : null;
  } catch {
    return null;
  }
}
