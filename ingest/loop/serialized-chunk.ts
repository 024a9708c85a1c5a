import { deserialize, serialize } from 'node:v8';

/** A chunk's values, one per document, serialised (v8) back to back: the bytes and each one's length. */
export interface SpilledChunk {
  bytes: Uint8Array;
  lengths: number[];
}

/** A chunk's values in document order, each taken once. */
export interface ChunkValues<T> {
  readonly length: number;
  take(index: number): T;
}

export function serializeEach(values: readonly unknown[]): SpilledChunk {
  const serialised = values.map((value) => serialize(value));
  return { bytes: Buffer.concat(serialised), lengths: serialised.map((bytes) => bytes.length) };
}

/**
 * Values kept as bytes until taken. A chunk waits in the loop's window until its turn; as
 * objects, each document's records (its abstract, names, evidence sentences) outlived the
 * young generation's collections there and were copied and promoted, to die in the old one.
 * As bytes they are one block off the heap, and the objects taken live only while written.
 */
export function serializedValues<T>(chunk: SpilledChunk): ChunkValues<T> {
  const offsets: number[] = [];
  let offset = 0;
  for (const length of chunk.lengths) {
    offsets.push(offset);
    offset += length;
  }
  return {
    length: chunk.lengths.length,
    take(index) {
      const start = offsets[index];
      if (start === undefined) throw new Error(`no value ${index} in a chunk of ${chunk.lengths.length}`);
      const value: T = deserialize(chunk.bytes.subarray(start, start + chunk.lengths[index]!));
      return value;
    },
  };
}

/** Values already in memory (extraction on the loop's own thread). */
export function listedValues<T>(values: readonly T[]): ChunkValues<T> {
  return {
    length: values.length,
    take(index) {
      const value = values[index];
      if (value === undefined) throw new Error(`no value ${index} in a chunk of ${values.length}`);
      return value;
    },
  };
}
