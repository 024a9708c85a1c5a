import { inject } from 'vitest';
import { Database, type QueryListener } from '../../src/db/database.js';
import { createDriver } from '../../src/db/driver.js';
import { applySchema } from '../../src/db/migrations.js';

/** A connection to the test Neo4j that the global setup started (or was pointed at). */
export function connectTestDb(listener?: QueryListener) {
  const config = inject('neo4j');
  const driver = createDriver(config);
  const db = new Database(driver, config.database, config.queryTimeoutMs, listener);
  return { db, driver, config, close: () => driver.close() };
}

/** Empties the graph and applies the schema: each test file starts from nothing. */
export async function resetGraph(db: Database): Promise<void> {
  await db.write('MATCH (n) DETACH DELETE n');
  await applySchema(db);
}
