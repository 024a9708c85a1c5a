import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../core/graph-records.js';
import { PackedRecords } from '../../../ingest/bulk/packed-records.js';
import { mergeNodeInto, nodeKey, ownNode, RecordMap } from '../../../ingest/records/record-merge.js';

function nodes(...records: NodeRecord[]): RecordMap<NodeRecord> {
  const map = new RecordMap<NodeRecord>(nodeKey, ownNode, mergeNodeInto);
  for (const record of records) map.add(record);
  return map;
}

const paper: NodeRecord = { label: 'Paper', id: 'p1', props: { title: 'A Paper', year: 2021, arxivId: null }, aliases: [], sources: ['pwc-papers'] };
const repo: NodeRecord = { label: 'Repo', id: 'github.com/a/b', props: { url: 'https://github.com/a/b', stars: 3 }, sources: ['pwc-links'] };

describe('PackedRecords', () => {
  it('takes over the map, emptying it', () => {
    const map = nodes(paper, repo);
    new PackedRecords(map);
    expect(map.items.size).toBe(0);
  });

  it('gives back each record as it was merged, once', () => {
    const packed = new PackedRecords(nodes(paper, { ...paper, props: { title: 'A Paper', year: 2021 }, sources: ['pwc-links'] }));
    expect(packed.take('Paper|p1')).toEqual({ ...paper, sources: ['pwc-papers', 'pwc-links'] });
    expect(packed.take('Paper|p1')).toBeUndefined();
    expect(packed.take('Paper|nobody')).toBeUndefined();
  });

  it('drains what was not taken, in first-come order', () => {
    const packed = new PackedRecords(nodes(repo, paper, { ...repo, id: 'github.com/c/d' }));
    expect(packed.take('Paper|p1')?.id).toBe('p1');
    expect([...packed.drain()].map(([key]) => key)).toEqual(['Repo|github.com/a/b', 'Repo|github.com/c/d']);
    expect([...packed.drain()]).toEqual([]);
  });
});
