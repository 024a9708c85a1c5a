import type { GraphBatch, NodeLabel } from '../../core/graph-records.js';
import type { GraphSink, SinkSummary, WrittenKinds } from '../load/graph-sink.js';

/**
 * Counts what an ingest writes by kind and source: each node once however many batches repeat
 * it (a paper named in forty leaderboard rows is one paper), which the sinks' row counts are
 * not. One entry per distinct node; each node remembers the sources it came from as a bit set.
 */
export class WrittenKindCounter {
  private readonly seen = new Map<NodeLabel, Map<string, number>>();
  private readonly sourceBits = new Map<string, number>();

  add(batch: GraphBatch): void {
    for (const node of batch.nodes) {
      let ids = this.seen.get(node.label);
      if (!ids) this.seen.set(node.label, (ids = new Map()));
      let bits = ids.get(node.id) ?? 0;
      for (const source of node.sources ?? []) bits |= this.bitOf(source);
      ids.set(node.id, bits);
    }
  }

  counts(): WrittenKinds {
    const kinds: WrittenKinds = {};
    for (const [label, ids] of this.seen) {
      const bySource: Record<string, number> = {};
      for (const bits of ids.values()) {
        for (const [source, bit] of this.sourceBits) if (bits & bit) bySource[source] = (bySource[source] ?? 0) + 1;
      }
      kinds[label] = { total: ids.size, bySource };
    }
    return kinds;
  }

  private bitOf(source: string): number {
    let bit = this.sourceBits.get(source);
    if (bit === undefined) {
      // Sources are the formats and the extractor's name: a handful, far below 31.
      if (this.sourceBits.size >= 31) throw new Error('more than 31 node sources to count');
      bit = 1 << this.sourceBits.size;
      this.sourceBits.set(source, bit);
    }
    return bit;
  }
}

/** A sink that counts what passes through it on the way to another. */
export function countingSink<Summary extends SinkSummary>(sink: GraphSink<Summary>, counter: WrittenKindCounter): GraphSink<Summary> {
  return {
    records: sink.records,
    begin: () => sink.begin(),
    addRecords: (batch) => {
      counter.add(batch);
      return sink.addRecords(batch);
    },
    addPaper: (batch) => {
      counter.add(batch);
      return sink.addPaper(batch);
    },
    finish: () => sink.finish(),
  };
}
