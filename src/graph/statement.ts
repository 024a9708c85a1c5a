import type { Database, Params, Row } from '../db/database.js';

/**
 * A Cypher statement and its parameters. Each query of this folder is built by a pure function
 * returning one, so the Cypher an API shape sends can be read and tested without a database;
 * the runner beside it sends the statement and maps the rows.
 */
export interface Statement {
  cypher: string;
  params: Params;
}

export function read(db: Database, statement: Statement): Promise<Row[]> {
  return db.read(statement.cypher, statement.params);
}
