import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../../bench/corpus/generate-corpus.js';
import { Prng } from '../../../bench/corpus/prng.js';
import { Zipf } from '../../../bench/corpus/zipf.js';

const scratch = mkdtempSync(path.join(tmpdir(), 'kg-corpus-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Table {
  datasets: Array<{ dataset: string; sota: { metrics: string[]; rows: unknown[] } }>;
}

function boards(file: string): Array<{ name: string; rows: number; metrics: string[] }> {
  const tables = JSON.parse(readFileSync(file, 'utf8')) as Table[];
  return tables.flatMap((t) => t.datasets.map((d) => ({ name: d.dataset, rows: d.sota.rows.length, metrics: d.sota.metrics })));
}

describe('generated corpus', () => {
  it('gives the same bytes for the same papers and seed, and others for another seed', () => {
    const read = (dir: string, seed?: number) => {
      const c = generateCorpus({ papers: 300, dir: path.join(scratch, dir), ...(seed ? { seed } : {}) });
      return c.files.map((f) => readFileSync(f, 'utf8')).join('\n');
    };
    expect(read('a')).toBe(read('b'));
    expect(read('c', 7)).not.toBe(read('a'));
  });

  it('puts leaderboard rows on a long tail with a few hubs, over dozens of metrics', () => {
    const corpus = generateCorpus({ papers: 20_000, dir: path.join(scratch, 'big') });
    const list = boards(corpus.evaluationTablesFile).sort((a, b) => b.rows - a.rows);
    expect(list.length).toBe(corpus.leaderboards);
    expect(list.length).toBeGreaterThan(400);
    // A hub: one board holds several percent of all rows; the median board has one or two.
    expect(list[0]!.rows).toBeGreaterThan(corpus.leaderboardRows * 0.05);
    expect(list[Math.floor(list.length / 2)]!.rows).toBeLessThanOrEqual(2);
    expect(list.filter((b) => b.rows <= 5).length / list.length).toBeGreaterThan(0.8);
    expect(new Set(list.flatMap((b) => b.metrics)).size).toBeGreaterThanOrEqual(30);
  });
});

describe('Zipf', () => {
  it('draws rank 1 about twice as often as rank 2, and stays in range', () => {
    const zipf = new Zipf(1000);
    const prng = new Prng(1);
    const counts = new Array<number>(1000).fill(0);
    for (let i = 0; i < 100_000; i++) counts[zipf.draw(prng)]! += 1;
    expect(counts[0]! / counts[1]!).toBeGreaterThan(1.7);
    expect(counts[0]! / counts[1]!).toBeLessThan(2.3);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(100_000);
  });
});
