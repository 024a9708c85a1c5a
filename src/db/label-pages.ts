import neo4j from 'neo4j-driver';
import type { Database, Row } from './database.js';
import { alternatives, type NodeLabel } from '../../core/labels.js';

/**
 * The nodes of one label page by page, in id order: `WHERE n.id > $after ... ORDER BY n.id
 * LIMIT $page` walks the uniqueness constraint's index from where the last page ended, so each
 * page costs the same however deep into a million nodes it is (SKIP would rescan what it skips).
 * `returns` is the RETURN clause's rest after `n.id AS id`: constant Cypher of the caller, never input.
 */
export async function* labelPages(db: Database, label: NodeLabel, returns: string, pageSize: number): AsyncGenerator<Row[]> {
  const cypher = `MATCH (n:${alternatives([label])}) WHERE n.id > $after
WITH n ORDER BY n.id LIMIT $page
RETURN n.id AS id, ${returns}`;
  let after = '';
  for (;;) {
    const rows = await db.read(cypher, { after, page: neo4j.int(pageSize) });
    if (rows.length === 0) return;
    yield rows;
    if (rows.length < pageSize) return;
    after = String(rows.at(-1)!.id);
  }
}

/** How many nodes a label has (from Neo4j's count store: no scan). */
export async function labelCount(db: Database, label: NodeLabel): Promise<number> {
  const rows = await db.read(`MATCH (n:${alternatives([label])}) RETURN count(n) AS count`);
  return Number(rows[0]?.count ?? 0);
}
