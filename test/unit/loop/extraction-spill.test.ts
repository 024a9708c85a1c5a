import { existsSync } from 'node:fs';
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ExtractionSpill } from '../../../ingest/loop/extraction-spill.js';
import type { SpilledChunk } from '../../../ingest/loop/serialized-chunk.js';

function chunk(...values: string[]): SpilledChunk {
  const parts = values.map((value) => serialize({ value }));
  return { bytes: Buffer.concat(parts), lengths: parts.map((part) => part.length) };
}

function values(spilled: SpilledChunk): string[] {
  let offset = 0;
  return spilled.lengths.map((length) => {
    const { value } = deserialize(spilled.bytes.subarray(offset, offset + length)) as { value: string };
    offset += length;
    return value;
  });
}

describe('ExtractionSpill', () => {
  it('gives documents back in document order, whatever order their chunks finished in', () => {
    const spill = new ExtractionSpill();
    try {
      spill.put(1, chunk('c', 'd'));
      expect(spill.documents).toBe(0);
      spill.put(2, chunk('e'));
      spill.put(0, chunk('a', 'b'));
      expect(spill.documents).toBe(5);
      // Pass 2 chunks need not line up with pass 1's.
      expect(values(spill.take(3))).toEqual(['a', 'b', 'c']);
      expect(values(spill.take(2))).toEqual(['d', 'e']);
    } finally {
      spill.close();
    }
  });

  it('refuses to give more documents than pass 1 extracted', () => {
    const spill = new ExtractionSpill();
    try {
      spill.put(0, chunk('a'));
      expect(() => spill.take(2)).toThrow(/pass 1 extracted 1/);
    } finally {
      spill.close();
    }
  });

  it('leaves no file behind once closed', () => {
    const spill = new ExtractionSpill();
    spill.put(0, chunk('a'));
    expect(existsSync(spill.dir)).toBe(true);
    spill.close();
    expect(existsSync(spill.dir)).toBe(false);
  });
});
