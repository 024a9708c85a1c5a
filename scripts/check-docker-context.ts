/**
 * `npm run check:docker`: the Docker route without a Docker engine. Lays out the Dockerfile's
 * build context in a temporary folder from its COPY lines (minus .dockerignore), runs its RUN
 * steps there, starts its CMD against a Neo4j of this check's own and waits until the server
 * is ready and answers a query and the dashboard. Exits non-zero, naming the step, on failure.
 *
 *   npm run check:docker [-- --port 7716 --keep]
 */
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { loadConfig, PROJECT_ROOT } from '../src/config.js';
import { startLocalNeo4j, stopLocalNeo4j } from '../src/db/local-neo4j.js';
import { dockerfileSteps } from './dockerfile-steps.js';

const args = process.argv.slice(2);
const neo4jPort = Number(args[args.indexOf('--port') + 1] || 7716);
const keep = args.includes('--keep');
const log = (message: string) => console.log(`[check:docker] ${message}`);

const ignored = readFileSync(path.join(PROJECT_ROOT, '.dockerignore'), 'utf8')
  .split('\n')
  .map((line) => line.trim())
  .filter((line) => line !== '' && !line.startsWith('#'))
  .map((pattern) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}(/|$)`));

/** Whether .dockerignore keeps a path (relative to the context) out of the build context. */
function isIgnored(relative: string): boolean {
  return ignored.some((pattern) => pattern.test(relative));
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(url: string, seconds: number, exited: () => boolean): Promise<Response> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline && !exited()) {
    const response = await fetch(url).catch(() => undefined);
    if (response?.ok) return response;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(exited() ? `the server exited before ${url} answered 200` : `${url} did not answer 200 within ${seconds} s`);
}

const root = mkdtempSync(path.join(os.tmpdir(), 'docker-context-'));
const neo4j = loadConfig({ ...process.env, NEO4J_URI: `bolt://127.0.0.1:${neo4jPort}`, NEO4J_DATA_DIR: '.neo4j-docker-check', NEO4J_PASSWORD: undefined }).neo4j;
let workdir = root;
let env: Record<string, string> = {};
let failed = false;
try {
  const steps = dockerfileSteps(readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
  let cmd: string[] | undefined;
  for (const step of steps) {
    if (step.kind === 'workdir') {
      workdir = path.join(root, step.dir);
      mkdirSync(workdir, { recursive: true });
    } else if (step.kind === 'copy') {
      for (const source of step.sources) {
        const into = step.destination.endsWith('/') || step.sources.length > 1 ? path.join(workdir, step.destination, path.basename(source)) : path.join(workdir, step.destination);
        cpSync(path.join(PROJECT_ROOT, source), into, { recursive: true, filter: (from) => !isIgnored(path.relative(PROJECT_ROOT, from)) });
      }
      log(`COPY ${step.sources.join(' ')} ${step.destination}`);
    } else if (step.kind === 'run') {
      log(`RUN ${step.command}`);
      const result = spawnSync('sh', ['-c', step.command], { cwd: workdir, env: { ...process.env, ...env }, stdio: 'inherit' });
      if (result.status !== 0) throw new Error(`RUN ${step.command} exited with ${result.status}`);
    } else if (step.kind === 'env') {
      env = { ...env, ...step.values };
    } else if (step.kind === 'cmd') {
      cmd = step.argv;
    } else if (step.kind === 'user') {
      log(`USER ${step.user}: the image runs as ${step.user}; here the check runs as the current user`);
    }
  }
  if (!cmd) throw new Error('the Dockerfile has no CMD');

  log(`starting a Neo4j for the check on ${neo4j.uri}`);
  await startLocalNeo4j(neo4j, log);
  const port = await freePort();
  log(`CMD ${cmd.join(' ')} (port ${port})`);
  let output = '';
  let exited = false;
  const server = spawn(cmd[0]!, cmd.slice(1), {
    cwd: workdir,
    env: { PATH: process.env.PATH ?? '', ...env, HOST: '127.0.0.1', PORT: String(port), NEO4J_URI: neo4j.uri, NEO4J_PASSWORD: neo4j.password },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (chunk) => (output += chunk));
  server.stderr.on('data', (chunk) => (output += chunk));
  server.once('exit', () => (exited = true));
  try {
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/health/ready`, 180, () => exited);
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ papers(first: 1) { totalCount } }' }),
    });
    const body: unknown = await response.json();
    const total = JSON.stringify(body).match(/"totalCount":(\d+)/)?.[1];
    if (!total || Number(total) === 0) throw new Error(`the started image answered ${JSON.stringify(body)}`);
    await waitFor(`${base}/dashboard`, 10, () => exited);
    log(`ready: ${total} papers, /dashboard answers`);
  } catch (error) {
    console.error(output);
    throw error;
  } finally {
    server.kill('SIGTERM');
  }
} catch (error) {
  failed = true;
  console.error(`[check:docker] failed: ${error instanceof Error ? error.message : String(error)}`);
} finally {
  await stopLocalNeo4j(neo4j, log).catch(() => false);
  if (!keep) rmSync(root, { recursive: true, force: true });
  else log(`kept ${root}`);
}
process.exit(failed ? 1 : 0);
