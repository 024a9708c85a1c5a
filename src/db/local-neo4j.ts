import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { boltPort, isLoopbackUri, PROJECT_ROOT, type Neo4jConfig } from '../config.js';
import { UserError } from '../../core/user-error.js';

/**
 * A real Neo4j 5.26 Community on this machine without Docker: the jars come from Maven
 * Central (neo4j/pom.xml), the server runs on the JVM on 127.0.0.1, its home (conf, data,
 * logs, pid) lives in NEO4J_DATA_DIR so two checkouts can run side by side.
 */

const MAVEN_DIR = path.join(PROJECT_ROOT, 'neo4j');
const LIB_DIR = path.join(MAVEN_DIR, 'lib');
const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;

/** A failure the user can act on: one line saying why and what to do. */
export class LocalNeo4jError extends UserError {
  override name = 'LocalNeo4jError';
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  boltAnswers: boolean;
  uri: string;
  home: string;
}

type Log = (message: string) => void;

const paths = (home: string) => ({
  conf: path.join(home, 'conf'),
  data: path.join(home, 'data'),
  logs: path.join(home, 'logs'),
  pid: path.join(home, 'neo4j.pid'),
  consoleLog: path.join(home, 'logs', 'console.log'),
});

/** Starts the local Neo4j unless one already answers; resolves when Bolt accepts our credentials. */
export async function startLocalNeo4j(config: Neo4jConfig, log: Log = () => {}): Promise<{ started: boolean }> {
  if (!isLoopbackUri(config.uri)) {
    throw new LocalNeo4jError(`NEO4J_URI ${config.uri} is not a loopback address; a remote Neo4j is never started here`);
  }
  const probe = await probeBolt(config);
  if (probe === 'ok') {
    log(`Neo4j already answers at ${config.uri}`);
    return { started: false };
  }
  if (probe === 'unauthorized') throw badPassword(config);
  const port = boltPort(config.uri);
  const home = config.dataDir;
  const p = paths(home);
  const runningPid = livePid(p.pid);
  if (!runningPid && (await portTaken(port))) {
    throw new LocalNeo4jError(
      `port ${port} is taken by another program that is not a Neo4j answering with these credentials; stop it, or set NEO4J_URI to another port (e.g. bolt://127.0.0.1:7688)`,
    );
  }

  if (!runningPid) {
    checkJava();
    ensureJars(log);
    for (const dir of [p.conf, p.data, p.logs]) mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(p.conf, 'neo4j.conf'), neo4jConf(config, home));
    if (!existsSync(path.join(p.data, 'dbms'))) setInitialPassword(config, home);
    log(`Starting Neo4j on 127.0.0.1:${port} (home ${path.relative(PROJECT_ROOT, home) || home}) ...`);
    const out = openSync(p.consoleLog, 'a');
    const child = spawn('java', [...jvmArgs(), '-cp', `${LIB_DIR}/*`, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`, `--config-dir=${p.conf}`, '--console-mode'], {
      detached: true,
      stdio: ['ignore', out, out],
      env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: p.conf },
    });
    closeSync(out);
    child.unref();
    if (!child.pid) throw new LocalNeo4jError('could not start java; is a Java 17+ runtime on PATH?');
    writeFileSync(p.pid, String(child.pid));
  } else {
    log(`Neo4j (pid ${runningPid}) is starting; waiting for Bolt ...`);
  }
  await waitForBolt(config, p, log);
  return { started: true };
}

/** Stops the local Neo4j started from this data dir (SIGTERM, then SIGKILL after a minute). */
export async function stopLocalNeo4j(config: Neo4jConfig, log: Log = () => {}): Promise<boolean> {
  const p = paths(config.dataDir);
  const pid = livePid(p.pid);
  if (!pid) {
    rmSync(p.pid, { force: true });
    log('No local Neo4j is running from this data directory.');
    return false;
  }
  log(`Stopping Neo4j (pid ${pid}) ...`);
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (isAlive(pid) && Date.now() < deadline) await sleep(250);
  if (isAlive(pid)) {
    log('Neo4j did not stop within a minute; killing it.');
    process.kill(pid, 'SIGKILL');
  }
  rmSync(p.pid, { force: true });
  log('Neo4j stopped.');
  return true;
}

export async function localNeo4jStatus(config: Neo4jConfig): Promise<LocalNeo4jStatus> {
  const pid = livePid(paths(config.dataDir).pid);
  return {
    running: pid !== undefined,
    ...(pid ? { pid } : {}),
    boltAnswers: (await probeBolt(config)) === 'ok',
    uri: config.uri,
    home: config.dataDir,
  };
}

/** Whether Bolt at the URI accepts these credentials: 'ok', 'unauthorized' or 'down'. */
export async function probeBolt(config: Neo4jConfig): Promise<'ok' | 'unauthorized' | 'down'> {
  const driver = neo4j.driver(config.uri, neo4j.auth.basic(config.user, config.password), {
    connectionTimeout: 2_000,
    maxConnectionPoolSize: 1,
  });
  try {
    await driver.getServerInfo();
    return 'ok';
  } catch (error) {
    const code = (error as { code?: string }).code ?? '';
    if (code.includes('Unauthorized') || code.includes('AuthenticationRateLimit')) return 'unauthorized';
    return 'down';
  } finally {
    await driver.close();
  }
}

async function waitForBolt(config: Neo4jConfig, p: ReturnType<typeof paths>, log: Log): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const probe = await probeBolt(config);
    if (probe === 'ok') {
      log(`Neo4j is up at ${config.uri}`);
      return;
    }
    if (probe === 'unauthorized') throw badPassword(config);
    const pid = livePid(p.pid);
    if (!pid) {
      throw new LocalNeo4jError(`Neo4j exited while starting: ${lastLogLine(p.consoleLog)} (full log: ${p.consoleLog})`);
    }
    await sleep(500);
  }
  throw new LocalNeo4jError(`Neo4j did not answer on ${config.uri} within ${START_TIMEOUT_MS / 1000} s (log: ${p.consoleLog})`);
}

function neo4jConf(config: Neo4jConfig, home: string): string {
  const port = boltPort(config.uri);
  return [
    '# Written by the project at each start (src/db/local-neo4j.ts); edits here are overwritten.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${port}`,
    `server.bolt.advertised_address=127.0.0.1:${port}`,
    'server.http.enabled=false',
    'server.https.enabled=false',
    `server.memory.pagecache.size=${process.env.NEO4J_PAGECACHE || '256m'}`,
    `server.directories.data=${path.join(home, 'data')}`,
    `server.directories.logs=${path.join(home, 'logs')}`,
    `server.directories.import=${path.join(home, 'import')}`,
    'db.transaction.timeout=120s',
    'dbms.usage_report.enabled=false',
    'db.logs.query.enabled=OFF',
    '',
  ].join('\n');
}

/** Neo4j's own neo4j.conf passes these through server.jvm.additional; started directly, we pass them. */
function jvmArgs(): string[] {
  const heap = process.env.NEO4J_HEAP || '1g';
  return [
    `-Xms${heap}`,
    `-Xmx${heap}`,
    '-XX:+UseG1GC',
    '-XX:-OmitStackTraceInFastThrow',
    '-XX:+DisableExplicitGC',
    '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true',
    '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED',
    '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
    '--enable-native-access=ALL-UNNAMED',
  ];
}

function setInitialPassword(config: Neo4jConfig, home: string): void {
  const p = paths(home);
  const result = spawnSync(
    'java',
    ['-cp', `${LIB_DIR}/*`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', config.password],
    { env: { ...process.env, NEO4J_HOME: home, NEO4J_CONF: p.conf }, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new LocalNeo4jError(`could not set the initial Neo4j password: ${(result.stderr || result.stdout).trim().split('\n').at(-1)}`);
  }
}

/** Checks Java and resolves the Neo4j jars (what `npm run db:install` does; start does it too). */
export function installLocalNeo4j(log: Log = () => {}): void {
  checkJava();
  ensureJars(log);
}

/** Resolves the Neo4j jars from Maven Central once; later starts reuse neo4j/lib. */
function ensureJars(log: Log): void {
  if (existsSync(LIB_DIR) && existsSync(path.join(LIB_DIR, '.complete'))) return;
  const mvn = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  if (mvn.error || mvn.status !== 0) {
    throw new LocalNeo4jError('Maven (mvn) is not on PATH; install it (e.g. apt-get install maven) or point NEO4J_URI at an existing Neo4j');
  }
  log('Resolving Neo4j jars from Maven Central (first start only) ...');
  const result = spawnSync('mvn', ['-q', '-B', '-f', path.join(MAVEN_DIR, 'pom.xml'), 'package'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new LocalNeo4jError(`Maven could not resolve Neo4j: ${(result.stdout + result.stderr).trim().split('\n').slice(-3).join(' ')}`);
  }
  writeFileSync(path.join(LIB_DIR, '.complete'), new Date().toISOString());
}

function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new LocalNeo4jError('no java on PATH: Neo4j 5.26 needs a Java 17 or 21 runtime (e.g. apt-get install openjdk-17-jre-headless)');
  const match = /version "(\d+)/.exec(result.stderr);
  const major = match ? Number(match[1]) : 0;
  if (major < 17) throw new LocalNeo4jError(`Java ${major || '(unknown version)'} found; Neo4j 5.26 needs Java 17 or 21`);
}

function badPassword(config: Neo4jConfig): LocalNeo4jError {
  return new LocalNeo4jError(
    `Neo4j at ${config.uri} refused user "${config.user}" with this password: set NEO4J_PASSWORD to the one the database was created with, or (local only) delete ${config.dataDir} to start afresh`,
  );
}

function livePid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

function portTaken(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function lastLogLine(file: string): string {
  if (!existsSync(file)) return 'no output';
  const lines = readFileSync(file, 'utf8').trim().split('\n');
  return lines.filter((l) => /ERROR|Exception|Caused by/.test(l)).at(-1) ?? lines.at(-1) ?? 'no output';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
