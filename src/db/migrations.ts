import type { Database } from './database.js';
import { schemaPlan, type SchemaItem } from './schema-plan.js';

/** What the database holds of a schema item, as SHOW INDEXES / SHOW CONSTRAINTS describe it. */
interface StoredItem {
  kind: SchemaItem['kind'] | 'other';
  labelsOrTypes: string[];
  properties: string[];
  analyzer?: string;
}

export interface SchemaChanges {
  created: string[];
  /** Items whose stored definition differed from the plan: dropped and created again. */
  recreated: string[];
}

/**
 * Brings the database's constraints and indexes to the plan (schema-plan.ts): creates what is
 * missing, and recreates what is defined differently (a full-text index missing a new label),
 * so a changed declaration reaches a database made by an older version. An unchanged
 * database costs two SHOW queries. Then waits for the indexes to come online, so a query
 * right after start never runs on a populating index.
 */
export async function applySchema(db: Database): Promise<SchemaChanges> {
  const stored = await storedSchema(db);
  const changes: SchemaChanges = { created: [], recreated: [] };
  for (const item of schemaPlan()) {
    const current = stored.get(item.name);
    if (current && sameDefinition(current, item)) continue;
    if (current) {
      // Item names come from the plan, never from input.
      await db.write(current.kind === 'constraint' ? `DROP CONSTRAINT ${item.name}` : `DROP INDEX ${item.name}`);
      changes.recreated.push(item.name);
    } else {
      changes.created.push(item.name);
    }
    await db.write(item.create);
  }
  await db.write('CALL db.awaitIndexes(300)');
  return changes;
}

async function storedSchema(db: Database): Promise<Map<string, StoredItem>> {
  const items = new Map<string, StoredItem>();
  for (const row of await db.read('SHOW CONSTRAINTS YIELD name, labelsOrTypes, properties RETURN name, labelsOrTypes, properties')) {
    items.set(String(row.name), { kind: 'constraint', labelsOrTypes: strings(row.labelsOrTypes), properties: strings(row.properties) });
  }
  const indexes = await db.read(
    `SHOW INDEXES YIELD name, type, labelsOrTypes, properties, options, owningConstraint
     WHERE owningConstraint IS NULL
     RETURN name, type, labelsOrTypes, properties, options.indexConfig['fulltext.analyzer'] AS analyzer`,
  );
  for (const row of indexes) {
    const kind = row.type === 'RANGE' ? 'range' : row.type === 'FULLTEXT' ? 'fulltext' : 'other';
    items.set(String(row.name), {
      kind,
      labelsOrTypes: strings(row.labelsOrTypes),
      properties: strings(row.properties),
      ...(typeof row.analyzer === 'string' ? { analyzer: row.analyzer } : {}),
    });
  }
  return items;
}

function sameDefinition(stored: StoredItem, item: SchemaItem): boolean {
  return (
    stored.kind === item.kind &&
    sameSet(stored.labelsOrTypes, item.labelsOrTypes) &&
    // Property order is part of a range index's definition; a full-text index's is not.
    (item.kind === 'fulltext' ? sameSet(stored.properties, item.properties) : stored.properties.join() === item.properties.join()) &&
    (item.analyzer === undefined || stored.analyzer === item.analyzer)
  );
}

function sameSet(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join('\u0000') === [...b].sort().join('\u0000');
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
