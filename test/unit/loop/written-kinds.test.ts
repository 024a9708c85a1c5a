import { describe, expect, it } from 'vitest';
import { formatSummary, writtenKindLines } from '../../../ingest/commands/ingest.js';
import { RecordingSink } from '../../../ingest/load/recording-sink.js';
import { runIngest } from '../../../ingest/loop/ingest-loop.js';
import { WrittenKindCounter } from '../../../ingest/loop/written-kinds.js';
import { fixture } from '../sources/fixtures.js';

const TABLES = ['snli', 'nlp-progress'].map((name) => fixture(`evaluation-tables-${name}.json`));

describe('counts of what an ingest writes, per kind and source', () => {
  it('counts a node repeated in many batches once, under every source that gave it', () => {
    const counter = new WrittenKindCounter();
    const paper = (sources: string[]) => ({ label: 'Paper' as const, id: 'paper:a', props: {}, sources });
    counter.add({ nodes: [paper(['pwc-links']), paper(['pwc-links'])], edges: [] });
    counter.add({ nodes: [paper(['pwc-papers']), { label: 'Paper', id: 'paper:b', props: {}, sources: ['pwc-links'] }], edges: [] });
    expect(counter.counts()).toEqual({ Paper: { total: 2, bySource: { 'pwc-links': 2, 'pwc-papers': 1 } } });
    expect(writtenKindLines(counter.counts())).toEqual(['papers: 2 (2 from pwc-links, 1 from pwc-papers)']);
  });

  it('says how many papers a leaderboard ingest wrote, though no paper text was extracted', async () => {
    const sink = new RecordingSink();
    const summary = await runIngest(TABLES, sink);
    const distinctPapers = new Set(sink.batches().flatMap((batch) => batch.nodes.filter((n) => n.label === 'Paper').map((n) => n.id)));
    expect(summary.papers).toBe(0);
    expect(distinctPapers.size).toBeGreaterThan(10);
    expect(summary.written.Paper).toEqual({ total: distinctPapers.size, bySource: { 'pwc-evaluation-tables': distinctPapers.size } });
    const text = formatSummary(summary);
    expect(text).toContain(`\n  papers: ${distinctPapers.size} from pwc-evaluation-tables\n`);
    expect(text).toMatch(/paper text extracted from 0 papers/);
    expect(text).not.toMatch(/ingested 0 papers/);
  });
});
