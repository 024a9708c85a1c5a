import type { EdgeRecord, EdgeType, GraphBatch, NodeLabel, NodeRecord } from '../../core/graph-records.js';
import { edgeKey, keep, mergeEdge, mergeEdgeInto, mergeNode, mergeNodeInto, nodeKey, ownNode, RecordMap, storedNodeProperties, withoutNulls } from '../records/record-merge.js';
import { cell } from './csv-field.js';
import { CsvTables, type Segment } from './csv-tables.js';
import type { WrittenKinds } from '../load/graph-sink.js';
import type { PackedRecords } from './packed-records.js';

export interface WrittenCsv {
  nodes: Partial<Record<NodeLabel, number>>;
  edges: Partial<Record<EdgeType, number>>;
  rows: number;
  /** Each node counted once, under the sources its row stores. */
  written: WrittenKinds;
  nodeSegments: Map<string, Segment[]>;
  edgeSegments: Map<string, Segment[]>;
}

/**
 * Writes nodes and relationships once each, merging what several sources say about one, as
 * neo4j-admin import needs them. A paper's records are written as soon as they are made, its
 * dump twins (known in full before the first paper) merged in; entities, repositories and the
 * dumps' other records wait in memory until finish().
 */
export class GraphCsvWriter {
  private readonly tables: CsvTables;
  private readonly entities = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
  private readonly sharedEdges = new RecordMap<EdgeRecord>(edgeKey, keep, mergeEdgeInto);
  private readonly writtenPapers = new Set<string>();
  private readonly nodes: Partial<Record<NodeLabel, number>> = {};
  private readonly written: WrittenKinds = {};
  private readonly edges: Partial<Record<EdgeType, number>> = {};
  private readonly fixedHeaders = new Map<string, string[]>();

  /** The dumps' merged records, taken as their papers come (a paper's twin) or at the end. */
  constructor(
    dir: string,
    private readonly dumpNodes: PackedRecords<NodeRecord>,
    private readonly dumpEdges: PackedRecords<EdgeRecord>,
  ) {
    this.tables = new CsvTables(dir);
  }

  /** One paper's batch, its own Paper node first (as documentRecords makes them). */
  writePaper(batch: GraphBatch): void {
    const paper = batch.nodes[0]!;
    const own = new RecordMap<EdgeRecord>(edgeKey, keep, mergeEdgeInto);
    for (const node of batch.nodes) {
      if (node === paper) continue;
      this.entities.add(node);
    }
    for (const edge of batch.edges) {
      // Edges of this paper are complete once its dump records are merged in; others may recur.
      if ((edge.from.label === 'Paper' && edge.from.id === paper.id) || edge.key === paper.id) own.add(edge);
      else this.sharedEdges.add(edge);
    }
    const key = nodeKey(paper);
    if (this.writtenPapers.has(key)) {
      // The same title twice: the second copy's facts join the shared maps instead.
      this.entities.add(paper);
      for (const edge of own.items.values()) this.sharedEdges.add(edge);
      return;
    }
    this.writtenPapers.add(key);
    const fromDump = this.dumpNodes.take(key);
    this.writeNode(fromDump ? mergeNode(paper, fromDump) : paper);
    for (const [k, edge] of own.items) {
      const dump = this.dumpEdges.take(k);
      this.writeEdge(dump ? mergeEdge(edge, dump) : edge);
    }
  }

  finish(): WrittenCsv {
    // Each record is merged with its dump twin as it is written, and dropped: never two copies.
    for (const [key, node] of this.entities.items) {
      this.entities.items.delete(key);
      if (this.writtenPapers.has(key)) continue;
      const dump = this.dumpNodes.take(key);
      this.writeNode(dump ? mergeNode(node, dump) : node);
    }
    for (const [key, node] of this.dumpNodes.drain()) {
      // A paper written above whose title recurs in a dump only: merged then, so never again.
      if (!this.writtenPapers.has(key)) this.writeNode(node);
    }
    for (const [key, edge] of this.sharedEdges.items) {
      this.sharedEdges.items.delete(key);
      const dump = this.dumpEdges.take(key);
      this.writeEdge(dump ? mergeEdge(edge, dump) : edge);
    }
    for (const [, edge] of this.dumpEdges.drain()) {
      this.writeEdge(edge);
    }
    const segments = this.tables.close();
    const nodeSegments = new Map([...segments].filter(([group]) => !group.includes('|')));
    const edgeSegments = new Map([...segments].filter(([group]) => group.includes('|')));
    return { nodes: this.nodes, edges: this.edges, rows: this.tables.rows, written: this.written, nodeSegments, edgeSegments };
  }

  private writeNode(node: NodeRecord): void {
    this.tables.write(node.label, this.nodeHeader(node.label), cell(node.id), storedNodeProperties(node));
    this.nodes[node.label] = (this.nodes[node.label] ?? 0) + 1;
    const kind = (this.written[node.label] ??= { total: 0, bySource: {} });
    kind.total += 1;
    // The sources as the row stores them: a set.
    for (const source of new Set(node.sources)) kind.bySource[source] = (kind.bySource[source] ?? 0) + 1;
  }

  private writeEdge(edge: EdgeRecord): void {
    const group = `${edge.type}|${edge.from.label}|${edge.to.label}`;
    this.tables.write(
      group,
      this.edgeHeader(group, edge),
      `${cell(edge.from.id)},${cell(edge.to.id)},${cell(edge.key)}`,
      withoutNulls(edge.props),
    );
    this.edges[edge.type] = (this.edges[edge.type] ?? 0) + 1;
  }

  // A group's leading header names, made once per group rather than once per row.
  private nodeHeader(label: NodeLabel): readonly string[] {
    let header = this.fixedHeaders.get(label);
    if (!header) this.fixedHeaders.set(label, (header = [`id:ID(${label})`]));
    return header;
  }

  private edgeHeader(group: string, edge: EdgeRecord): readonly string[] {
    let header = this.fixedHeaders.get(group);
    if (!header) this.fixedHeaders.set(group, (header = [`:START_ID(${edge.from.label})`, `:END_ID(${edge.to.label})`, 'key:string']));
    return header;
  }
}
