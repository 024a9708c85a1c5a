import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { PROJECT_ROOT } from '../config.js';
import type { Database } from './database.js';

export const SCHEMA_DIR = path.join(PROJECT_ROOT, 'schema', 'neo4j');

/** Splits a Cypher file into statements: `;` at a line end separates; `//` lines are comments. */
export function parseCypherFile(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*(?:\n|$)/)
    .map((statement) => statement.trim())
    .filter(Boolean);
}

/**
 * Applies every schema/neo4j/*.cypher file in name order. Each statement says IF NOT EXISTS,
 * so this runs at every start and before every ingest at no cost; then waits for the indexes
 * to come online, so a query right after start never runs on a populating index.
 */
export async function applySchema(db: Database): Promise<number> {
  const files = (await readdir(SCHEMA_DIR)).filter((f) => f.endsWith('.cypher')).sort();
  let count = 0;
  for (const file of files) {
    for (const statement of parseCypherFile(await readFile(path.join(SCHEMA_DIR, file), 'utf8'))) {
      await db.write(statement);
      count += 1;
    }
  }
  await db.write('CALL db.awaitIndexes(300)');
  return count;
}
