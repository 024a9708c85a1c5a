import { decodeGlobalID } from '@pothos/plugin-relay';

/**
 * Root lookups take either a Relay global id or the canonical key (`paper:...`, `method:dpo`),
 * so ids copied from Cypher results or from GraphQL responses both work.
 */
export function keyFromId(id: string, typename: string): string {
  // A canonical key has a colon, never in base64: tried as a global id, it cost a thrown and
  // caught error with its stack on every lookup by key (2% of the server's CPU under load).
  if (!GLOBAL_ID.test(id)) return id;
  try {
    const decoded = decodeGlobalID(id);
    if (decoded.typename === typename) return decoded.id;
  } catch {
    // not a global id: a canonical key
  }
  return id;
}

const GLOBAL_ID = /^[A-Za-z0-9+/]+=*$/;

/** Turns DataLoader results with gaps into what a loader must return: a value or an Error per key. */
export function orNotFound<T>(typename: string, ids: readonly string[], rows: (T | undefined)[]): (T | Error)[] {
  return rows.map((row, i) => row ?? new Error(`${typename} ${ids[i]} not found`));
}
