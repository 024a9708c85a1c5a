import type { EdgeRecord, EndpointRef, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { edgeKey, keep, mergeEdgeInto, mergeNodeInto, nodeKey, ownNode, RecordMap } from '../records/record-merge.js';

/**
 * Collects the records of one dump record, once each: a paper named in forty rows of a table
 * is one node record, not forty. Repeats merge as the loader merges them (record-merge.ts), so
 * collecting here never changes what is written.
 */
export class BatchBuilder {
  private readonly nodes = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
  private readonly edges = new RecordMap<EdgeRecord>(edgeKey, keep, mergeEdgeInto);

  /** Adds a node and returns a reference to it for edges. */
  node(record: NodeRecord): EndpointRef {
    this.nodes.add(record);
    return { label: record.label, id: record.id };
  }

  edge(record: EdgeRecord): void {
    this.edges.add(record);
  }

  get size(): number {
    return this.nodes.items.size + this.edges.items.size;
  }

  /** The records collected so far, emptying the builder; undefined when there are none. */
  take(): GraphBatch | undefined {
    if (this.size === 0) return undefined;
    return { nodes: this.nodes.takeAll(), edges: this.edges.takeAll() };
  }
}
