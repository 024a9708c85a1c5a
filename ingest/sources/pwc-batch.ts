import type { EdgeRecord, EndpointRef, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { mergeProperties } from '../records/merge-rule.js';

/**
 * Collects the records of one dump record, once each: a paper named in forty rows of a table
 * is one node record, not forty. Merging follows the loader's rule (ingest/load/merge-rule.ts;
 * alias and source lists unite), so collecting here never changes what is written.
 */
export class BatchBuilder {
  private readonly nodes = new Map<string, NodeRecord>();
  private readonly edges = new Map<string, EdgeRecord>();

  /** Adds a node and returns a reference to it for edges. */
  node(record: NodeRecord): EndpointRef {
    const key = `${record.label}|${record.id}`;
    const known = this.nodes.get(key);
    this.nodes.set(key, known ? mergeNodes(known, record) : record);
    return { label: record.label, id: record.id };
  }

  edge(record: EdgeRecord): void {
    const key = [record.type, record.from.label, record.from.id, record.to.label, record.to.id, record.key].join('|');
    const known = this.edges.get(key);
    this.edges.set(key, known ? { ...known, props: mergeProperties(known.props, record.props) } : record);
  }

  get size(): number {
    return this.nodes.size + this.edges.size;
  }

  /** The records collected so far, emptying the builder; undefined when there are none. */
  take(): GraphBatch | undefined {
    if (this.size === 0) return undefined;
    const batch = { nodes: [...this.nodes.values()], edges: [...this.edges.values()] };
    this.nodes.clear();
    this.edges.clear();
    return batch;
  }
}

function mergeNodes(a: NodeRecord, b: NodeRecord): NodeRecord {
  const aliases = union(a.aliases, b.aliases);
  const sources = union(a.sources, b.sources);
  return {
    label: a.label,
    id: a.id,
    props: mergeProperties(a.props, b.props),
    ...(aliases ? { aliases } : {}),
    ...(sources ? { sources } : {}),
  };
}

function union(a: string[] | undefined, b: string[] | undefined): string[] | undefined {
  if (!a) return b;
  if (!b) return a;
  return [...new Set([...a, ...b])];
}
