import neo4j from 'neo4j-driver';
import { Database, type Params, type Row } from '../../src/db/database.js';
import type { Statement } from '../../src/graph/statement.js';

/**
 * A Database that sends nothing: it records each statement read and answers it with the rows
 * `respond` gives (none by default), so a test can see which Cypher an operation compiles to
 * without Neo4j. Its driver is never connected.
 */
export class RecordingDatabase extends Database {
  readonly statements: Statement[] = [];
  private readonly respond: (statement: Statement) => Row[];

  constructor(respond: (statement: Statement) => Row[] = () => []) {
    super(neo4j.driver('bolt://127.0.0.1:9'), 'neo4j', 1_000);
    this.respond = respond;
  }

  override async read(cypher: string, params: Params = {}): Promise<Row[]> {
    const statement = { cypher, params };
    this.statements.push(statement);
    return this.respond(statement);
  }

  override async write(): Promise<Row[]> {
    throw new Error('the API only reads');
  }

  override async writeAll(): Promise<void> {
    throw new Error('the API only reads');
  }

  close(): Promise<void> {
    return this.driver.close();
  }
}
