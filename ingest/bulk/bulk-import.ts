import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../../src/config.js';
import { LocalNeo4jError, localNeo4jStatus } from '../../src/db/local-neo4j.js';
import type { PaperDocument } from '../document.js';
import type { EdgeRecord, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { CHUNK_DOCS, defaultWorkers, ParallelExtractor } from '../parallel-extract.js';
import type { ObservedPaper } from '../parallel-extract-worker.js';
import { detectFormat, formatByName } from '../sources/formats.js';
import type { SourceFormat } from '../sources/source-format.js';
import { runAdminImport } from './admin-import.js';
import { cell } from './csv-field.js';
import { CsvTables } from './csv-tables.js';
import { withHeapGrowth } from './heap-growth.js';
import { edgeKey, mergeEdge, mergeEdgeInto, mergeNode, mergeNodeInto, keep, nodeKey, ownNode, RecordMap, storedNodeProperties, withoutNulls } from '../records/record-merge.js';

/**
 * `kg ingest --bulk DIR`: the same two passes as ingestFiles (pass 1 extracts and learns the
 * corpus-wide aliases, pass 2 makes each paper's records, with the same resolver and so the
 * same ids), but written once as CSV and loaded by `neo4j-admin database import full`, which
 * builds the store without transactions. The graph is the one the loader would build, with
 * two differences: a node without aliases has none stored (the loader stores []), and the
 * database is replaced, not merged into.
 *
 * Memory: a paper's records are written as soon as they are made; only entities (methods,
 * models, datasets, ...), repositories and the dumps' records wait in memory to be merged.
 */

export interface BulkImportOptions {
  /** The local Neo4j to import into (its home is config.dataDir); it must be stopped. */
  config: Neo4jConfig;
  format?: string;
  skipInvalid?: boolean;
  workers?: number;
  /** Write the CSV files only (default: also run the import). */
  csvOnly?: boolean;
  log?: (message: string) => void;
}

export interface BulkImportSummary {
  papers: number;
  nodes: Partial<Record<string, number>>;
  edges: Partial<Record<string, number>>;
  rows: number;
  extractSeconds: number;
  csvSeconds: number;
  importSeconds: number;
  seconds: number;
  importSummary: string;
}

/** Heap growth between full collections while importing (see heap-growth.ts). */
const HEAP_GROWTH_PERCENT = 10;

export function bulkImport(files: string[], dir: string, options: BulkImportOptions): Promise<BulkImportSummary> {
  return withHeapGrowth(HEAP_GROWTH_PERCENT, () => importFiles(files, dir, options));
}

async function importFiles(files: string[], dir: string, options: BulkImportOptions): Promise<BulkImportSummary> {
  const log = options.log ?? (() => {});
  if (!options.csvOnly) await checkStopped(options.config);
  const started = performance.now();
  const formats = await Promise.all(files.map((file) => (options.format ? formatByName(options.format) : detectFormat(file))));
  const workers = options.workers ?? defaultWorkers();
  const extractor = new ParallelExtractor(workers);
  const window = workers * 4;
  const dumpNodes = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
  const dumpEdges = new RecordMap<EdgeRecord>(edgeKey, keep, mergeEdgeInto);

  try {
    // Pass 1: extraction on the workers, learned in document order; the dumps' records kept to merge.
    let papers = 0;
    const observing: Array<Promise<ObservedPaper[]>> = [];
    await forEachDocumentChunk(files, formats, options, (batch) => addAll(batch, dumpNodes, dumpEdges), async (docs) => {
      papers += docs.length;
      observing.push(extractor.observeChunk(docs));
      while (observing.length > window) extractor.learn(await observing.shift()!);
    });
    for (const pending of observing) extractor.learn(await pending);
    const extractSeconds = (performance.now() - started) / 1000;
    log(`pass 1: ${papers} papers extracted in ${extractSeconds.toFixed(1)} s`);

    // Pass 2: each paper's records straight to CSV; entities and the dumps' records at the end.
    const csvStarted = performance.now();
    const writer = new GraphCsvWriter(path.join(dir, 'csv'), dumpNodes, dumpEdges);
    const making: Array<Promise<GraphBatch[]>> = [];
    await forEachDocumentChunk(files, formats, options, () => {}, async (docs) => {
      making.push(extractor.recordsChunk(docs));
      while (making.length > window) writer.writePapers(await making.shift()!);
    });
    for (const pending of making) writer.writePapers(await pending);
    const written = writer.finish();
    const csvSeconds = (performance.now() - csvStarted) / 1000;
    log(`pass 2: ${written.rows} rows written as CSV in ${csvSeconds.toFixed(1)} s`);

    let importSeconds = 0;
    let importSummary = '';
    if (!options.csvOnly) {
      const result = await runAdminImport({
        home: options.config.dataDir,
        database: options.config.database,
        nodes: written.nodeSegments,
        relationships: written.edgeSegments,
        log: (line) => log(`  import: ${line}`),
      });
      importSeconds = result.seconds;
      importSummary = result.summary;
    }
    return {
      papers,
      nodes: written.nodes,
      edges: written.edges,
      rows: written.rows,
      extractSeconds,
      csvSeconds,
      importSeconds,
      seconds: (performance.now() - started) / 1000,
      importSummary,
    };
  } finally {
    await extractor.close();
  }
}

async function checkStopped(config: Neo4jConfig): Promise<void> {
  if (!existsSync(path.join(config.dataDir, 'conf', 'neo4j.conf'))) {
    throw new LocalNeo4jError(`no Neo4j home at ${config.dataDir}: start the local Neo4j once (npm run db:start) and stop it, so it has its configuration and password`);
  }
  if ((await localNeo4jStatus(config)).running) {
    throw new LocalNeo4jError('the local Neo4j is running: stop it first (npm run db:stop); a bulk import replaces its database');
  }
}

/** Reads every file once: dump records go to onRecords, documents to onDocuments in chunks. */
async function forEachDocumentChunk(
  files: string[],
  formats: SourceFormat[],
  options: BulkImportOptions,
  onRecords: (batch: GraphBatch) => void,
  onDocuments: (docs: PaperDocument[]) => Promise<void>,
): Promise<void> {
  let chunk: PaperDocument[] = [];
  for (const [i, file] of files.entries()) {
    for await (const item of formats[i]!.read(file, options.skipInvalid ? { onInvalid: () => {} } : {})) {
      if (item.kind === 'records') {
        onRecords(item.batch);
        continue;
      }
      chunk.push(item.document);
      if (chunk.length >= CHUNK_DOCS) {
        await onDocuments(chunk);
        chunk = [];
      }
    }
  }
  if (chunk.length > 0) await onDocuments(chunk);
}

function addAll(batch: GraphBatch, nodes: RecordMap<NodeRecord>, edges: RecordMap<EdgeRecord>): void {
  for (const node of batch.nodes) nodes.add(node);
  for (const edge of batch.edges) edges.add(edge);
}

/** Writes nodes and relationships once each, merging what several sources say about one. */
class GraphCsvWriter {
  private readonly tables: CsvTables;
  private readonly entities = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
  private readonly sharedEdges = new RecordMap<EdgeRecord>(edgeKey, keep, mergeEdgeInto);
  private readonly writtenPapers = new Set<string>();
  readonly nodes: Partial<Record<string, number>> = {};
  readonly edges: Partial<Record<string, number>> = {};

  constructor(
    dir: string,
    private readonly dumpNodes: RecordMap<NodeRecord>,
    private readonly dumpEdges: RecordMap<EdgeRecord>,
  ) {
    this.tables = new CsvTables(dir);
  }

  /** One batch per paper, its own Paper node first (as documentProcessor().records makes them). */
  writePapers(batches: GraphBatch[]): void {
    for (const batch of batches) {
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
        continue;
      }
      this.writtenPapers.add(key);
      const fromDump = this.dumpNodes.take(key);
      this.writeNode(fromDump ? mergeNode(paper, fromDump) : paper);
      for (const [k, edge] of own.items) {
        const dump = this.dumpEdges.take(k);
        this.writeEdge(dump ? mergeEdge(edge, dump) : edge);
      }
    }
  }

  finish() {
    // Each record is merged with its dump twin as it is written, and dropped: never two copies.
    for (const [key, node] of this.entities.items) {
      this.entities.items.delete(key);
      if (this.writtenPapers.has(key)) continue;
      const dump = this.dumpNodes.take(key);
      this.writeNode(dump ? mergeNode(node, dump) : node);
    }
    for (const [key, node] of this.dumpNodes.items) {
      this.dumpNodes.items.delete(key);
      // A paper written above whose title recurs in a dump only: merged then, so never again.
      if (!this.writtenPapers.has(key)) this.writeNode(node);
    }
    for (const [key, edge] of this.sharedEdges.items) {
      this.sharedEdges.items.delete(key);
      const dump = this.dumpEdges.take(key);
      this.writeEdge(dump ? mergeEdge(edge, dump) : edge);
    }
    for (const [key, edge] of this.dumpEdges.items) {
      this.dumpEdges.items.delete(key);
      this.writeEdge(edge);
    }
    const segments = this.tables.close();
    const nodeSegments = new Map([...segments].filter(([group]) => !group.includes('|')));
    const edgeSegments = new Map([...segments].filter(([group]) => group.includes('|')));
    return { nodes: this.nodes, edges: this.edges, rows: this.tables.rows, nodeSegments, edgeSegments };
  }

  private writeNode(node: NodeRecord): void {
    this.tables.write(node.label, [`id:ID(${node.label})`], [cell(node.id)], storedNodeProperties(node));
    this.nodes[node.label] = (this.nodes[node.label] ?? 0) + 1;
  }

  private writeEdge(edge: EdgeRecord): void {
    const group = `${edge.type}|${edge.from.label}|${edge.to.label}`;
    this.tables.write(
      group,
      [`:START_ID(${edge.from.label})`, `:END_ID(${edge.to.label})`, 'key:string'],
      [cell(edge.from.id), cell(edge.to.id), cell(edge.key)],
      withoutNulls(edge.props),
    );
    this.edges[edge.type] = (this.edges[edge.type] ?? 0) + 1;
  }
}
