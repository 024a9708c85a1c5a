import type { NodeRecord } from '../../core/graph-records.js';
import { isEntityLabel } from '../../core/labels.js';
import { nameKey } from '../../core/name-key.js';

/**
 * The keys a named entity is looked up by: those it has gathered so far plus those of the
 * names this record gives. Every name any source gave counts, including one the merge rule
 * did not keep as `name`, so a lookup finds the node by any spelling ingest merged into it.
 * Papers and repositories have none.
 */
export function nameKeysOf(node: NodeRecord): string[] | undefined {
  if (!isEntityLabel(node.label)) return undefined;
  const keys = new Set(node.nameKeys);
  for (const name of [node.props.name, node.props.fullName, ...(node.aliases ?? [])]) {
    if (typeof name !== 'string') continue;
    const key = nameKey(name);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}
