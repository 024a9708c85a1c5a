import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../ingest/extract/pipeline.js';
import { entityId } from '../../../core/entity-id.js';
import { CorpusResolver } from '../../../ingest/resolve/corpus-resolver.js';
import { doc } from './document-fixture.js';

describe('entityId', () => {
  it('follows the shared convention', () => {
    expect(entityId('Method', 'DPO')).toBe('method:dpo');
    expect(entityId('Benchmark', 'MT-Bench')).toBe('benchmark:mt-bench');
    expect(entityId('Task', 'image-text retrieval')).toBe('task:image-text-retrieval');
  });
});

describe('CorpusResolver', () => {
  const first = extractPaper(doc('Paper A', 'We propose Group Query Reweighting (GQRW), a new method, and evaluate it on MT-Bench.'));
  const second = extractPaper(doc('Paper B', 'GQRW scores 8.1 on MT-bench, but QRW does not.'));

  it('resolves a bare acronym in one paper to the long form defined in another', () => {
    const resolver = new CorpusResolver();
    resolver.add(first);
    resolver.add(second);
    const ids = (batch: ReturnType<CorpusResolver['records']>) => batch.nodes.map((n) => n.id);
    expect(ids(resolver.records(second))).toContain('method:gqrw');
    const node = resolver.records(first).nodes.find((n) => n.id === 'method:gqrw');
    expect(node?.props).toMatchObject({ name: 'GQRW', fullName: 'Group Query Reweighting' });
    expect(node?.sources).toEqual(['text']);
  });

  it('never splits an entity by case or hyphenation', () => {
    const resolver = new CorpusResolver();
    resolver.add(first);
    resolver.add(second);
    const benchmarks = [first, second].flatMap((e) => resolver.records(e).nodes.filter((n) => n.label === 'Benchmark').map((n) => n.id));
    expect(new Set(benchmarks)).toEqual(new Set(['benchmark:mt-bench']));
  });

  it('emits provenance on every edge and one EVALUATED_ON per paper', () => {
    const resolver = new CorpusResolver();
    resolver.add(first);
    const batch = resolver.records(first);
    const types = batch.edges.map((e) => e.type);
    expect(types).toEqual(expect.arrayContaining(['MENTIONS', 'PROPOSES', 'EVALUATES_ON', 'EVALUATED_ON']));
    for (const edge of batch.edges) {
      expect(edge.props).toHaveProperty('evidence');
      expect(edge.props).toHaveProperty('extractor');
      expect(edge.props).toHaveProperty('confidence');
    }
    const evaluated = batch.edges.filter((e) => e.type === 'EVALUATED_ON');
    expect(evaluated).toEqual([
      expect.objectContaining({ from: { label: 'Method', id: 'method:gqrw' }, to: { label: 'Benchmark', id: 'benchmark:mt-bench' }, key: 'paper:paper-a' }),
    ]);
    expect(evaluated[0]!.props.paper).toBe('paper:paper-a');
    // Paper, Repo nodes and HAS_CODE come from elsewhere.
    expect(batch.nodes.some((n) => n.label === 'Paper' || n.label === 'Repo')).toBe(false);
    expect(types).not.toContain('HAS_CODE');
  });

  it('links a proposed method to the paper repository and gives tasks ADDRESSES edges', () => {
    const resolver = new CorpusResolver();
    const extraction = extractPaper(doc('FooNet for Image Captioning', 'We propose FooNet. Code: https://github.com/foo/FooNet.'));
    resolver.add(extraction);
    const edges = resolver.records(extraction).edges;
    expect(edges).toContainEqual(expect.objectContaining({ type: 'IMPLEMENTED_IN', to: { label: 'Repo', id: 'https://github.com/foo/foonet' } }));
    expect(edges).toContainEqual(expect.objectContaining({ type: 'ADDRESSES', to: { label: 'Task', id: 'task:image-captioning' } }));
  });

  it('is deterministic', () => {
    const run = () => {
      const resolver = new CorpusResolver();
      resolver.add(first);
      resolver.add(second);
      return JSON.stringify([resolver.records(first), resolver.records(second)]);
    };
    expect(run()).toBe(run());
  });

  it('resolves from a snapshot of its table as it does itself, and the two stay apart after', () => {
    const resolver = new CorpusResolver();
    resolver.add(first);
    resolver.add(second);
    // structuredClone: the copy a worker thread receives.
    const copy = CorpusResolver.fromSnapshot(structuredClone(resolver.snapshot()));
    expect(copy.size).toBe(resolver.size);
    expect(JSON.stringify([copy.records(first), copy.records(second)])).toBe(JSON.stringify([resolver.records(first), resolver.records(second)]));
    copy.add(extractPaper(doc('Paper C', 'We propose Sparse Mixture Routing (SMR).')));
    expect(copy.size).toBeGreaterThan(resolver.size);
  });

  it("leaves an entity's own name out of its aliases, and names it once per paper", () => {
    const resolver = new CorpusResolver();
    resolver.add(first);
    const nodes = resolver.records(first).nodes;
    const gqrw = nodes.filter((n) => n.id === 'method:gqrw');
    expect(gqrw).toHaveLength(1);
    expect(gqrw[0]!.aliases).not.toContain('GQRW');
    expect(gqrw[0]!.aliases).toContain('Group Query Reweighting');
  });
});
