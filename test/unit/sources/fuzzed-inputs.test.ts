import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../../src/default-corpus.js';
import { InputError } from '../../../ingest/input-error.js';
import { formatByName } from '../../../ingest/sources/formats.js';
import { fixture, scratch } from './fixtures.js';

/**
 * Every format, fed deterministic mutations of a real sample (truncation, flipped bytes,
 * invalid UTF-8, wrong JSON types, giant lines and records): each read either succeeds or
 * stops with an InputError naming the file and a line or record, never with any other error.
 */
const SAMPLES: Array<[format: string, file: string]> = [
  ['seed-text', DEFAULT_CORPUS],
  ['pwc-evaluation-tables', fixture('evaluation-tables-snli.json')],
  ['pwc-papers', fixture('papers-with-abstracts.json')],
  ['pwc-links', fixture('links-between-papers-and-code.json')],
  ['pwc-methods', fixture('methods.json')],
  ['pwc-datasets', fixture('datasets.json')],
];

/** A small seeded PRNG (mulberry32), so every run tries the same mutations. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutations(original: Buffer, next: () => number): Array<[string, Buffer]> {
  const at = () => Math.floor(next() * original.length);
  const text = original.toString('utf8');
  const cut = at();
  const flipped = Buffer.from(original);
  for (let i = 0; i < 8; i += 1) flipped[at()] = Math.floor(next() * 256);
  const invalidUtf8 = Buffer.concat([original.subarray(0, cut), Buffer.from([0xc3, 0x28, 0xff]), original.subarray(cut)]);
  return [
    ['truncated', original.subarray(0, cut)],
    ['flipped bytes', flipped],
    ['invalid UTF-8', invalidUtf8],
    ['NUL byte', Buffer.concat([original.subarray(0, cut), Buffer.from([0]), original.subarray(cut)])],
    ['giant line', Buffer.from(`${text.slice(0, cut)}${'z'.repeat(2_000_000)}${text.slice(cut)}`)],
    ['strings to numbers', Buffer.from(text.replace(/"([^"\\]{1,20})"(?=\s*[,}\]])/g, (m, s: string) => (next() < 0.2 ? String(s.length) : m)))],
    ['values to objects', Buffer.from(text.replace(/:\s*"([^"\\]{0,20})"/g, (m) => (next() < 0.2 ? ': {"x": [1, {}]}' : m)))],
    ['empty', Buffer.alloc(0)],
    ['truncated gzip', gzipSync(original).subarray(0, Math.max(10, Math.floor(next() * 200)))],
  ];
}

const files = scratch();
afterAll(() => files.remove());

describe.each(SAMPLES)('fuzzed %s input', (formatName, sample) => {
  const format = formatByName(formatName);
  const original = readFileSync(sample);
  const cases = [1, 2, 3].flatMap((seed) => mutations(original, random(seed)).map(([name, bytes]) => [`${name} #${seed}`, bytes] as const));

  it.each(cases)('%s: reads or fails with file and line', async (name, bytes) => {
    const file = files.write(`${formatName}-${name.replace(/\W+/g, '-')}${name.includes('gzip') ? '.json.gz' : ''}`, bytes);
    try {
      for await (const item of format.read(file)) void item;
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      const { location, message } = error as InputError;
      expect(location.file).toBe(file);
      expect(location.line).toBeGreaterThanOrEqual(0);
      expect(message.split('\n')).toHaveLength(1);
      expect(message.length).toBeLessThan(600);
    }
  });
});
