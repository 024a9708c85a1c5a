import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../../src/config.js';
import { dockerfileSteps } from '../../../scripts/dockerfile-steps.js';

describe('dockerfileSteps', () => {
  it('reads COPY, RUN, ENV, USER and CMD, with continued lines', () => {
    const steps = dockerfileSteps('FROM node:20-slim\nWORKDIR /app\n# c\nCOPY a.json b.json ./\nCOPY --chown=node:node src ./src\nRUN npm ci \\\n  && npm prune\nENV HOST=0.0.0.0 PORT=4000\nUSER node\nCMD ["node", "main.js"]\n');
    expect(steps).toEqual([
      { kind: 'from', image: 'node:20-slim' },
      { kind: 'workdir', dir: '/app' },
      { kind: 'copy', sources: ['a.json', 'b.json'], destination: './' },
      { kind: 'copy', sources: ['src'], destination: './src' },
      { kind: 'run', command: 'npm ci    && npm prune' },
      { kind: 'env', values: { HOST: '0.0.0.0', PORT: '4000' } },
      { kind: 'user', user: 'node' },
      { kind: 'cmd', argv: ['node', 'main.js'] },
    ]);
  });

  it('refuses an instruction it would otherwise skip', () => {
    expect(() => dockerfileSteps('FROM x\nADD a b\n')).toThrow(/line 2: ADD is not handled/);
  });

  it("reads the project's Dockerfile, which copies everything the build needs and runs as a non-root user", () => {
    const steps = dockerfileSteps(readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8'));
    const copied = steps.flatMap((step) => (step.kind === 'copy' ? step.sources : []));
    for (const needed of ['package.json', 'package-lock.json', 'core', 'src', 'ingest', 'schema', 'data', 'dashboard', 'docs/queries']) expect(copied).toContain(needed);
    expect(steps.find((step) => step.kind === 'user')).toEqual({ kind: 'user', user: 'node' });
  });
});
