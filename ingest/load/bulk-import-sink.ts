import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Neo4jConfig } from '../../src/config.js';
import { LocalNeo4jError, localNeo4jStatus } from '../../src/db/local-neo4j.js';
import type { EdgeRecord, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { runAdminImport } from '../bulk/admin-import.js';
import { GraphCsvWriter } from '../bulk/graph-csv-writer.js';
import { PackedRecords } from '../bulk/packed-records.js';
import { edgeKey, mergeEdgeInto, mergeNodeInto, nodeKey } from '../records/record-merge.js';
import type { GraphSink, SinkSummary } from './graph-sink.js';

export interface BulkImportSinkOptions {
  /** The local Neo4j to import into (its home is config.dataDir); it must be stopped. */
  config: Neo4jConfig;
  /** Write the CSV files only (default: also run the import). */
  csvOnly?: boolean;
  log?: (message: string) => void;
}

export interface BulkImportSinkSummary extends SinkSummary {
  /** CSV rows written: each node and relationship once. */
  rows: number;
  csvSeconds: number;
  importSeconds: number;
  /** The importer's last lines (counts, time). */
  importSummary: string;
}

/**
 * `kg ingest --bulk DIR`: every node and relationship written once as CSV under DIR, then
 * loaded by `neo4j-admin database import full`, which builds the store without transactions
 * and REPLACES the database. The graph is the one the transaction sink would build, with one
 * difference: a node without aliases has none stored (the transaction sink stores []).
 *
 * Memory: the dumps' records wait in memory (the sink takes them first, to merge each into its
 * node's one row; as packed text), and so do entities and repositories; a paper's records are
 * written as soon as they come.
 */
export class BulkImportSink implements GraphSink<BulkImportSinkSummary> {
  readonly records = 'first';
  // Each node is one row, written once: counted there, not by remembering every id seen.
  readonly countsWritten = true;
  private readonly dumpNodes = new PackedRecords<NodeRecord>(nodeKey, mergeNodeInto);
  private readonly dumpEdges = new PackedRecords<EdgeRecord>(edgeKey, mergeEdgeInto);
  private writer: GraphCsvWriter | undefined;
  private csvStarted = 0;

  /** A sink for a local Neo4j that can take the import: checked before a long read is spent. */
  static async open(dir: string, options: BulkImportSinkOptions): Promise<BulkImportSink> {
    if (!options.csvOnly) await checkStopped(options.config);
    return new BulkImportSink(dir, options);
  }

  private constructor(
    private readonly dir: string,
    private readonly options: BulkImportSinkOptions,
  ) {}

  async begin(): Promise<void> {
    this.csvStarted = performance.now();
    this.writer = new GraphCsvWriter(path.join(this.dir, 'csv'), this.dumpNodes, this.dumpEdges);
  }

  async addRecords(batch: GraphBatch): Promise<void> {
    // A paper's row is final once written, so its dump twin must be in before the first paper.
    if (this.writer) throw new Error('the bulk sink takes dump records before begin() only');
    for (const node of batch.nodes) this.dumpNodes.add(node);
    for (const edge of batch.edges) this.dumpEdges.add(edge);
  }

  async addPaper(batch: GraphBatch): Promise<void> {
    this.csv().writePaper(batch);
  }

  async finish(): Promise<BulkImportSinkSummary> {
    const log = this.options.log ?? (() => {});
    const written = this.csv().finish();
    const csvSeconds = (performance.now() - this.csvStarted) / 1000;
    log(`pass 2: ${written.rows} rows written as CSV in ${csvSeconds.toFixed(1)} s`);
    let importSeconds = 0;
    let importSummary = '';
    if (!this.options.csvOnly) {
      const result = await runAdminImport({
        home: this.options.config.dataDir,
        database: this.options.config.database,
        nodes: written.nodeSegments,
        relationships: written.edgeSegments,
        log: (line) => log(`  import: ${line}`),
      });
      importSeconds = result.seconds;
      importSummary = result.summary;
    }
    return { nodes: written.nodes, edges: written.edges, written: written.written, rows: written.rows, csvSeconds, importSeconds, importSummary };
  }

  private csv(): GraphCsvWriter {
    if (!this.writer) throw new Error('the bulk sink writes papers after begin() only');
    return this.writer;
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
