import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { SpilledChunk } from './serialized-chunk.js';

/**
 * Pass 1's extractions, kept on disk for pass 2: extraction is the most expensive step of an
 * ingest, and pass 2 would otherwise run it again on every document (memory could not hold
 * 576k papers' extractions; a temporary file can). Chunks may finish out of order on several
 * workers, so each is written when every chunk before it is in: the file is in document order,
 * and pass 2, which reads the documents again in that order, takes them back sequentially.
 */
export class ExtractionSpill {
  /** A temporary directory of its own, removed by close(). */
  readonly dir = mkdtempSync(path.join(tmpdir(), 'kg-extraction-'));
  private readonly fd = openSync(path.join(this.dir, 'extractions.bin'), 'w+');
  /** Byte length of each document's extraction, in document order. */
  private readonly lengths: number[] = [];
  private readonly early = new Map<number, SpilledChunk>();
  private nextChunk = 0;
  private written = 0;
  private taken = 0;
  private read = 0;

  /** Pass 1: chunk `seq` (numbered from 0 in document order) is extracted. */
  put(seq: number, chunk: SpilledChunk): void {
    this.early.set(seq, chunk);
    for (let next = this.early.get(this.nextChunk); next; next = this.early.get(this.nextChunk)) {
      this.early.delete(this.nextChunk);
      this.nextChunk += 1;
      this.written += writeAll(this.fd, next.bytes, this.written);
      for (const length of next.lengths) this.lengths.push(length);
    }
  }

  /** Documents whose extraction is on disk. */
  get documents(): number {
    return this.lengths.length;
  }

  /** Pass 2: the next `count` documents' extractions, in the order they were put. */
  take(count: number): SpilledChunk {
    if (this.taken + count > this.lengths.length) {
      throw new Error(`pass 2 read ${this.taken + count} documents, pass 1 extracted ${this.lengths.length}: the inputs changed between the passes`);
    }
    const lengths = this.lengths.slice(this.taken, this.taken + count);
    const size = lengths.reduce((sum, length) => sum + length, 0);
    const bytes = new Uint8Array(size);
    let filled = 0;
    while (filled < size) {
      const got = readSync(this.fd, bytes, filled, size - filled, this.read + filled);
      if (got === 0) throw new Error('the extraction spill file ended early');
      filled += got;
    }
    this.read += size;
    this.taken += count;
    return { bytes, lengths };
  }

  close(): void {
    closeSync(this.fd);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

function writeAll(fd: number, bytes: Uint8Array, position: number): number {
  let done = 0;
  while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done, position + done);
  return done;
}
