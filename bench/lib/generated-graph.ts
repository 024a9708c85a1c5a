import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../src/config.js';
import type { Database } from '../../src/db/database.js';
import { applySchema } from '../../src/db/migrations.js';
import { refreshEvaluationCounts } from '../../ingest/load/evaluation-counts.js';
import { DEFAULT_SEED, generateCorpus, GENERATOR_VERSION } from '../corpus/generate-corpus.js';
import { benchNeo4j, type BenchNeo4j } from './bench-neo4j.js';
import { ensureBuiltCli } from './built-cli.js';
import { runKg } from './kg-child.js';

/**
 * The graph of N generated papers in a Neo4j of its own, built through `kg ingest --bulk` (the
 * built CLI, as users run it) and prepared as the server's start prepares it, or reused when
 * that Neo4j's home holds a graph of the same size, seed and generator version. What the home
 * holds is said by a marker file beside the database (not a node in the graph, which an ingest
 * or a test could change), written only once the graph is complete.
 */

export interface GraphMarker {
  papers: number;
  seed: number;
  generatorVersion: number;
  nodes: number;
  relationships: number;
  /** Seconds `kg ingest --bulk` took when it was built. */
  ingestSeconds: number;
  builtAt: string;
}

export interface GeneratedGraph {
  neo4j: BenchNeo4j;
  db: Database;
  marker: GraphMarker;
  reused: boolean;
}

const MARKER_FILE = 'bench-graph.json';

export async function generatedGraph(options: { papers: number; port: number; home: string; log: (message: string) => void }): Promise<GeneratedGraph> {
  const { papers, log } = options;
  const markerPath = path.join(path.resolve(PROJECT_ROOT, options.home), MARKER_FILE);
  const existing = readMarker(markerPath);
  if (existing && existing.papers === papers && existing.seed === DEFAULT_SEED && existing.generatorVersion === GENERATOR_VERSION) {
    log(`reusing the graph of ${papers} generated papers in ${options.home} (generator v${GENERATOR_VERSION}, built ${existing.builtAt})`);
    const neo4j = benchNeo4j({ port: options.port, home: options.home, fresh: false, log });
    return { neo4j, db: await prepared(await neo4j.start()), marker: existing, reused: true };
  }
  const cli = ensureBuiltCli(log);
  const corpus = generateCorpus({ papers, dir: path.join(PROJECT_ROOT, '.scratch', 'bench', `corpus-${papers}-v${GENERATOR_VERSION}`) });
  log(`corpus: ${papers} papers, ${corpus.leaderboardRows} leaderboard rows on ${corpus.leaderboards} leaderboards`);
  const neo4j = benchNeo4j({ port: options.port, home: options.home, fresh: true, log });
  await neo4j.start(); // once, so the home has the conf/ the importer reads
  await neo4j.stop();
  const run = await runKg(cli, ['ingest', '--bulk', path.join(PROJECT_ROOT, '.scratch', 'bench', `csv-api-${papers}`), ...corpus.files], neo4j.config);
  log(`kg ingest --bulk: ${papers} papers in ${run.wallSeconds.toFixed(1)} s, peak RSS of kg ${run.memory.rootPeakMb} MB, of the neo4j-admin JVM ${run.memory.descendantPeakMb.java ?? 0} MB`);
  const db = await prepared(await neo4j.start());
  const [counts] = await db.read('MATCH (n) WITH count(n) AS nodes CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships } RETURN nodes, relationships');
  const marker = writeGraphMarker(options.home, { papers, nodes: counts!.nodes as number, relationships: counts!.relationships as number, ingestSeconds: run.wallSeconds });
  return { neo4j, db, marker, reused: false };
}

/**
 * Says that the home now holds the prepared graph of N generated papers (default seed) built by
 * `kg ingest --bulk`: by this module, or by `bench:ingest --bulk`, which builds the same one,
 * so a 576k graph is built once for both benches.
 */
export function writeGraphMarker(home: string, built: { papers: number; nodes: number; relationships: number; ingestSeconds: number }): GraphMarker {
  const marker: GraphMarker = {
    papers: built.papers,
    seed: DEFAULT_SEED,
    generatorVersion: GENERATOR_VERSION,
    nodes: built.nodes,
    relationships: built.relationships,
    ingestSeconds: Math.round(built.ingestSeconds * 10) / 10,
    builtAt: new Date().toISOString(),
  };
  writeFileSync(path.join(path.resolve(PROJECT_ROOT, home), MARKER_FILE), `${JSON.stringify(marker, null, 2)}\n`);
  return marker;
}

/** As the server's start: the schema plan and the stored evaluation counts (quick when nothing changed). */
async function prepared(db: Database): Promise<Database> {
  await applySchema(db);
  await refreshEvaluationCounts(db);
  return db;
}

function readMarker(file: string): GraphMarker | undefined {
  if (!existsSync(file)) return undefined;
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as GraphMarker;
  } catch {
    return undefined; // unreadable: build again
  }
}
