import neo4j from 'neo4j-driver';

/**
 * SKIP and LIMIT need Cypher integers; a JS number travels as a float. Everything that ends up
 * in SKIP/LIMIT goes through here.
 */
export function int(value: number) {
  return neo4j.int(Math.trunc(value));
}

/** Orders rows of a batched `UNWIND $ids` query by the ids asked for (DataLoader wants that order). */
export function byKeys<T>(keys: readonly string[], rows: T[], keyOf: (row: T) => string): (T | undefined)[] {
  const index = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => index.get(key));
}
