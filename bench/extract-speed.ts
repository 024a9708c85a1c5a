/**
 * Extraction speed as users get it: `kg extract` (the built CLI, `dist/ingest/cli.js`, the
 * package's bin) run as a child process over the seed abstracts replicated with varied titles
 * (default 60,000 papers) as JSON Lines: reading, extraction and the gold-shaped records
 * written. Twice: on one thread (`--workers 0`: the per-core figure, abstracts per CPU second
 * of the child), then as it runs by default (worker threads, one per core: the wall figure a
 * user waits for). Prints abstracts/s and each run's peak RSS.
 *
 *   npm run bench:extract [-- --papers 100000]
 */
import { execFileSync, spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { once } from 'node:events';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { PaperDocument } from '../ingest/document.js';
import { readSeedText } from '../ingest/sources/seed-text.js';
import { numberOption } from './lib/args.js';
import { ensureBuiltCli } from './lib/built-cli.js';
import { sampleProcessMemory } from './lib/process-memory.js';

const SEED = resolve(import.meta.dirname, '../data/seed/000_ee18fccb2e565efc.txt');
const TARGET_RATE = 5000;

/** The seed papers, over and over, each copy with its own title (so ids and names vary). */
async function writeReplicatedCorpus(seed: readonly PaperDocument[], count: number, file: string): Promise<void> {
  const out = createWriteStream(file, { encoding: 'utf8' });
  for (let i = 0; i < count; i++) {
    const base = seed[i % seed.length]!;
    const line = JSON.stringify({ title: `${base.title} (copy ${Math.floor(i / seed.length)})`, abstract: base.abstract });
    if (!out.write(`${line}\n`)) await once(out, 'drain');
  }
  out.end();
  await once(out, 'finish');
}

/**
 * CPU seconds used by this process's children that have exited (Linux: cutime + cstime of
 * /proc/self/stat, in clock ticks), or undefined where there is no /proc.
 */
function childCpuSeconds(): number | undefined {
  try {
    const stat = readFileSync('/proc/self/stat', 'utf8');
    // Fields after the command name (which may hold spaces), from field 3 on: cutime is field 16.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[13]) + Number(fields[14])) / clockTicksPerSecond();
  } catch {
    return undefined;
  }
}

let ticks: number | undefined;
function clockTicksPerSecond(): number {
  if (ticks === undefined) {
    const printed = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    ticks = Number.isFinite(printed) && printed > 0 ? printed : 100;
  }
  return ticks;
}

function runExtract(cli: string, input: string, output: string, extra: string[]): Promise<{ wallSeconds: number; peakMb: number }> {
  return new Promise((done, fail) => {
    const started = performance.now();
    const child = spawn(process.execPath, [cli, 'extract', '--input', input, '--format', 'jsonl', '--out', output, ...extra], { stdio: ['ignore', 'inherit', 'inherit'] });
    const memory = sampleProcessMemory(child.pid ?? 0);
    child.once('error', fail);
    child.once('exit', (code) => {
      const peakMb = memory.stop().rootPeakMb;
      if (code !== 0) fail(new Error(`kg extract failed (exit ${code})`));
      else done({ wallSeconds: (performance.now() - started) / 1000, peakMb });
    });
  });
}

interface Run {
  wallRate: number;
  /** Abstracts per CPU second of the child, where /proc tells its CPU time. */
  cpuRate: number | undefined;
  line: string;
}

async function timedRun(cli: string, papers: number, input: string, output: string, extra: string[]): Promise<Run> {
  const cpuBefore = childCpuSeconds();
  const { wallSeconds, peakMb } = await runExtract(cli, input, output, extra);
  const cpuAfter = childCpuSeconds();
  const cpuSeconds = cpuBefore === undefined || cpuAfter === undefined ? undefined : cpuAfter - cpuBefore;
  const wallRate = Math.round(papers / wallSeconds);
  // CPU time counts every thread of the child: workers, and the garbage collector's helpers
  // (so one thread's figure errs on the slow side).
  const cpuRate = cpuSeconds ? Math.round(papers / cpuSeconds) : undefined;
  const cpu = cpuRate && cpuSeconds ? `, ${cpuRate} abstracts/s per CPU second (${cpuSeconds.toFixed(2)} CPU s)` : '';
  return { wallRate, cpuRate, line: `${wallSeconds.toFixed(2)} s  ${wallRate} abstracts/s wall${cpu}, peak RSS ${peakMb} MB  (${(statSync(output).size / 1e6).toFixed(1)} MB written)` };
}

async function main(): Promise<void> {
  const papers = numberOption('--papers', 60_000);
  const cli = ensureBuiltCli((message) => console.error(message));
  const seed: PaperDocument[] = [];
  for await (const doc of readSeedText(SEED)) seed.push(doc);

  const dir = mkdtempSync(join(tmpdir(), 'kg-bench-extract-'));
  try {
    const input = join(dir, 'papers.jsonl');
    const output = join(dir, 'extraction.jsonl');
    await writeReplicatedCorpus(seed, papers, input);
    const oneThread = await timedRun(cli, papers, input, output, ['--workers', '0']);
    const workers = await timedRun(cli, papers, input, output, []);
    console.log(`papers            ${papers} (seed of ${seed.length}, replicated with varied titles; ${(statSync(input).size / 1e6).toFixed(1)} MB of JSON Lines)`);
    console.log(`command           node ${cli.slice(cli.lastIndexOf('dist'))} extract --input papers.jsonl --format jsonl --out extraction.jsonl [--workers 0]`);
    console.log(`one thread        ${oneThread.line}`);
    console.log(`workers (default) ${workers.line}`);
    const measured = oneThread.cpuRate ?? oneThread.wallRate;
    const unit = oneThread.cpuRate ? 'abstracts/s per CPU second on one thread' : 'abstracts/s wall on one thread';
    console.log(measured >= TARGET_RATE ? `ok: ${measured} >= ${TARGET_RATE} ${unit}` : `below target: ${measured} < ${TARGET_RATE} ${unit}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
