import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close, config } = connectTestDb();
const FILES = [DEFAULT_CORPUS, path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', 'eff.json'), path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', 'nlp-progress.json')];

/**
 * Runs the real `kg ingest` CLI; with `killWhen`, SIGKILLs it once that resolves (if it is still
 * running). Resolves with the exit code or signal.
 */
function kgIngest(killWhen?: (running: () => boolean) => Promise<void>): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'ingest', 'cli.ts'), 'ingest', ...FILES, '--batch-size', '300'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_START_LOCAL: 'false' },
    stdio: 'ignore',
  });
  let running = true;
  const exited = new Promise<string>((resolve) =>
    child.once('exit', (code, signal) => {
      running = false;
      resolve(signal ?? String(code));
    }),
  );
  void killWhen?.(() => running).then(() => {
    if (running) child.kill('SIGKILL');
  });
  return exited;
}

const after = (ms: number) => () => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Resolves once the graph holds more relationships than `than`: the run is writing. */
function whenWriting(than: number) {
  return async (running: () => boolean) => {
    while (running()) {
      const [row] = await db.read('MATCH ()-[r]->() RETURN count(r) AS n');
      if ((row!.n as number) > than) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };
}

describe('an ingest killed with SIGKILL and rerun', () => {
  afterAll(close);

  it('ends with a graph identical to a clean run', async () => {
    await resetGraph(db);
    const started = Date.now();
    expect(await kgIngest()).toBe('0');
    const cleanMs = Date.now() - started;
    const clean = await graphChecksum(db);
    expect(clean.nodes).toBeGreaterThan(1000);

    await resetGraph(db);
    // Kills spread over one run's time (start-up, reading, writing); each run builds on what
    // the last one left.
    const leftBehind: Array<Awaited<ReturnType<typeof graphChecksum>>> = [];
    // One kill as soon as the first batch has landed: mid-write, however loaded the machine
    // (kills timed from the clean run alone all came too late when it ran slower than these).
    expect(await kgIngest(whenWriting(0))).toBe('SIGKILL');
    leftBehind.push(await graphChecksum(db));
    for (const share of [0.3, 0.5, 0.7, 0.9]) {
      await kgIngest(after(Math.round(cleanMs * share)));
      leftBehind.push(await graphChecksum(db));
    }
    expect(leftBehind.some((sum) => sum.sha256 !== clean.sha256)).toBe(true);

    expect(await kgIngest()).toBe('0');
    expect(await graphChecksum(db)).toEqual(clean);
  }, 300_000);
});
