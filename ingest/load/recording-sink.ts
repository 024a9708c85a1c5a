import type { GraphBatch } from '../../core/graph-records.js';
import type { GraphSink, SinkSummary } from './graph-sink.js';

export interface GivenBatch {
  kind: 'records' | 'paper';
  batch: GraphBatch;
  /** Whether begin() had been called: records a 'first' sink takes come before it. */
  afterBegin: boolean;
}

/**
 * A sink that keeps everything it is given, in order, and writes nothing: the loop's records
 * without a database, for tests and for benchmarks that time the writing alone.
 */
export class RecordingSink implements GraphSink {
  readonly given: GivenBatch[] = [];
  begun = false;
  finished = false;

  constructor(readonly records: 'first' | 'in-order' = 'in-order') {}

  async begin(): Promise<void> {
    this.begun = true;
  }

  async addRecords(batch: GraphBatch): Promise<void> {
    this.given.push({ kind: 'records', batch, afterBegin: this.begun });
  }

  async addPaper(batch: GraphBatch): Promise<void> {
    if (!this.begun) throw new Error('a paper before begin()');
    this.given.push({ kind: 'paper', batch, afterBegin: true });
  }

  async finish(): Promise<SinkSummary> {
    this.finished = true;
    const summary: SinkSummary = { nodes: {}, edges: {} };
    for (const { batch } of this.given) {
      for (const node of batch.nodes) summary.nodes[node.label] = (summary.nodes[node.label] ?? 0) + 1;
      for (const edge of batch.edges) summary.edges[edge.type] = (summary.edges[edge.type] ?? 0) + 1;
    }
    return summary;
  }

  /** Every batch given, in order. */
  batches(): GraphBatch[] {
    return this.given.map(({ batch }) => batch);
  }
}
