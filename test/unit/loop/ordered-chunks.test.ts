import { describe, expect, it } from 'vitest';
import type { PaperDocument } from '../../../ingest/document.js';
import { CHUNK_DOCS } from '../../../ingest/loop/extraction.js';
import { OrderedChunks } from '../../../ingest/loop/ordered-chunks.js';

const doc = (i: number): PaperDocument => ({ id: `paper:${i}`, title: `Paper ${i}`, abstract: '', source: 'jsonl', location: { file: 'papers.jsonl', line: i + 1 } });

/** A runner whose chunks finish in reverse order of sending (the later, the sooner), as workers may. */
function reversingRunner() {
  let sent = 0;
  let inFlight = 0;
  let mostInFlight = 0;
  const run = async (docs: PaperDocument[]) => {
    const order = sent++;
    inFlight++;
    mostInFlight = Math.max(mostInFlight, inFlight);
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, 20 - order * 5)));
    inFlight--;
    return docs.map((d) => d.id);
  };
  return { run, mostInFlight: () => mostInFlight };
}

describe('OrderedChunks', () => {
  it('consumes every chunk in document order though later chunks finish first', async () => {
    const runner = reversingRunner();
    const consumed: string[] = [];
    const chunks = new OrderedChunks(() => runner, (r, docs) => r.run(docs), 0, 8, (ids: string[]) => void consumed.push(...ids));
    const count = 3 * CHUNK_DOCS + 10;
    for (let i = 0; i < count; i++) await chunks.add(doc(i));
    await chunks.finish();
    expect(consumed).toEqual(Array.from({ length: count }, (_, i) => `paper:${i}`));
    expect(chunks.papers).toBe(count);
  });

  it('chooses once: at chooseAt papers, or at the end with the count of a smaller input', async () => {
    const asked: number[] = [];
    const choose = (papers: number) => {
      asked.push(papers);
      return reversingRunner();
    };
    const big = new OrderedChunks(choose, (r, docs) => r.run(docs), CHUNK_DOCS * 2, 8, () => {});
    for (let i = 0; i < CHUNK_DOCS * 5; i++) await big.add(doc(i));
    await big.finish();
    const small = new OrderedChunks(choose, (r, docs) => r.run(docs), CHUNK_DOCS * 2, 8, () => {});
    for (let i = 0; i < 30; i++) await small.add(doc(i));
    expect(small.chosen).toBeUndefined();
    await small.finish();
    expect(asked).toEqual([CHUNK_DOCS * 2, 30]);
    expect(small.chosen).toBeDefined();
  });

  it('keeps at most `window` chunks in flight (one more while the next is sent)', async () => {
    const runner = reversingRunner();
    const chunks = new OrderedChunks(() => runner, (r, docs) => r.run(docs), 0, 2, () => {});
    for (let i = 0; i < CHUNK_DOCS * 8; i++) await chunks.add(doc(i));
    await chunks.finish();
    expect(runner.mostInFlight()).toBeLessThanOrEqual(3);
    expect(runner.mostInFlight()).toBeGreaterThan(1);
  });

  it('with window 0 and its own chunk size, consumes each chunk before it reads the next', async () => {
    const sizes: number[] = [];
    const consumedBefore: number[] = [];
    let consumed = 0;
    const chunks = new OrderedChunks(
      () => ({}),
      async (_runner, docs) => {
        sizes.push(docs.length);
        consumedBefore.push(consumed);
        return docs.length;
      },
      0,
      0,
      (count: number) => void (consumed += count),
      16,
    );
    for (let i = 0; i < 40; i++) await chunks.add(doc(i));
    await chunks.finish();
    expect(sizes).toEqual([16, 16, 8]);
    expect(consumedBefore).toEqual([0, 16, 32]);
    expect(consumed).toBe(40);
  });
});
