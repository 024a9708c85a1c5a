import { isRetryableError, type Driver } from 'neo4j-driver';
import { compactCypherCached } from './compact-cypher.js';
import { timed, type QueryTiming } from './query-timing.js';

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
    private readonly timing?: QueryTiming,
  ) {}

  /** The same database seen through a listener that hears every query. */
  withListener(listener: QueryListener): Database {
    return new Database(this.driver, this.name, this.readTimeoutMs, listener, this.timing);
  }

  /** The same database, timing every query (the server's metrics). */
  withTiming(timing: QueryTiming): Database {
    return new Database(this.driver, this.name, this.readTimeoutMs, this.listener, timing);
  }

  /**
   * One auto-commit read: a single network round trip, where a managed transaction adds BEGIN
   * and COMMIT (measured ~40% of a small query's time). A retryable failure (a pooled
   * connection the database dropped, a leader switch) is tried once more: reads are safe to
   * repeat, and one retry is enough to get past a stale connection without hiding an outage.
   */
  async read(cypher: string, params: Params = {}): Promise<Row[]> {
    this.listener?.(cypher, params);
    const sent = compactCypherCached(cypher);
    return timed(this.timing, 'read', () => this.readWithRetry(sent, params));
  }

  private async readWithRetry(cypher: string, params: Params): Promise<Row[]> {
    try {
      return await this.readOnce(cypher, params);
    } catch (error) {
      const lost = asConnectionLoss(error);
      const retryable = lost !== error || isRetryableError(error);
      if (!retryable) throw lost;
      try {
        return await this.readOnce(cypher, params);
      } catch (again) {
        throw asConnectionLoss(again);
      }
    }
  }

  private async readOnce(cypher: string, params: Params): Promise<Row[]> {
    const session = this.driver.session({ database: this.name, defaultAccessMode: 'READ' });
    try {
      return (await session.run(cypher, params, { timeout: this.readTimeoutMs })).records.map((r) => r.toObject());
    } finally {
      await closeQuietly(session);
    }
  }

  /** Runs statements in one write transaction: all of them land, or none. */
  async writeAll(statements: Array<{ cypher: string; params?: Params }>): Promise<void> {
    return timed(this.timing, 'write', () => this.writeAllOnce(statements));
  }

  private async writeAllOnce(statements: Array<{ cypher: string; params?: Params }>): Promise<void> {
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
    return timed(this.timing, 'write', () => this.writeOnce(cypher, params));
  }

  private async writeOnce(cypher: string, params: Params): Promise<Row[]> {
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
 * instead of a Neo4jError, or with a ProtocolError "Failed to connect to server" (a write on a
 * socket the database just closed: EPIPE) or "Connection was closed by server"; all are a lost connection, and callers (retries,
 * the API's error mapping) should see them as one.
 */
export function asConnectionLoss(error: unknown): unknown {
  const driverTypeError = error instanceof TypeError && /neo4j-driver/.test(error.stack ?? '');
  const failedConnect = (error as { code?: unknown } | null)?.code === 'ProtocolError' && /^Failed to connect to server/.test((error as Error).message);
  // The channel's "closed by server" carries its pool's error code, which is not always one of
  // the unavailable ones (seen as an unexpected error while Neo4j shut down under load).
  const closedByServer = error instanceof Error && /^Connection was closed by server/.test(error.message);
  if (driverTypeError || failedConnect || closedByServer) {
    return Object.assign(new Error(`connection to Neo4j lost mid-query (${(error as Error).message})`, { cause: error }), { code: 'ServiceUnavailable' });
  }
  return error;
}

/** Closing a session on a dead connection must not replace the error that matters. */
async function closeQuietly(session: { close(): Promise<void> }): Promise<void> {
  await session.close().catch(() => {});
}
