import path from 'node:path';
import { PROJECT_ROOT } from './config.js';
import type { Database } from './db/database.js';

/** The corpus the project ships and ingests on first start. */
export const DEFAULT_CORPUS = path.join(PROJECT_ROOT, 'data', 'seed', '000_ee18fccb2e565efc.txt');

export async function graphIsEmpty(db: Database): Promise<boolean> {
  const [row] = await db.read('MATCH (p:Paper) RETURN count(p) AS n');
  return row!.n === 0;
}
