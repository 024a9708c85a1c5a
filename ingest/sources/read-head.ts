import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { pipeline, type Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input-error.js';

/**
 * The first bytes of an input file, as text, for format detection; and the file's content as a
 * stream. Both gunzip when the file starts with the gzip magic bytes, whatever its name, so a
 * `.json.gz` and a `.json` of the same dump read alike.
 */

export const HEAD_BYTES = 64 * 1024;
const GZIP_MAGIC = [0x1f, 0x8b] as const;

export async function isGzipFile(file: string): Promise<boolean> {
  try {
    const handle = await open(file, 'r');
    try {
      const bytes = Buffer.alloc(2);
      const { bytesRead } = await handle.read(bytes, 0, 2, 0);
      return bytesRead === 2 && bytes[0] === GZIP_MAGIC[0] && bytes[1] === GZIP_MAGIC[1];
    } finally {
      await handle.close();
    }
  } catch (error) {
    throw asInputError(file, error);
  }
}

/** The file's bytes, decompressed when gzipped. */
export async function openDecompressed(file: string): Promise<Readable> {
  const gzipped = await isGzipFile(file);
  const raw = createReadStream(file);
  // pipeline, not pipe: a read error must reach the reader of the gunzipped stream.
  return gzipped ? pipeline(raw, createGunzip(), () => {}) : raw;
}

/** Up to `maxBytes` of the file's (decompressed) content as text, without a byte-order mark. */
export async function readHead(file: string, maxBytes = HEAD_BYTES): Promise<string> {
  const stream = await openDecompressed(file);
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= maxBytes) break;
    }
  } catch (error) {
    // A gzip file cut short still has a readable head; what was decoded is enough to detect.
    if (!isZlibError(error) || size === 0) throw asInputError(file, error);
  } finally {
    stream.destroy();
  }
  const bytes = Buffer.concat(chunks).subarray(0, maxBytes);
  // Non-fatal decoding: a multi-byte character cut at the limit must not fail detection.
  return new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
}

export function isZlibError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR';
}

export function asInputError(file: string, error: unknown): unknown {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === 'ENOENT') return new InputError({ file, line: 0 }, 'no such file');
  if (code === 'EISDIR') return new InputError({ file, line: 0 }, 'is a directory, not a file');
  if (isZlibError(error)) return new InputError({ file, line: 0 }, 'corrupt gzip data');
  return error;
}
