import { describe, expect, it } from 'vitest';
import { ANY_ENTITY, ANY_PAPER_LINK, ANY_SUBJECT, ANY_TARGET, labelIn } from '../../../src/graph/labels.js';

describe('labels: the groups the graph queries match', () => {
  it('spells each group once, as a pattern expression from the closed lists', () => {
    expect([ANY_ENTITY, ANY_SUBJECT, ANY_TARGET, ANY_PAPER_LINK]).toEqual([
      'Method|Model|Benchmark|Dataset|Task|Metric',
      'Method|Model',
      'Benchmark|Dataset',
      'PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES',
    ]);
  });

  it('narrows a label to one of those allowed', () => {
    expect(labelIn(['Benchmark', 'Dataset'], 'Dataset')).toBe('Dataset');
    expect(labelIn(['Benchmark', 'Dataset'], 'Method')).toBeUndefined();
    expect(labelIn(['Benchmark', 'Dataset'], undefined)).toBeUndefined();
  });
});
