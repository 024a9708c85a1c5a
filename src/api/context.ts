import type { Database } from '../db/database.js';

/** Per-request context: the database door. DataLoaders hang off the context object itself. */
export interface Context {
  db: Database;
  /** False: every hop connection sends its own batched query (the per-level path, kept for comparison). */
  compileNestedHops?: boolean;
  /** True: statements read every optional property of their nodes, asked for or not (the untrimmed path, kept for comparison). */
  readAllProperties?: boolean;
}
