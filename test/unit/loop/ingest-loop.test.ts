import { afterAll, describe, expect, it } from 'vitest';
import type { GraphBatch } from '../../../core/graph-records.js';
import { InputError } from '../../../ingest/input-error.js';
import { RecordingSink } from '../../../ingest/load/recording-sink.js';
import { runIngest } from '../../../ingest/loop/ingest-loop.js';
import { detectFormat } from '../../../ingest/sources/formats.js';
import { DEFAULT_CORPUS } from '../../../src/default-corpus.js';
import { fixture, scratch } from '../sources/fixtures.js';

const files = scratch();
afterAll(() => files.remove());

const PAPERS = fixture('papers-with-abstracts.json');
const LINKS = fixture('links-between-papers-and-code.json');

const jsonl = (name: string, lines: unknown[]) => files.write(name, lines.map((line) => (typeof line === 'string' ? line : JSON.stringify(line))).join('\n'));
const paper = (i: number) => ({ title: `Paper ${i}`, abstract: `We propose Method${i}Net (M${i}N), evaluated on ImageNet.` });

/** Batches as comparable text, in order. */
const shown = (batches: GraphBatch[]) => batches.map((batch) => JSON.stringify(batch));

/** What the sources themselves yield, in order: the sequence a sink must see. */
async function sourceOrder(paths: string[]): Promise<Array<'paper' | 'records'>> {
  const kinds: Array<'paper' | 'records'> = [];
  for (const path of paths) {
    for await (const item of (await detectFormat(path)).read(path)) kinds.push(item.kind === 'document' ? 'paper' : 'records');
  }
  return kinds;
}

describe('the ingest loop', () => {
  it('stops at bad input in pass 1, before the sink has begun or been given a record', async () => {
    const good = jsonl('good.jsonl', [paper(1), paper(2)]);
    const bad = jsonl('bad.jsonl', [paper(3), '{"abstract": "no title"}', paper(4)]);
    for (const records of ['in-order', 'first'] as const) {
      const sink = new RecordingSink(records);
      const error = await runIngest([LINKS, good, bad], sink).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InputError);
      expect((error as InputError).message).toBe(`${bad}:2: field "title" is missing or empty`);
      expect(sink.begun).toBe(false);
      expect(sink.given.filter((g) => g.kind === 'paper')).toEqual([]);
      // A sink that takes the dumps' records first has only held them: nothing was written.
      if (records === 'in-order') expect(sink.given).toEqual([]);
      expect(sink.finished).toBe(false);
    }
  });

  it('with skipInvalid, passes over each bad record and counts it once', async () => {
    const bad = jsonl('bad-twice.jsonl', [paper(1), '{"abstract": "no title"}', 'not json', paper(2)]);
    const sink = new RecordingSink();
    const summary = await runIngest([bad], sink, { skipInvalid: true });
    expect(summary.skipped.map((error) => error.message)).toEqual([`${bad}:2: field "title" is missing or empty`, expect.stringMatching(new RegExp(`^${bad}:3: not valid JSON`))]);
    expect(summary.papers).toBe(2);
    expect(sink.given.map((g) => g.batch.nodes[0]!.id)).toEqual(['paper:paper-1', 'paper:paper-2']);
  });

  it("hands the sink the dumps' records and every paper's records, in the order the sources give them", async () => {
    const sink = new RecordingSink();
    const summary = await runIngest([PAPERS, LINKS], sink);
    expect(sink.given.map((g) => g.kind)).toEqual(await sourceOrder([PAPERS, LINKS]));
    const papers = sink.given.filter((g) => g.kind === 'paper');
    expect(papers).toHaveLength(summary.papers);
    expect(summary.papers).toBe(3);
    // A paper's batch starts with its own Paper node, then what its abstract gave.
    for (const { batch } of papers) expect(batch.nodes[0]!.label).toBe('Paper');
    expect(papers.some(({ batch }) => batch.nodes.some((node) => node.label !== 'Paper' && node.sources?.includes('text')))).toBe(true);
    expect(sink.finished).toBe(true);
  });

  it('keeps that order when a long dump follows fewer papers than make a chunk', async () => {
    const few = jsonl('few.jsonl', [paper(1), paper(2), paper(3)]);
    const links = files.write('links.json', JSON.stringify(Array.from({ length: 700 }, (_, i) => ({ paper_title: `Linked ${i}`, repo_url: `https://github.com/o/r${i}` }))));
    const sink = new RecordingSink();
    await runIngest([few, links], sink);
    expect(sink.given.map((g) => g.kind)).toEqual(await sourceOrder([few, links]));
  });

  it('gives a sink that takes records first the same records, all before it begins', async () => {
    const inOrder = new RecordingSink('in-order');
    const first = new RecordingSink('first');
    await runIngest([PAPERS, LINKS, DEFAULT_CORPUS], inOrder);
    await runIngest([PAPERS, LINKS, DEFAULT_CORPUS], first);
    expect(shown(first.batches()).sort()).toEqual(shown(inOrder.batches()).sort());
    const records = first.given.filter((g) => g.kind === 'records');
    expect(records.length).toBeGreaterThan(0);
    expect(records.every((g) => !g.afterBegin)).toBe(true);
    expect(first.given.slice(0, records.length)).toEqual(records);
  });

  it('makes the same records on worker threads as on its own thread', async () => {
    const inThread = new RecordingSink();
    const onWorkers = new RecordingSink();
    await runIngest([DEFAULT_CORPUS, PAPERS], inThread, { workers: 0 });
    const summary = await runIngest([DEFAULT_CORPUS, PAPERS], onWorkers, { workers: 2, workersFrom: 0 });
    expect(summary.papers).toBe(240);
    expect(shown(onWorkers.batches())).toEqual(shown(inThread.batches()));
  }, 30_000);

  it('without text extraction, gives each paper its own records only', async () => {
    const sink = new RecordingSink();
    await runIngest([DEFAULT_CORPUS], sink, { extractText: false });
    const labels = new Set(sink.given.flatMap((g) => g.batch.nodes.map((node) => node.label)));
    expect([...labels].sort()).toEqual(['Paper', 'Repo']);
  });
});
