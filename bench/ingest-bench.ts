/**
 * Ingest throughput of the `kg` command itself, on a generated corpus, into an empty Neo4j of
 * the benchmark's own.
 *
 *   npm run bench:ingest -- --papers 20000 [--bulk] [--batch-rows 20000]
 *                           [--port 7695] [--home .neo4j-bench] [--keep] [--out bench/results.json]
 *
 * Generates the corpus (bench/corpus, deterministic), starts a fresh Neo4j (.neo4j-bench on
 * 127.0.0.1:7695 unless told otherwise), and runs the built CLI as a child process, exactly as
 * a user runs it: `node dist/ingest/cli.js ingest FILES --batch-size N` (transactional), or, with
 * --bulk, stops Neo4j and runs `node dist/ingest/cli.js ingest --bulk CSV_DIR FILES`, then starts
 * Neo4j and prepares the graph as the server's start does (schema, evaluation counts). It prints
 * the wall time, papers/s and the child's peak RSS (VmHWM from /proc; neo4j-admin's JVM, a
 * process of its own, is reported apart and in the combined peak), counts the graph and stops
 * the database (--keep leaves it running). A --bulk run leaves the marker bench:api reads, so
 * `bench:api -- --papers N --home SAME_HOME` reuses the graph instead of building it again.
 */
import path from 'node:path';
import { PROJECT_ROOT } from '../src/config.js';
import { applySchema } from '../src/db/migrations.js';
import { refreshEvaluationCounts } from '../ingest/load/evaluation-counts.js';
import { defaultWorkers, observeWorkers } from '../ingest/loop/worker-extraction.js';
import { bulkWorkers } from '../ingest/bulk/bulk-import.js';
import { generateCorpus, GENERATOR_VERSION } from './corpus/generate-corpus.js';
import { flag, numberOption, stringOption } from './lib/args.js';
import { benchNeo4j } from './lib/bench-neo4j.js';
import { ensureBuiltCli } from './lib/built-cli.js';
import { writeGraphMarker } from './lib/generated-graph.js';
import { runKg } from './lib/kg-child.js';
import { parseKgIngestSummary } from './lib/kg-summary.js';
import { machineInfo } from './lib/machine.js';
import { writeResults } from './lib/results-file.js';

const papers = numberOption('--papers', 20_000);
const bulk = flag('--bulk');
// 20k rows per transaction measured fastest (bench/loader-batch.ts; RESULTS.md), beside 1k and 5k; also the CLI's default.
const batchRows = numberOption('--batch-rows', 20_000);
const port = numberOption('--port', 7695);
const home = stringOption('--home') ?? '.neo4j-bench';
const out = stringOption('--out');
const log = (message: string) => console.error(message);

const machine = machineInfo();
const cli = ensureBuiltCli(log);
const corpusDir = path.join(PROJECT_ROOT, '.scratch', 'bench', `corpus-${papers}-v${GENERATOR_VERSION}`);
let t = performance.now();
const corpus = generateCorpus({ papers, dir: corpusDir });
log(`corpus: ${papers} papers, ${corpus.leaderboardRows} leaderboard rows on ${corpus.leaderboards} leaderboards, ${corpus.links} repo links, ${(corpus.bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t) / 1000).toFixed(1)} s`);

const neo4j = benchNeo4j({ port, home, fresh: true, log });
let failed = false;
try {
  // Started once even for --bulk: the importer needs the home's conf/ that a start writes.
  let db = await neo4j.start();
  if (bulk) await neo4j.stop(); // the importer replaces the database of a stopped server
  const args = bulk
    ? ['ingest', '--bulk', path.join(PROJECT_ROOT, '.scratch', 'bench', `csv-${papers}`), ...corpus.files]
    : ['ingest', ...corpus.files, '--batch-size', String(batchRows)];
  log(`running: node ${path.relative(PROJECT_ROOT, cli)} ${args.map((a) => (path.isAbsolute(a) ? path.relative(PROJECT_ROOT, a) : a)).join(' ')}`);
  t = performance.now();
  const run = await runKg(cli, args, neo4j.config);
  const summary = parseKgIngestSummary(run.stdout);
  let prepareSeconds = 0;
  if (bulk) {
    db = await neo4j.start();
    const s = performance.now();
    await applySchema(db); // constraints and indexes, built over the imported store, as the server's start does
    await refreshEvaluationCounts(db); // as the server's start does
    prepareSeconds = (performance.now() - s) / 1000;
  }
  const endToEnd = (performance.now() - t) / 1000;
  const [counts] = await db.read('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const [loaded] = await db.read('MATCH (p:Paper) WHERE p.abstract IS NOT NULL RETURN count(p) AS papers');
  // The smoke run's guard: every generated paper must be in the graph.
  if (summary.papers !== papers || (loaded!.papers as number) < papers) throw new Error(`expected ${papers} papers with abstracts, the graph has ${loaded!.papers as number}`);
  const rows = sum(summary.nodes) + sum(summary.edges);
  const ingest = {
    command: `kg ${args[0]}${bulk ? ' --bulk' : ''}`,
    cli: path.relative(PROJECT_ROOT, cli),
    mode: bulk ? 'bulk' : 'transactional',
    generatorVersion: GENERATOR_VERSION,
    papers: summary.papers,
    // Extraction threads in pass 1 and in pass 2, as the command chose them.
    workers: bulk ? bulkWorkers() : observeWorkers(),
    recordWorkers: bulk ? bulkWorkers() : defaultWorkers(),
    ...(bulk ? {} : { batchRows }),
    rows,
    wallSeconds: round(run.wallSeconds),
    papersPerSec: Math.round(summary.papers / run.wallSeconds),
    cliSeconds: summary.seconds,
    ...(bulk ? { extractionSeconds: summary.extractionSeconds, csvSeconds: summary.csvSeconds, importSeconds: summary.importSeconds, prepareSeconds: round(prepareSeconds) } : {}),
    endToEndSeconds: round(endToEnd),
    peakRssMb: run.memory.rootPeakMb,
    ...(bulk ? { adminJvmPeakRssMb: run.memory.descendantPeakMb.java ?? 0 } : {}),
    combinedPeakRssMb: run.memory.combinedPeakMb,
    graph: counts,
    nodes: summary.nodes,
    edges: summary.edges,
  };
  console.log(JSON.stringify(ingest, null, 2));
  console.log(
    `${ingest.mode} (kg CLI): ${ingest.papers} papers in ${ingest.wallSeconds} s (${ingest.papersPerSec} papers/s; end to end ${ingest.endToEndSeconds} s); ` +
      `peak RSS of kg ${ingest.peakRssMb} MB` +
      (bulk ? `, of the neo4j-admin JVM ${ingest.adminJvmPeakRssMb} MB (not included), both at once at most ${ingest.combinedPeakRssMb} MB` : ''),
  );
  if (out) writeResults(out, { machine, ingest });
  // The graph bench:api would build for this size: it reuses this home instead of building it again.
  if (bulk) writeGraphMarker(home, { papers, nodes: counts!.nodes as number, relationships: counts!.relationships as number, ingestSeconds: run.wallSeconds });
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  if (!flag('--keep') || failed) await neo4j.stop();
}
process.exit(failed ? 1 : 0);

function sum(counts: Record<string, number>): number {
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
