import { nameKey } from '../../core/name-key.js';

// Keys by the name as written, kept across documents: the same names are keyed many times per
// paper (grouping, then corpus resolution) and recur from paper to paper, and a key is built a
// character at a time. Cleared when full, so a long ingest holds at most this many names.
const keysByName = new Map<string, string>();
const NAMES_HELD = 50_000;

/** nameKey(name), remembered. */
export function keyOfName(name: string): string {
  let key = keysByName.get(name);
  if (key === undefined) {
    if (keysByName.size >= NAMES_HELD) keysByName.clear();
    keysByName.set(name, (key = nameKey(name)));
  }
  return key;
}
