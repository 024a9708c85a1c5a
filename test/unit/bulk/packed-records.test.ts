import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../core/graph-records.js';
import { PackedRecords } from '../../../ingest/bulk/packed-records.js';
import { mergeNodeInto, nodeKey } from '../../../ingest/records/record-merge.js';

function packed(...records: NodeRecord[]): PackedRecords<NodeRecord> {
  const nodes = new PackedRecords<NodeRecord>(nodeKey, mergeNodeInto);
  for (const record of records) nodes.add(record);
  return nodes;
}

const paper: NodeRecord = { label: 'Paper', id: 'p1', props: { title: 'A Paper', year: 2021, arxivId: null }, aliases: [], sources: ['pwc-papers'] };
const repo: NodeRecord = { label: 'Repo', id: 'github.com/a/b', props: { url: 'https://github.com/a/b', stars: 3 }, sources: ['pwc-links'] };

describe('PackedRecords', () => {
  it('merges records of one key as they come, and gives the merged record back once', () => {
    const nodes = packed(paper, { ...paper, props: { title: 'A Paper', arxivId: '2101.00001' }, sources: ['pwc-links'] });
    expect(nodes.take('Paper|p1')).toEqual({ ...paper, props: { title: 'A Paper', year: 2021, arxivId: '2101.00001' }, sources: ['pwc-papers', 'pwc-links'] });
    expect(nodes.take('Paper|p1')).toBeUndefined();
    expect(nodes.take('Paper|nobody')).toBeUndefined();
  });

  it('keeps a copy: changing a record after adding it changes nothing stored', () => {
    const mine: NodeRecord = { ...repo, props: { ...repo.props }, sources: ['pwc-links'] };
    const nodes = packed(mine);
    mine.props.stars = 99;
    mine.sources!.push('elsewhere');
    expect(nodes.take('Repo|github.com/a/b')).toEqual(repo);
  });

  it('drains what was not taken, in first-come order', () => {
    const nodes = packed(repo, paper, { ...repo, id: 'github.com/c/d' });
    expect(nodes.take('Paper|p1')?.id).toBe('p1');
    expect([...nodes.drain()].map(([key]) => key)).toEqual(['Repo|github.com/a/b', 'Repo|github.com/c/d']);
    expect([...nodes.drain()]).toEqual([]);
  });
});
