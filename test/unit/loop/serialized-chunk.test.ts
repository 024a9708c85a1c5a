import { describe, expect, it } from 'vitest';
import { listedValues, serializedValues, serializeEach } from '../../../ingest/loop/serialized-chunk.js';

describe('a chunk of values kept as bytes', () => {
  const values = [{ id: 'paper:a', props: { title: 'Ünïcode 𝔸 title', year: 2024 } }, { id: 'paper:b', props: { authors: ['X', 'Y'] } }, { id: 'paper:c', props: {} }];

  it('gives back each value as it was, by its place in the chunk', () => {
    const chunk = serializeEach(values);
    expect(chunk.lengths).toHaveLength(3);
    expect(chunk.bytes.length).toBe(chunk.lengths.reduce((sum, length) => sum + length, 0));
    const taken = serializedValues<(typeof values)[number]>(chunk);
    expect(taken.length).toBe(3);
    expect([taken.take(2), taken.take(0), taken.take(1)]).toEqual([values[2], values[0], values[1]]);
  });

  it('makes new objects on each take, none shared with the values given', () => {
    const taken = serializedValues<(typeof values)[number]>(serializeEach(values));
    const first = taken.take(0);
    expect(first).not.toBe(values[0]);
    first.props.year = 1999;
    expect(taken.take(0).props.year).toBe(2024);
  });

  it('refuses a place outside the chunk, whichever way it is kept', () => {
    expect(() => serializedValues(serializeEach(values)).take(3)).toThrow(/no value 3 in a chunk of 3/);
    expect(() => listedValues(values).take(-1)).toThrow(/no value -1 in a chunk of 3/);
    expect(listedValues(values).take(1)).toBe(values[1]);
  });
});
