import { createHash } from 'node:crypto';
import neo4j from 'neo4j-driver';
import type { Database } from './database.js';

export interface GraphChecksum {
  nodes: number;
  relationships: number;
  /** sha256 over every node and relationship, sorted, with sorted properties and lists. */
  sha256: string;
}

const PAGE = 20_000;

/**
 * A fingerprint of the whole graph's content, independent of internal ids, write order and
 * list order: two graphs with the same checksum hold the same nodes, edges and properties.
 * Used to show that an interrupted and rerun ingest ends identical to a clean one.
 */
export async function graphChecksum(db: Database): Promise<GraphChecksum> {
  const hash = createHash('sha256');
  let nodes = 0;
  for await (const row of pages(db, 'MATCH (n) WITH n ORDER BY labels(n)[0], n.id SKIP $skip LIMIT $limit RETURN labels(n) AS labels, properties(n) AS props')) {
    hash.update(`N ${canonical([...(row.labels as string[])].sort())} ${canonical(row.props)}\n`);
    nodes += 1;
  }
  let relationships = 0;
  for await (const row of pages(
    db,
    `MATCH (a)-[r]->(b)
     WITH a, r, b ORDER BY a.id, type(r), b.id, r.key
     SKIP $skip LIMIT $limit
     RETURN labels(a)[0] + ':' + a.id AS from, type(r) AS type, labels(b)[0] + ':' + b.id AS to, properties(r) AS props`,
  )) {
    hash.update(`R ${row.from} ${row.type} ${row.to} ${canonical(row.props)}\n`);
    relationships += 1;
  }
  return { nodes, relationships, sha256: hash.digest('hex') };
}

async function* pages(db: Database, cypher: string) {
  for (let skip = 0; ; skip += PAGE) {
    const rows = await db.read(cypher, { skip: neo4j.int(skip), limit: neo4j.int(PAGE) });
    yield* rows;
    if (rows.length < PAGE) return;
  }
}

/** JSON with object keys and list items sorted, so order never changes the hash. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).sort().join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value);
}
