/**
 * GraphQL API throughput and latency: a fixed set of queries, each for a fixed time at fixed
 * concurrency (autocannon, loopback only), against ours, @neo4j/graphql (the peer) over the
 * same database, and the floor (the best hand-written Cypher query per request). Each shape
 * runs on a hub target and a tail target (bench/api/fixtures.ts).
 *
 *   npm run bench:api [-- --seconds 10 --connections 16 --out bench/results.json]
 *                     [--papers N [--port 7696 --home .neo4j-bench-api-N]]
 *                     [--reuse --port 7695 --home .neo4j-bench]  (a graph left by bench:ingest --keep)
 *                     [--only leaderboard,nested3-hub] [--server-port 4791] [--keep]
 *
 * Without --papers: the shipped corpus (seed text and the four evaluation tables) ingested as
 * the server does into a fresh Neo4j. With --papers N: the graph of N generated papers, built
 * through `kg ingest --bulk` in a Neo4j of its own, or reused when its home holds one of that
 * size and generator version (bench/lib/generated-graph.ts).
 *
 * Ours also reports Cypher round trips per request, counted with Database.withListener.
 * Nothing is cached between requests by any of the three: these are the uncached figures.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import autocannon from 'autocannon';
import { pino } from 'pino';
import { createGraphQLHandler } from '../src/api/server.js';
import { PROJECT_ROOT } from '../src/config.js';
import type { Database } from '../src/db/database.js';
import { applySchema } from '../src/db/migrations.js';
import { refreshEvaluationCounts } from '../ingest/load/evaluation-counts.js';
import { DEFAULT_CORPUS } from '../src/default-corpus.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { chooseFixtures } from './api/fixtures.js';
import { benchQueries, type BenchQuery } from './api/queries.js';
import { GENERATOR_VERSION } from './corpus/generate-corpus.js';
import { flag, numberOption, stringOption } from './lib/args.js';
import { benchNeo4j, type BenchNeo4j } from './lib/bench-neo4j.js';
import { generatedGraph } from './lib/generated-graph.js';
import { machineInfo } from './lib/machine.js';
import { writeResults } from './lib/results-file.js';

const seconds = numberOption('--seconds', 10);
const connections = numberOption('--connections', 16);
const papers = stringOption('--papers') ? numberOption('--papers', 0) : undefined;
const reuse = flag('--reuse');
const port = numberOption('--port', reuse ? 7695 : 7696);
const home = stringOption('--home') ?? (reuse ? '.neo4j-bench' : papers ? `.neo4j-bench-api-${papers}` : '.neo4j-bench-api');
const out = stringOption('--out');
const only = stringOption('--only')?.split(',');
const log = (message: string) => console.error(message);
const TARGETS = ['ours', 'peer', 'floor'] as const;
type Target = (typeof TARGETS)[number];
// Three HTTP ports from --server-port on: ours, the peer, the floor.
const serverPort = numberOption('--server-port', 4791);
const SERVER_PORTS: Record<Target, number> = { ours: serverPort, peer: serverPort + 1, floor: serverPort + 2 };

const machine = machineInfo();
const servers: ChildProcess[] = [];
let neo4j: BenchNeo4j | undefined;
let failed = false;
try {
  let db: Database;
  let graph: Record<string, unknown>;
  if (papers) {
    const generated = await generatedGraph({ papers, port, home, log });
    ({ neo4j, db } = generated);
    graph = { corpus: `generated ${papers}`, generatorVersion: GENERATOR_VERSION, built: generated.reused ? 'reused' : `kg ingest --bulk, ${generated.marker.ingestSeconds} s` };
  } else {
    neo4j = benchNeo4j({ port, home, fresh: !reuse, log });
    db = await neo4j.start();
    if (!reuse) await loadShippedCorpus(db);
    await applySchema(db);
    await refreshEvaluationCounts(db); // as the server does at start
    graph = { corpus: reuse ? `reused ${home}` : 'shipped (seed + evaluation tables)' };
  }
  const [size] = await db.read(
    `CALL () { MATCH (p:Paper) RETURN count(p) AS papers }
     CALL () { MATCH (n) RETURN count(n) AS nodes }
     CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
     RETURN papers, nodes, relationships`,
  );
  log(`graph: ${size!.papers as number} papers, ${size!.nodes as number} nodes, ${size!.relationships as number} relationships`);
  const fixtures = await chooseFixtures(db);
  log(`fixtures: ${JSON.stringify(fixtures)}`);
  const queries = benchQueries(fixtures).filter((q) => !only || only.includes(q.name) || only.includes(q.shape));
  const roundTrips = await countRoundTrips(db, queries);

  for (const target of TARGETS) servers.push(await startServer(target, neo4j.config.uri, JSON.stringify(fixtures)));
  const results = [];
  for (const query of queries) {
    const row: Record<string, unknown> = { name: query.name };
    // Interleaved per query, so drifting load from other work on the machine hits all three alike.
    for (const target of TARGETS) {
      const request = requestFor(target, query);
      await checkAnswer(target, query, request);
      await cannon(request, 1, Math.min(connections, 4)); // warm-up: JIT, plans, pools
      const r = await cannon(request, seconds, connections);
      const errors = r.errors + r.timeouts + r.non2xx + (await checkAnswer(target, query, request, false));
      row[target] = {
        rps: Math.round(r.requests.average),
        p50Ms: r.latency.p50,
        p99Ms: r.latency.p99,
        errors,
        ...(target === 'ours' ? { roundTrips: roundTrips.get(query.name) } : {}),
      };
      log(`${query.name.padEnd(18)} ${target.padEnd(5)} ${JSON.stringify(row[target])}`);
    }
    const ours = row.ours as { rps: number; p50Ms: number };
    const peer = row.peer as { rps: number };
    const floor = row.floor as { rps: number; p50Ms: number };
    row.oursOverPeerRps = ratio(ours.rps, peer.rps);
    row.oursOverFloorRps = ratio(ours.rps, floor.rps);
    row.oursOverFloorP50 = ratio(ours.p50Ms, floor.p50Ms);
    if (query.peerNote) row.peerNote = query.peerNote;
    results.push(row);
  }
  printTable(results);
  const totalErrors = results.reduce((n, row) => n + TARGETS.reduce((m, t) => m + (row[t] as { errors: number }).errors, 0), 0);
  if (totalErrors > 0) {
    failed = true;
    log(`${totalErrors} errors`);
  }
  if (out) {
    writeResults(out, {
      machine,
      api: { seconds, connections, ...graph, papers: size!.papers, nodes: size!.nodes, relationships: size!.relationships, fixtures },
      queries: results,
    });
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  for (const server of servers) server.kill('SIGTERM');
  if (!flag('--keep')) await neo4j?.stop();
}
process.exit(failed ? 1 : 0);

/** The shipped corpus (seed text and the real leaderboards) the way the server loads it. */
async function loadShippedCorpus(db: Database): Promise<void> {
  const tables = ['chexpert', 'eff', 'nlp-progress', 'snli'].map((name) => path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', `${name}.json`));
  await ingestFiles(db, [DEFAULT_CORPUS, ...tables]);
}

/** Cypher queries per request for ours, counted in process through the same handler. */
async function countRoundTrips(db: Database, queries: BenchQuery[]): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const query of queries) {
    let n = 0;
    const yoga = createGraphQLHandler({ db, logger: pino({ level: 'warn' }), dbForRequest: () => db.withListener(() => (n += 1)) });
    const response = await yoga.fetch('http://localhost/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(query.ours),
    });
    const body = (await response.json()) as { errors?: unknown };
    if (body.errors) throw new Error(`ours answered ${query.name} with errors: ${JSON.stringify(body.errors)}`);
    counts.set(query.name, n);
  }
  return counts;
}

