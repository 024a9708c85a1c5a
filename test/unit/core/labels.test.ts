import { describe, expect, it } from 'vitest';
import { alternatives, labelOfKey } from '../../../core/labels.js';

describe('labels: keys and the label expressions Cypher may contain', () => {
  it('tells the label of a canonical key', () => {
    expect(labelOfKey('method:dpo')).toBe('Method');
    expect(labelOfKey('benchmark:mt-bench')).toBe('Benchmark');
    expect(labelOfKey('paper:attention-is-all-you-need')).toBe('Paper');
    expect(labelOfKey('https://github.com/openai/clip')).toBe('Repo');
    expect(labelOfKey('MT-Bench')).toBeUndefined();
    expect(labelOfKey('nolabel:x')).toBeUndefined();
  });

  it('builds label and type alternatives from the closed lists only', () => {
    expect(alternatives(['Method', 'Model'])).toBe('Method|Model');
    expect(alternatives(['PROPOSES', 'MENTIONS'])).toBe('PROPOSES|MENTIONS');
    // @ts-expect-error: only labels and types of the closed lists type-check; the check holds at run time too
    expect(() => alternatives(['Method`) DETACH DELETE (n'])).toThrow(/not a known label/);
  });
});
