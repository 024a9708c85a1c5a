import neo4j from 'neo4j-driver';
import { ENTITY_LABELS, alternatives, isEntityLabel, type EntityLabel } from '../../core/labels.js';
import type { Database } from '../../src/db/database.js';
import { nameKeysOf } from '../records/name-keys.js';

const PAGE = 5_000;

/**
 * Gives `nameKeys` to named entities that have none: a graph written by a version before lookups
 * by name key. The keys come from the names the node holds now (the loader, from every name any
 * record gave). Costs one scan of the entity labels when nothing is missing.
 */
export async function backfillNameKeys(db: Database): Promise<number> {
  let filled = 0;
  for (;;) {
    const rows = await db.read(
      `MATCH (n:${alternatives(ENTITY_LABELS)}) WHERE n.nameKeys IS NULL
       RETURN head(labels(n)) AS label, n.id AS id, n.name AS name, n.fullName AS fullName, n.aliases AS aliases LIMIT $page`,
      { page: neo4j.int(PAGE) },
    );
    if (rows.length === 0) return filled;
    const byLabel = new Map<EntityLabel, Array<{ id: string; keys: string[] }>>();
    for (const row of rows) {
      const label = String(row.label);
      if (!isEntityLabel(label)) continue;
      const keys = nameKeysOf({
        label,
        id: String(row.id),
        props: { name: stringOrNull(row.name), fullName: stringOrNull(row.fullName) },
        aliases: Array.isArray(row.aliases) ? row.aliases.map(String) : [],
      });
      byLabel.set(label, [...(byLabel.get(label) ?? []), { id: String(row.id), keys: [...(keys ?? [])].sort() }]);
    }
    await db.writeAll(
      [...byLabel].map(([label, items]) => ({
        cypher: `UNWIND $items AS item MATCH (n:${alternatives([label])} {id: item.id}) SET n.nameKeys = item.keys`,
        params: { items },
      })),
    );
    filled += rows.length;
  }
}

function stringOrNull(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}
