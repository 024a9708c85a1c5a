import { createReadStream } from 'node:fs';
import { createGunzip } from 'node:zlib';
import { InputError } from '../input-error.js';

export interface Line {
  text: string;
  /** 1-based. */
  number: number;
}

/** Longest line accepted: far above any real abstract, far below what would exhaust memory. */
export const MAX_LINE_CHARS = 1_000_000;

/**
 * Streams a text file line by line in constant memory, gunzipping `.gz` files, and refuses
 * what is not text: invalid UTF-8, NUL bytes (binary files) and overlong lines, each with the
 * line number where it was found.
 */
export async function* readLines(file: string): AsyncGenerator<Line> {
  const raw = createReadStream(file);
  const stream = file.endsWith('.gz') ? raw.pipe(createGunzip()) : raw;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let pending = '';
  let number = 1;
  const fail = (reason: string): never => {
    throw new InputError({ file, line: number }, reason);
  };

  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      let text: string;
      try {
        text = decoder.decode(chunk, { stream: true });
      } catch {
        fail('invalid UTF-8');
      }
      pending += text!;
      let newline: number;
      while ((newline = pending.indexOf('\n')) >= 0) {
        yield check(pending.slice(0, newline).replace(/\r$/, ''), number, fail);
        pending = pending.slice(newline + 1);
        number += 1;
      }
      if (pending.length > MAX_LINE_CHARS) fail(`line longer than ${MAX_LINE_CHARS} characters`);
    }
    try {
      pending += decoder.decode();
    } catch {
      fail('invalid UTF-8 at end of file');
    }
  } catch (error) {
    if (error instanceof InputError) throw error;
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError({ file, line: 0 }, 'no such file');
    if (code === 'EISDIR') throw new InputError({ file, line: 0 }, 'is a directory, not a file');
    if (code === 'Z_DATA_ERROR' || code === 'Z_BUF_ERROR') fail('corrupt or truncated gzip data');
    throw error;
  }
  // The last line may lack its newline (the seed corpus does).
  if (pending.length > 0) yield check(pending.replace(/\r$/, ''), number, fail);
}

function check(text: string, number: number, fail: (reason: string) => never): Line {
  if (text.length > MAX_LINE_CHARS) fail(`line longer than ${MAX_LINE_CHARS} characters`);
  if (text.includes('\u0000')) fail('binary data (NUL byte); expected a text file');
  return { text, number };
}
