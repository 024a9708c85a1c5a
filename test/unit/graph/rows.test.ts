import { describe, expect, it } from 'vitest';
import { nodeMap, toRowOf, toRowOfOrNull } from '../../../src/graph/rows.js';

describe('rows of the labels a query matched', () => {
  it('reads a projected node as the row of its label, missing properties as null or []', () => {
    expect(toRowOf({ label: 'Method', id: 'method:dpo', name: 'DPO' }, ['Method', 'Model'])).toEqual({
      label: 'Method',
      id: 'method:dpo',
      name: 'DPO',
      aliases: [],
      fullName: null,
      description: null,
      sources: [],
      higherIsBetter: null,
      metrics: [],
      parentTask: null,
      modalities: [],
      languages: [],
      parentDataset: null,
      introducedYear: null,
    });
  });

  it('reads a taxonomy node (Collection, Area) with its name and description', () => {
    expect(toRowOf({ label: 'Collection', id: 'collection:regularization', name: 'Regularization', sources: ['pwc-methods'] }, ['Collection'])).toEqual({
      label: 'Collection',
      id: 'collection:regularization',
      name: 'Regularization',
      description: null,
      sources: ['pwc-methods'],
    });
  });

  it('reports a node of a label the query did not ask for', () => {
    expect(() => toRowOf({ label: 'Paper', id: 'paper:x', title: 'X' }, ['Method', 'Model'])).toThrow(/expected a Method or Model node, got Paper/);
    expect(() => toRowOf(null, ['Paper'])).toThrow(/expected a Paper node/);
  });

  it('takes what an OPTIONAL MATCH did not find as null: null, or a map without an id', () => {
    expect(toRowOfOrNull(null, ['Paper'])).toBeNull();
    expect(toRowOfOrNull({ label: null, id: null }, ['Paper'])).toBeNull();
    expect(toRowOfOrNull({ label: 'Paper', id: 'paper:x', title: 'X' }, ['Paper'])).toMatchObject({ label: 'Paper', title: 'X' });
  });
});

describe('nodeMap: the one node projection', () => {
  it('projects every property and the label of a fixed variable, blanking the stored leaderboard ranking', () => {
    expect(nodeMap('n')).toBe('n {.*, label: head(labels(n)), leaderboardSubjects: null, leaderboardKeys: null}');
    expect(() => nodeMap('n) DELETE n //')).toThrow(/not a Cypher variable/);
  });
});
