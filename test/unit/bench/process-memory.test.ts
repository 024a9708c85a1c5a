import { spawn } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { sampleProcessMemory } from '../../../bench/lib/process-memory.js';

// A child that holds 120 MB and starts a grandchild holding 200 MB, each for a second.
const GRANDCHILD = 'const b = Buffer.alloc(200e6, 1); setTimeout(() => b.length, 1000)';
const CHILD = `const b = Buffer.alloc(120e6, 1); require('node:child_process').spawn(process.execPath, ['-e', ${JSON.stringify(GRANDCHILD)}], { stdio: 'inherit' }).on('exit', () => b.length)`;

describe.runIf(process.platform === 'linux')('sampleProcessMemory', () => {
  it("reads a child's peak RSS and its descendants' apart", async () => {
    const child = spawn(process.execPath, ['-e', CHILD], { stdio: 'inherit' });
    const sampler = sampleProcessMemory(child.pid!, 50);
    await new Promise((resolve) => child.once('exit', resolve));
    const peaks = sampler.stop();
    expect(peaks.rootPeakMb).toBeGreaterThanOrEqual(110);
    expect(peaks.rootPeakMb).toBeLessThan(200);
    expect(peaks.descendantPeakMb.node).toBeGreaterThanOrEqual(190);
    expect(peaks.combinedPeakMb).toBeGreaterThanOrEqual(300);
  });
});
