/**
 * Ingest throughput on a generated corpus, into an empty Neo4j of the benchmark's own.
 *
 *   npm run bench:ingest -- --papers 20000 [--bulk] [--batch-rows 20000] [--workers 2]
 *                           [--port 7695] [--keep] [--out bench/results.json]
 *
 * Generates the corpus (bench/corpus, deterministic), starts a fresh Neo4j (.neo4j-bench on
 * 127.0.0.1:7695 unless told otherwise), runs the ingest in a child process (so its peak RSS
 * is the ingest's own) through ingestFiles with extraction on worker threads (transactional)
 * or through neo4j-admin import (--bulk), then counts the graph, prints the figures and stops
 * the database (--keep leaves it running for bench:api).
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { applySchema } from '../src/db/migrations.js';
import { refreshEvaluationCounts } from '../ingest/load/evaluation-counts.js';
import { generateCorpus } from './corpus/generate-corpus.js';
import { flag, numberOption, stringOption } from './lib/args.js';
import { benchNeo4j } from './lib/bench-neo4j.js';
import { machineInfo } from './lib/machine.js';
import { writeResults } from './lib/results-file.js';
import { defaultWorkers } from '../ingest/loop/worker-extraction.js';

const papers = numberOption('--papers', 20_000);
const bulk = flag('--bulk');
// 20k rows per transaction measured fastest (bench/loader-batch.ts; RESULTS.md), beside 1k and 5k.
const batchRows = numberOption('--batch-rows', 20_000);
const workers = numberOption('--workers', defaultWorkers());
const port = numberOption('--port', 7695);
const home = stringOption('--home') ?? '.neo4j-bench';
const out = stringOption('--out');
const log = (message: string) => console.error(message);

const machine = machineInfo();
const corpusDir = path.join(PROJECT_ROOT, '.scratch', 'bench', `corpus-${papers}`);
let t = performance.now();
const corpus = generateCorpus({ papers, dir: corpusDir });
log(`corpus: ${papers} papers, ${corpus.leaderboardRows} leaderboard rows, ${corpus.links} repo links, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const neo4j = benchNeo4j({ port, home, fresh: true, log });
let failed = false;
try {
  let db = await neo4j.start();
  if (bulk) await neo4j.stop(); // the importer replaces the database of a stopped server
  t = performance.now();
  const figures = await runChild({
    mode: bulk ? 'bulk' : 'transactional',
    files: corpus.files,
    uri: neo4j.config.uri,
    home: neo4j.config.dataDir,
    batchRows,
    workers,
    csvDir: path.join(PROJECT_ROOT, '.scratch', 'bench', `csv-${papers}`),
  });
  let schemaSeconds = 0;
  if (bulk) {
    db = await neo4j.start();
    const s = performance.now();
    await applySchema(db); // constraints and indexes, built over the imported store
    await refreshEvaluationCounts(db); // as the server does at start
    schemaSeconds = (performance.now() - s) / 1000;
  }
  const endToEnd = (performance.now() - t) / 1000;
  const [counts] = await db.read('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS edges } RETURN nodes, edges');
  const [loaded] = await db.read('MATCH (p:Paper) WHERE p.abstract IS NOT NULL RETURN count(p) AS papers');
  // The smoke run's guard: every generated paper must be in the graph.
  if (figures.papers !== papers || (loaded!.papers as number) < papers) throw new Error(`expected ${papers} papers with abstracts, the graph has ${loaded!.papers as number}`);
  const ingest = {
    mode: bulk ? 'bulk' : 'transactional',
    papers: figures.papers as number,
    workers,
    ...(bulk ? {} : { batchRows }),
    extractPapersPerSec: Math.round((figures.papers as number) / (figures.extractSeconds as number)),
    loadRowsPerSec: Math.round((figures.rows as number) / (figures.loadSeconds as number)),
    rows: figures.rows,
    extractSeconds: round(figures.extractSeconds as number),
    loadSeconds: round(figures.loadSeconds as number),
    ...(bulk ? { csvSeconds: round(figures.csvSeconds as number), schemaSeconds: round(schemaSeconds) } : {}),
    wallSeconds: round(figures.wallSeconds as number),
    endToEndSeconds: round(endToEnd),
    peakRssMb: figures.peakRssMb,
    graph: counts,
    nodes: figures.nodes,
    edges: figures.edges,
  };
  console.log(JSON.stringify(ingest, null, 2));
  console.log(
    `${ingest.mode}: ${ingest.papers} papers; extraction ${ingest.extractPapersPerSec} papers/s; loading ${ingest.loadRowsPerSec} rows/s; ` +
      `ingest ${ingest.wallSeconds} s (end to end ${ingest.endToEndSeconds} s); peak RSS ${ingest.peakRssMb} MB`,
  );
  if (out) writeResults(out, { machine, ingest });
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  if (!flag('--keep') || failed) await neo4j.stop();
}
process.exit(failed ? 1 : 0);

function runChild(input: Record<string, unknown>): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, `ingest-child${path.extname(import.meta.filename)}`), JSON.stringify(input)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
    child.once('error', reject);
    child.once('close', (code) => {
      const last = stdout.trim().split('\n').at(-1) ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`ingest child failed (exit ${code}): ${stdout.slice(-500)}`));
      else resolve(JSON.parse(last) as Record<string, unknown>);
    });
  });
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
