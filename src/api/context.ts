import type { Database } from '../db/database.js';

/** Per-request context: the database door. DataLoaders hang off the context object itself. */
export interface Context {
  db: Database;
}
