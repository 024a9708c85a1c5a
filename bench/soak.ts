/**
 * Load soak of our server: C concurrent clients (default 64) for S seconds (default 60), each
 * cycling through the benchmark's query set, against the real server in a process of its own
 * over the shipped corpus. Prints the server's resident memory each minute. Fails (exit 1) on
 * any non-2xx answer, any GraphQL error, or a timeout, and, on runs of three minutes or more,
 * when the RSS grows more than 10% between minute 2 (warm: pools, plans and caches full) and
 * the last minute: a slow leak. RSS is sampled every 10 s and each minute judged by its lowest
 * sample: between two collections the heap rises and falls by tens of MB (measured: single
 * samples of one 600 s run swung from 351 to 419 MB and back), and a leak raises that floor.
 *
 *   npm run soak [-- --seconds 600 --connections 64 --port 7720 --out bench/soak.json]
 *
 * Traffic goes to 127.0.0.1 only, and stops by itself after S seconds.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import autocannon from 'autocannon';
import { PROJECT_ROOT } from '../src/config.js';
import { DEFAULT_CORPUS } from '../src/default-corpus.js';
import { ingestFiles } from '../ingest/ingest-files.js';
import { chooseFixtures } from './api/fixtures.js';
import { benchQueries } from './api/queries.js';
import { flag, numberOption, stringOption } from './lib/args.js';
import { benchNeo4j } from './lib/bench-neo4j.js';
import { machineInfo } from './lib/machine.js';
import { writeResults } from './lib/results-file.js';

const seconds = numberOption('--seconds', 60);
const connections = numberOption('--connections', 64);
const port = numberOption('--port', 7720);
const serverPort = numberOption('--server-port', 4794);
const out = stringOption('--out');
const log = (message: string) => console.error(message);

const neo4j = benchNeo4j({ port, home: stringOption('--home') ?? '.neo4j-bench-soak', fresh: true, log });
let failed = false;
let server: ReturnType<typeof spawn> | undefined;
try {
  const db = await neo4j.start();
  const tables = ['chexpert', 'eff', 'nlp-progress', 'snli'].map((name) => path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', `${name}.json`));
  await ingestFiles(db, [DEFAULT_CORPUS, ...tables]);
  const fixtures = await chooseFixtures(db);
  const queries = benchQueries(fixtures);

  server = spawn(process.execPath, [...process.execArgv, path.join(import.meta.dirname, 'api', `serve${path.extname(import.meta.filename)}`), 'ours', String(serverPort), neo4j.config.uri, JSON.stringify(fixtures)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise((resolve) => server!.stdout!.once('data', resolve));
  const pid = server.pid!;

  // Warm up (JIT, query plans, pools), then measure memory from a settled start.
  await run(5, Math.min(connections, 8));
  const rssBefore = rssMb(pid);
  log(`soak: ${connections} clients for ${seconds} s over ${queries.length} queries; server RSS before ${rssBefore} MB`);
  const started = Date.now();
  const rssByMinute: Array<{ lowest: number; highest: number }> = [];
  let samples: number[] = [];
  const sampler = setInterval(() => {
    samples.push(rssMb(pid));
    if (samples.length < 6) return;
    rssByMinute.push({ lowest: Math.min(...samples), highest: Math.max(...samples) });
    samples = [];
    const minute = rssByMinute.at(-1)!;
    log(`soak: minute ${rssByMinute.length}: server RSS ${minute.lowest}-${minute.highest} MB`);
  }, 10_000);
  const { result, graphqlErrors } = await run(seconds, connections).finally(() => clearInterval(sampler));
  const rssAfter = rssMb(pid);
  const leak = leakCheck(rssByMinute.map((minute) => minute.lowest), (Date.now() - started) / 1000);
  log(`soak: ${leak.verdict}`);

  const summary = {
    seconds,
    connections,
    queries: queries.map((q) => q.name),
    requests: result.requests.total,
    rps: Math.round(result.requests.average),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    status5xx: result['5xx'],
    errors: result.errors,
    timeouts: result.timeouts,
    graphqlErrors,
    rssBeforeMb: rssBefore,
    rssByMinuteMb: rssByMinute,
    rssAfterMb: rssAfter,
    rssFloorGrowthFromMinute2Percent: leak.growthPercent,
  };
  console.log(JSON.stringify(summary, null, 2));
  failed = summary.non2xx + summary.errors + summary.timeouts + summary.graphqlErrors > 0 || leak.leaks;
  if (out) writeResults(out, { machine: machineInfo(), soak: summary });

  /** Every client cycles through all queries; a GraphQL error in a 200 answer counts as an error too. */
  async function run(duration: number, conns: number) {
    let graphqlErrors = 0;
    const result = await autocannon({
      url: `http://127.0.0.1:${serverPort}/graphql`,
      connections: conns,
      duration,
      timeout: 10,
      requests: queries.map((q) => ({
        method: 'POST' as const,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(q.ours),
        onResponse: (_status: number, body: string) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      })),
    });
    return { result, graphqlErrors };
  }
} catch (error) {
  failed = true;
  console.error(error);
} finally {
  server?.kill('SIGTERM');
  if (!flag('--keep')) await neo4j.stop();
}
process.exit(failed ? 1 : 0);

/** The lowest RSS of minute 2 against that of the last minute: more than 10% more fails; runs under three minutes are not judged. */
function leakCheck(floors: number[], elapsedSeconds: number) {
  const minute2 = floors[1];
  const last = floors.at(-1);
  if (minute2 === undefined || last === undefined || floors.length < 3 || elapsedSeconds < 180) {
    return { leaks: false, growthPercent: null, verdict: 'too short for the leak check (needs 3 minutes)' };
  }
  const growthPercent = Math.round(((last - minute2) / minute2) * 1000) / 10;
  const leaks = growthPercent > 10;
  return { leaks, growthPercent, verdict: `RSS floor ${minute2} MB in minute 2, ${last} MB in minute ${floors.length}: ${growthPercent}% (${leaks ? 'more than 10%: fails' : 'within 10%'})` };
}

function rssMb(pid: number): number {
  const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return match ? Math.round(Number(match[1]) / 1024) : -1;
}
