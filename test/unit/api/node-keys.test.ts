import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { keyFromId } from '../../../src/api/ids.js';
import { alternatives, labelOfKey } from '../../../core/labels.js';
import { nodeMap } from '../../../src/graph/rows.js';

describe('keys, labels and the Cypher they may build', () => {
  it('tells the label of a canonical key', () => {
    expect(labelOfKey('method:dpo')).toBe('Method');
    expect(labelOfKey('benchmark:mt-bench')).toBe('Benchmark');
    expect(labelOfKey('paper:attention-is-all-you-need')).toBe('Paper');
    expect(labelOfKey('https://github.com/openai/clip')).toBe('Repo');
    expect(labelOfKey('MT-Bench')).toBeUndefined();
    expect(labelOfKey('nolabel:x')).toBeUndefined();
  });

  it('takes global ids and canonical keys alike', () => {
    expect(keyFromId(encodeGlobalID('Method', 'method:dpo'), 'Method')).toBe('method:dpo');
    expect(keyFromId('method:dpo', 'Method')).toBe('method:dpo');
  });

  it('builds label and type alternatives from the closed lists only', () => {
    expect(alternatives(['Method', 'Model'])).toBe('Method|Model');
    expect(alternatives(['PROPOSES', 'MENTIONS'])).toBe('PROPOSES|MENTIONS');
    expect(() => alternatives(['Method`) DETACH DELETE (n' as never])).toThrow(/not a known label/);
    expect(() => nodeMap('n) DELETE n //')).toThrow(/not a Cypher variable/);
  });
});
