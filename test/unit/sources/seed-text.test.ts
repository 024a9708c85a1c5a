import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../../src/default-corpus.js';
import { InputError } from '../../../ingest/input-error.js';
import { readSeedText } from '../../../ingest/sources/seed-text.js';

const dir = mkdtempSync(path.join(tmpdir(), 'seed-text-'));
function file(name: string, content: string | Buffer): string {
  const target = path.join(dir, name);
  writeFileSync(target, content);
  return target;
}

async function read(target: string) {
  const docs = [];
  for await (const doc of readSeedText(target)) docs.push(doc);
  return docs;
}

async function errorOf(target: string): Promise<InputError> {
  try {
    await read(target);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('seed-text parser', () => {
  it('reads the shipped corpus: 237 papers, chrome skipped, Subscribe prefix removed, last line without newline', async () => {
    const docs = await read(DEFAULT_CORPUS);
    expect(docs).toHaveLength(237);
    expect(docs[0]!.title).toBe('A Hazard Analysis Framework for Code Synthesis Large Language Models');
    expect(docs[0]!.location.line).toBe(3);
    expect(docs.every((d) => !d.title.startsWith('Get trending') && !d.title.startsWith('Subscribe'))).toBe(true);
    expect(docs.at(-1)!.abstract.length).toBeGreaterThan(100);
    expect(new Set(docs.map((d) => d.id)).size).toBe(237);
  });

  it('strips the glued Subscribe prefix only from the first title', async () => {
    const docs = await read(
      file('quirks.txt', 'Get trending papers in your email inbox!\nSubscribeFirst Title\nAbstract one.\nSubscribers Matter\nAbstract two.'),
    );
    expect(docs.map((d) => d.title)).toEqual(['First Title', 'Subscribers Matter']);
    expect(docs[1]!.abstract).toBe('Abstract two.');
  });

  it('names the line of a title that has no abstract (odd number of lines)', async () => {
    const error = await errorOf(file('odd.txt', 'Title A\nAbstract A\nTitle B\n'));
    expect(error.location.line).toBe(3);
    expect(error.message).toMatch(/odd\.txt:3: title without an abstract/);
  });

  it('refuses an empty file', async () => {
    expect((await errorOf(file('empty.txt', ''))).message).toMatch(/empty/);
  });

  it('refuses a binary file and invalid UTF-8 with the line', async () => {
    expect((await errorOf(file('binary.txt', Buffer.from([0x54, 0x0a, 0x00, 0x01, 0x02, 0x0a])))).message).toMatch(/binary\.txt:2: binary data/);
    expect((await errorOf(file('latin1.txt', Buffer.from('Title\nCaf\xe9 abstract\n', 'latin1')))).message).toMatch(/invalid UTF-8/);
  });

  it('refuses a 10 MB line, naming it', async () => {
    const error = await errorOf(file('huge.txt', `Title\n${'x'.repeat(10 * 1024 * 1024)}\n`));
    expect(error.message).toMatch(/huge\.txt:2: line longer than/);
  });
});
