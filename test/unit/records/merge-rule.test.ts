import { describe, expect, it } from 'vitest';
import { mergeProperties, replaces } from '../../../ingest/records/merge-rule.js';

describe('the merge rule', () => {
  it('keeps the longer text, counted in code points as Neo4j counts them', () => {
    // '𝔸b' is three UTF-16 units but two code points: 'abc' is the longer.
    expect(replaces('𝔸b', 'abc')).toBe(true);
    expect(replaces('abc', '𝔸b')).toBe(false);
    expect(replaces('a full abstract', 'short')).toBe(false);
  });

  it('breaks a tie in length by code-point order, not UTF-16 order', () => {
    // U+FF21 (one unit) sorts before U+1D538 (two units) by code point, after it in UTF-16.
    expect(replaces('x\u{1D538}', 'x\uFF21')).toBe(true);
    expect(replaces('x\uFF21', 'x\u{1D538}')).toBe(false);
    expect(replaces('MT-bench', 'MT-Bench')).toBe(true);
    expect(replaces('MT-Bench', 'MT-Bench')).toBe(false);
  });

  it('gives the same merge whichever record comes first', () => {
    const a = { name: 'x\u{1D538}y', year: 2020, note: '' };
    const b = { name: 'x\uFF21y', year: 2021, note: 'kept' };
    expect(mergeProperties(a, b)).toEqual(mergeProperties(b, a));
    expect(mergeProperties(a, b)).toEqual({ name: 'x\uFF21y', year: 2021, note: 'kept' });
  });
});
