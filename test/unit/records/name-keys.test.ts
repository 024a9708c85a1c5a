import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../core/graph-records.js';
import { nameKeysOf } from '../../../ingest/records/name-keys.js';
import { mergeNode, mergeNodeInto, ownNode, storedNodeProperties } from '../../../ingest/records/record-merge.js';

const record = (name: string, aliases: string[] = []): NodeRecord => ({ label: 'Dataset', id: 'dataset:squad', props: { name }, aliases, sources: ['t'] });

describe('name keys of a merged node', () => {
  it('are the keys of every name any record gave, in whichever order they merge', () => {
    const a = record('SQuAD', ['SQuAD 1.1']);
    const b = record('Stanford Question Answering Dataset');
    const expected = ['squad', 'squad11', 'stanfordquestionansweringdataset'];
    expect(storedNodeProperties(mergeNode(a, b)).nameKeys).toEqual(expected);
    expect(storedNodeProperties(mergeNode(b, a)).nameKeys).toEqual(expected);
    const owned = ownNode(b);
    mergeNodeInto(owned, a);
    expect(storedNodeProperties(owned).nameKeys).toEqual(expected);
  });

  it('are kept only for named entities', () => {
    expect(nameKeysOf({ label: 'Paper', id: 'paper:x', props: { title: 'X' } })).toBeUndefined();
    expect(storedNodeProperties({ label: 'Repo', id: 'https://github.com/a/b', props: { name: 'b' } })).not.toHaveProperty('nameKeys');
  });
});
