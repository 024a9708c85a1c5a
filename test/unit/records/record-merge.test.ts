import { describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../../core/graph-records.js';
import { edgeKey, keep, mergeEdge, mergeEdgeInto, mergeNode, mergeNodeInto, nodeKey, ownNode, RecordMap, storedNodeProperties } from '../../../ingest/records/record-merge.js';

const dpo = (props: NodeRecord['props'], aliases: string[], sources: string[]): NodeRecord => ({ label: 'Method', id: 'method:dpo', props, aliases, sources });

/** Fresh records each time: a test that let one be changed must not hand the change to the next. */
const records = () => [
  dpo({ name: 'DPO', fullName: null }, ['DPO'], ['text']),
  dpo({ name: 'DPO', fullName: 'Direct Preference Optimization', description: '' }, ['Direct Preference Optimization'], ['pwc-methods']),
  dpo({ name: 'dpo', description: 'Aligns a model with preferences without a reward model.' }, ['DPO', 'dpo'], ['text', 'pwc-papers']),
];

function permutations<T>(items: T[]): T[][] {
  if (items.length <= 1) return [items];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

describe('RecordMap: repeats merged in place', () => {
  it('gives what merging copies gives, in every order', () => {
    const expected = storedNodeProperties(records().reduce(mergeNode));
    for (const order of permutations(records())) {
      const map = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
      for (const record of order) map.add(record);
      expect(map.items.size).toBe(1);
      expect(storedNodeProperties(map.take('Method|method:dpo')!)).toEqual(expected);
      expect(map.items.size).toBe(0);
    }
  });

  it('never changes the records it was given (they may share props with others)', () => {
    const given = records();
    const map = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
    for (const record of given) map.add(record);
    expect(given).toEqual(records());

    const shared = { paper: 'paper:x', evidence: 'We evaluate on MT-Bench.' };
    const edge = (key: string, props: EdgeRecord['props']): EdgeRecord => ({
      type: 'EVALUATED_ON', from: { label: 'Method', id: 'method:dpo' }, to: { label: 'Benchmark', id: 'benchmark:mt-bench' }, key, props,
    });
    const first = edge('paper:x|text', shared);
    const second = edge('paper:x|text', { paper: 'paper:x', evidence: 'We evaluate DPO on MT-Bench and AlpacaEval.' });
    const edges = new RecordMap<EdgeRecord>(edgeKey, keep, mergeEdgeInto);
    edges.add(first);
    edges.add(second);
    expect(shared.evidence).toBe('We evaluate on MT-Bench.');
    expect(edges.take(edgeKey(first))!.props).toEqual(mergeEdge(first, second).props);
  });
});
