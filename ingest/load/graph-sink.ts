import type { EdgeType, GraphBatch, NodeLabel } from '../../core/graph-records.js';

/** Rows written, per node label and per relationship type. */
export interface SinkSummary {
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<EdgeType, number>>;
  /** Distinct nodes per label and source, from a sink that writes each node once (countsWritten). */
  written?: WrittenKinds;
}

/** Distinct nodes written, per label: in all, and per source that gave them. */
export interface WrittenKind {
  total: number;
  bySource: Record<string, number>;
}
export type WrittenKinds = Partial<Record<NodeLabel, WrittenKind>>;

/**
 * Where the ingest loop's records go: Neo4j in write transactions (transaction-sink.ts) or CSV
 * files for neo4j-admin import (bulk-import-sink.ts). The loop calls begin() only once pass 1
 * has read everything without finding bad input, so a sink writes nothing before then.
 */
export interface GraphSink<Summary extends SinkSummary = SinkSummary> {
  /**
   * When the sink takes the sources' ready records (the dumps'): 'in-order' in pass 2, in the
   * order the sources give them, between the papers; 'first' in pass 1, before any paper, for a
   * sink that writes each node once and so must know every dump's share of it first. A 'first'
   * sink may only hold them until begin().
   */
  readonly records: 'first' | 'in-order';
  /**
   * The sink writes each node once, merged, and counts them itself in its summary's `written`:
   * the loop then need not remember every node it has seen to count them.
   */
  readonly countsWritten?: boolean;
  /** Pass 1 is over and found no bad input: writing may start. */
  begin(): Promise<void>;
  /** Ready records from a source (dumps), merged into the graph as they are. */
  addRecords(batch: GraphBatch): Promise<void>;
  /** One paper's records (documentRecords), its Paper node first; called in document order. */
  addPaper(batch: GraphBatch): Promise<void>;
  /** Writes what is left; the graph is complete when it resolves. */
  finish(): Promise<Summary>;
}
