/**
 * The measured ingest, in a process of its own so its peak RSS is the ingest's alone (the
 * parent generates the corpus and runs Neo4j). Prints one JSON line: the figures.
 *
 * Input (JSON in argv[2]): { mode: 'transactional' | 'bulk', files, uri, home, batchRows, workers, csvDir }
 */
import { loadConfig } from '../src/config.js';
import { Database, type Params } from '../src/db/database.js';
import { createDriver } from '../src/db/driver.js';
import { bulkImport } from '../ingest/bulk/bulk-import.js';
import { ingestFiles } from '../ingest/ingest-files.js';

interface ChildInput {
  mode: 'transactional' | 'bulk';
  files: string[];
  uri: string;
  home: string;
  batchRows: number;
  workers: number;
  csvDir: string;
}

const input = JSON.parse(process.argv[2]!) as ChildInput;
const config = loadConfig({ ...process.env, NEO4J_URI: input.uri, NEO4J_DATA_DIR: input.home, NEO4J_PASSWORD: undefined, NEO4J_QUERY_TIMEOUT_MS: '120000' }).neo4j;
const started = performance.now();

/** Time spent inside write transactions: the loading side of the ingest. */
class TimedDatabase extends Database {
  writeSeconds = 0;
  override async writeAll(statements: Array<{ cypher: string; params?: Params }>): Promise<void> {
    const t = performance.now();
    try {
      await super.writeAll(statements);
    } finally {
      this.writeSeconds += (performance.now() - t) / 1000;
    }
  }
}

let result: Record<string, unknown>;
if (input.mode === 'transactional') {
  const driver = createDriver(config);
  const db = new TimedDatabase(driver, config.database, config.queryTimeoutMs);
  const summary = await ingestFiles(db, input.files, { batchRows: input.batchRows, workers: input.workers });
  await driver.close();
  const rows = sum(summary.nodes) + sum(summary.edges);
  result = {
    papers: summary.papers,
    rows,
    nodes: summary.nodes,
    edges: summary.edges,
    extractSeconds: summary.pass1Seconds,
    loadSeconds: db.writeSeconds,
    pass2Seconds: summary.seconds - summary.pass1Seconds,
  };
} else {
  const summary = await bulkImport(input.files, input.csvDir, { config, workers: input.workers, log: (m) => process.stderr.write(`${m}\n`) });
  result = {
    papers: summary.papers,
    rows: summary.rows,
    nodes: summary.nodes,
    edges: summary.edges,
    extractSeconds: summary.pass1Seconds,
    csvSeconds: summary.csvSeconds,
    loadSeconds: summary.importSeconds,
    importSummary: summary.importSummary,
  };
}
result.wallSeconds = (performance.now() - started) / 1000;
result.peakRssMb = Math.round(process.resourceUsage().maxRSS / 1024);
process.stdout.write(`${JSON.stringify(result)}\n`);
process.exit(0);

function sum(counts: Partial<Record<string, number>>): number {
  return Object.values(counts).reduce<number>((a, b) => a + (b ?? 0), 0);
}
