import { describe, expect, it } from 'vitest';
import { growthPercent, withHeapBudget } from '../../../ingest/bulk/heap-growth.js';

const MB = 1024 * 1024;

describe('growthPercent', () => {
  it('lets the heap grow to the budget', () => {
    expect(growthPercent(1000 * MB, 1500 * MB)).toBe(50);
    expect(growthPercent(1200 * MB, 1500 * MB)).toBe(25);
  });

  it('still leaves 10% when the live heap is at or over the budget', () => {
    expect(growthPercent(1500 * MB, 1500 * MB)).toBe(10);
    expect(growthPercent(3000 * MB, 1500 * MB)).toBe(10);
  });

  it("never lets a small heap grow past V8's own 4x", () => {
    expect(growthPercent(100 * MB, 1500 * MB)).toBe(300);
    expect(growthPercent(0, 1500 * MB)).toBe(300);
  });
});

describe('withHeapBudget', () => {
  it('returns what the work returns and passes its failure on', async () => {
    await expect(withHeapBudget(256 * MB, async () => 42)).resolves.toBe(42);
    await expect(withHeapBudget(256 * MB, async () => Promise.reject(new Error('bad input')))).rejects.toThrow('bad input');
  });
});
