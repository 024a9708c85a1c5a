import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';

/**
 * A gzip file written as a stream of text, waiting whenever the compressor is behind, so an
 * export holds one page of the graph in memory, never the whole. Never overwrites a file.
 */
export class GzipTextFile {
  private readonly gzip = createGzip();
  private readonly written: Promise<void>;

  constructor(readonly file: string) {
    this.written = pipeline(this.gzip, createWriteStream(file, { flags: 'wx' }));
    // A failure surfaces in write() or close(); until then it must not count as unhandled.
    this.written.catch(() => {});
  }

  async write(text: string): Promise<void> {
    if (text === '') return;
    if (!this.gzip.write(text)) await Promise.race([once(this.gzip, 'drain'), this.written]);
  }

  async close(): Promise<void> {
    this.gzip.end();
    await this.written;
  }
}

/** JSON lines: one value per line. */
export class JsonLinesFile {
  private readonly out: GzipTextFile;
  lines = 0;

  constructor(file: string) {
    this.out = new GzipTextFile(file);
  }

  async writeAll(values: readonly unknown[]): Promise<void> {
    await this.out.write(values.map((value) => `${JSON.stringify(value)}\n`).join(''));
    this.lines += values.length;
  }

  close(): Promise<void> {
    return this.out.close();
  }
}

/**
 * One JSON array, an element a line, as the Papers with Code dumps are laid out. The file is
 * made at the first element: the PwC readers refuse an empty dump, so a view with nothing in it
 * is not written at all.
 */
export class JsonArrayFile {
  private out: GzipTextFile | undefined;
  elements = 0;

  constructor(private readonly file: string) {}

  async writeAll(values: readonly unknown[]): Promise<void> {
    if (values.length === 0) return;
    const text = values.map((value, i) => `${this.elements + i === 0 ? '[\n' : ',\n'}${JSON.stringify(value)}`).join('');
    this.out ??= new GzipTextFile(this.file);
    await this.out.write(text);
    this.elements += values.length;
  }

  async close(): Promise<void> {
    if (!this.out) return;
    await this.out.write('\n]\n');
    await this.out.close();
  }
}
