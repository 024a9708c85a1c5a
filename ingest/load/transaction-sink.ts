import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrations.js';
import type { GraphBatch } from '../../core/graph-records.js';
import { refreshEvaluationCounts } from './evaluation-counts.js';
import { GraphLoader } from './graph-loader.js';
import type { GraphSink, SinkSummary } from './graph-sink.js';

/**
 * `kg ingest`: records merged into a live Neo4j in batched write transactions (GraphLoader),
 * in the order the sources give them. Every batch is idempotent, so an interrupted ingest
 * rerun ends in the graph a clean run gives.
 */
export class TransactionSink implements GraphSink {
  readonly records = 'in-order';
  private readonly loader: GraphLoader;

  constructor(
    private readonly db: Database,
    /** Rows (nodes + edges) per write transaction. */
    batchRows?: number,
  ) {
    this.loader = new GraphLoader(db, batchRows);
  }

  async begin(): Promise<void> {
    await applySchema(this.db);
  }

  addRecords(batch: GraphBatch): Promise<void> {
    return this.loader.add(batch);
  }

  addPaper(batch: GraphBatch): Promise<void> {
    return this.loader.add(batch);
  }

  async finish(): Promise<SinkSummary> {
    await this.loader.flush();
    await refreshEvaluationCounts(this.db);
    return { nodes: { ...this.loader.counts.nodes }, edges: { ...this.loader.counts.edges } };
  }
}
