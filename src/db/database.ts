import type { Driver } from 'neo4j-driver';

export type Params = Record<string, unknown>;
export type Row = Record<string, unknown>;

/** Observes each query sent, for counting round trips in tests and in the benchmark. */
export type QueryListener = (cypher: string, params: Params) => void;

/**
 * The only door to Neo4j: a session per unit of work, reads through executeRead and writes
 * through executeWrite (so a cluster routes reads to followers and retries transient
 * failures), parameters always.
 */
export class Database {
  constructor(
    readonly driver: Driver,
    readonly name: string,
    private readonly readTimeoutMs: number,
    private readonly listener?: QueryListener,
  ) {}

  /** The same database seen through a listener that hears every query. */
  withListener(listener: QueryListener): Database {
    return new Database(this.driver, this.name, this.readTimeoutMs, listener);
  }

  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    this.listener?.(cypher, params);
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'READ' });
    try {
      return await session.executeRead(
        async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()),
        { timeout: this.readTimeoutMs },
      );
    } catch (error) {
      throw asConnectionLoss(error);
    } finally {
      await closeQuietly(session);
    }
  }

  /** Runs statements in one write transaction: all of them land, or none. */
  async writeAll(statements: Array<{ cypher: string; params?: Params }>): Promise<void> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'WRITE' });
    try {
      await session.executeWrite(async (tx) => {
        for (const { cypher, params } of statements) {
          this.listener?.(cypher, params ?? {});
          await tx.run(cypher, params ?? {});
        }
      });
    } catch (error) {
      throw asConnectionLoss(error);
    } finally {
      await closeQuietly(session);
    }
  }

  async write(cypher: string, params: Params = {}): Promise<Row[]> {
    this.listener?.(cypher, params);
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'WRITE' });
    try {
      return await session.executeWrite(async (tx) => (await tx.run(cypher, params)).records.map((r) => r.toObject()));
    } catch (error) {
      throw asConnectionLoss(error);
    } finally {
      await closeQuietly(session);
    }
  }
}

/**
 * When a connection breaks mid-query the driver sometimes fails with an internal TypeError
 * instead of a Neo4jError; that is a lost connection too, and callers (retries, the API's
 * error mapping) should see it as one.
 */
export function asConnectionLoss(error: unknown): unknown {
  if (error instanceof TypeError && /neo4j-driver/.test(error.stack ?? '')) {
    return Object.assign(new Error(`connection to Neo4j lost mid-query (${error.message})`, { cause: error }), { code: 'ServiceUnavailable' });
  }
  return error;
}

/** Closing a session on a dead connection must not replace the error that matters. */
async function closeQuietly(session: { close(): Promise<void> }): Promise<void> {
  await session.close().catch(() => {});
}