function requestFor(target: Target, query: BenchQuery) {
  const base = `http://127.0.0.1:${SERVER_PORTS[target]}`;
  return target === 'floor'
    ? { url: `${base}/floor/${query.name}`, body: '{}' }
    : { url: `${base}/graphql`, body: JSON.stringify(target === 'ours' ? query.ours : query.peer) };
}

/** One request outside the load: a GraphQL error answers 200, so autocannon would not count it. */
async function checkAnswer(target: Target, query: BenchQuery, request: { url: string; body: string }, fatal = true): Promise<number> {
  const response = await fetch(request.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: request.body });
  const body = (await response.json().catch(() => ({ errors: ['not JSON'] }))) as { data?: unknown; errors?: unknown };
  const ok = response.ok && !body.errors && body.data !== undefined;
  if (!ok && fatal) throw new Error(`${target} answered ${query.name} with ${response.status}: ${JSON.stringify(body).slice(0, 600)}`);
  return ok ? 0 : 1;
}

function cannon(request: { url: string; body: string }, duration: number, conns: number): Promise<autocannon.Result> {
  return autocannon({
    url: request.url,
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: request.body,
    connections: conns,
    duration,
    timeout: 10,
  });
}

function startServer(target: Target, uri: string, fixtures: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const file = path.join(import.meta.dirname, 'api', `serve${path.extname(import.meta.filename)}`);
    const child = spawn(process.execPath, [...process.execArgv, file, target, String(SERVER_PORTS[target]), uri, fixtures], { stdio: ['ignore', 'pipe', 'inherit'] });
    child.stdout!.once('data', () => resolve(child));
    child.once('exit', (code) => reject(new Error(`${target} server exited (${code}) before it was ready`)));
  });
}

function ratio(a: number, b: number): number {
  return b === 0 ? 0 : Math.round((a / b) * 100) / 100;
}

function printTable(rows: Array<Record<string, unknown>>): void {
  const header = ['query', 'ours rps', 'peer rps', 'floor rps', 'ours p50/p99', 'peer p50/p99', 'floor p50/p99', 'trips', 'ours/peer', 'ours/floor', 'p50 ours/floor', 'errors'];
  console.log(`| ${header.join(' | ')} |\n|${header.map(() => ' --- ').join('|')}|`);
  for (const row of rows) {
    const t = (name: Target) => row[name] as { rps: number; p50Ms: number; p99Ms: number; errors: number; roundTrips?: number };
    const cells = [
      row.name,
      t('ours').rps,
      t('peer').rps,
      t('floor').rps,
      `${t('ours').p50Ms}/${t('ours').p99Ms}`,
      `${t('peer').p50Ms}/${t('peer').p99Ms}`,
      `${t('floor').p50Ms}/${t('floor').p99Ms}`,
      t('ours').roundTrips,
      row.oursOverPeerRps,
      row.oursOverFloorRps,
      row.oursOverFloorP50,
      TARGETS.map((name) => t(name).errors).join('/'),
    ];
    console.log(`| ${cells.join(' | ')} |`);
  }
}
