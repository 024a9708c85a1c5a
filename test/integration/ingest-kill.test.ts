import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../src/config.js';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { graphChecksum } from '../../src/graph/checksum.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close, config } = connectTestDb();
const FILES = [DEFAULT_CORPUS, path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', 'eff.json'), path.join(PROJECT_ROOT, 'data', 'pwc-evaluation-tables', 'nlp-progress.json')];

/** Runs the real `kg ingest` CLI; with killAfterMs, SIGKILLs it then. Resolves with the exit code or signal. */
function kgIngest(killAfterMs?: number): Promise<string> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'ingest', 'cli.ts'), 'ingest', ...FILES, '--batch-size', '300'], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: config.uri, NEO4J_USER: config.user, NEO4J_PASSWORD: config.password, NEO4J_START_LOCAL: 'false' },
    stdio: 'ignore',
  });
  const timer = killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((resolve) =>
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      resolve(signal ?? String(code));
    }),
  );
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
    const kills: string[] = [];
    const leftBehind: Array<Awaited<ReturnType<typeof graphChecksum>>> = [];
    for (const share of [0.3, 0.5, 0.7, 0.9]) {
      kills.push(await kgIngest(Math.round(cleanMs * share)));
      leftBehind.push(await graphChecksum(db));
    }
    // Some run was killed before it finished (else this test proved nothing).
    expect(kills).toContain('SIGKILL');
    expect(leftBehind.some((sum) => sum.sha256 !== clean.sha256)).toBe(true);

    expect(await kgIngest()).toBe('0');
    expect(await graphChecksum(db)).toEqual(clean);
  }, 300_000);
});
