import { afterAll, describe, expect, it } from 'vitest';
import { detectFormat, formatByName, FORMATS } from '../../../ingest/sources/formats.js';
import { firstRecordKeys } from '../../../ingest/sources/pwc-detect.js';
import { readHead } from '../../../ingest/sources/read-head.js';
import { collect, fixture, inputError, scratch } from './fixtures.js';

const files = scratch();
afterAll(() => files.remove());

const SAMPLES: [string, string][] = [
  ['evaluation-tables-snli.json', 'pwc-evaluation-tables'],
  ['evaluation-tables-eff.json', 'pwc-evaluation-tables'],
  ['papers-with-abstracts.json', 'pwc-papers'],
  ['links-between-papers-and-code.json', 'pwc-links'],
  ['methods.json', 'pwc-methods'],
  ['datasets.json', 'pwc-datasets'],
];

describe('what each format yields', () => {
  it.each(SAMPLES)('declares the kinds of item %s gives', async (name, formatName) => {
    const format = formatByName(formatName);
    const read = await collect(format.read(fixture(name)));
    const kinds = [...(read.documents.length > 0 ? ['document'] : []), ...(read.batches > 0 ? ['records'] : [])];
    expect(kinds).toEqual(format.yields);
  });

  it('declares documents only for seed text and JSON Lines', async () => {
    const seed = await collect(formatByName('seed-text').read(files.write('yields.txt', 'A title\nAn abstract\n')));
    const jsonl = await collect(formatByName('jsonl').read(files.write('yields.jsonl', '{"title": "A", "abstract": "B"}\n')));
    expect([seed.documents.length, seed.batches, jsonl.documents.length, jsonl.batches]).toEqual([1, 0, 1, 0]);
    expect(formatByName('seed-text').yields).toEqual(['document']);
    expect(formatByName('jsonl').yields).toEqual(['document']);
  });
});

describe('detectFormat', () => {
  it.each(SAMPLES)('recognises %s as %s, plain and gzipped', async (name, format) => {
    expect((await detectFormat(fixture(name))).name).toBe(format);
    expect((await detectFormat(files.gzip(fixture(name)))).name).toBe(format);
  });

  it('recognises a leaderboard whose first task outgrows the head, keys sorted as in sota-extractor', async () => {
    const big = [{ categories: [], datasets: [{ dataset: 'X', description: 'y'.repeat(200_000), sota: { metrics: [], rows: [] } }], task: 'T' }];
    const file = files.write('big-task.json', JSON.stringify(big));
    expect((await readHead(file)).length).toBe(64 * 1024);
    expect((await detectFormat(file)).name).toBe('pwc-evaluation-tables');
  });

  it('leaves JSON Lines to jsonl and plain text to seed-text', async () => {
    expect((await detectFormat(files.write('papers.jsonl', '{"title": "A", "abstract": "B"}\n'))).name).toBe('jsonl');
    expect((await detectFormat(files.write('seed.txt', 'A title\nAn abstract\n'))).name).toBe('seed-text');
  });

  it('refuses a JSON array no format knows, listing the formats', async () => {
    const error = await inputError(() => detectFormat(files.write('other.json', '[{"foo": 1}]')));
    expect(error.message).toMatch(/unrecognised format/);
    for (const format of FORMATS) expect(error.message).toContain(format.name);
  });
});

describe('formatByName', () => {
  it('finds every format by its name, seed-text last', () => {
    for (const format of FORMATS) expect(formatByName(format.name)).toBe(format);
    expect(FORMATS.at(-1)?.name).toBe('seed-text');
    expect(FORMATS.map((format) => format.name)).toEqual(expect.arrayContaining(['pwc-evaluation-tables', 'pwc-papers', 'pwc-links', 'pwc-methods', 'pwc-datasets', 'jsonl']));
  });

  it('names the known formats when a name is unknown', () => {
    expect(() => formatByName('pwc')).toThrow(/unknown format "pwc"; known formats: pwc-evaluation-tables, .*seed-text/);
  });
});

describe('firstRecordKeys', () => {
  it('reads the keys of the first object only, ignoring nested and later ones', () => {
    expect(firstRecordKeys('[{"a": {"x": 1}, "b": "c:\\"d\\"", "e": [{"y": 2}]}, {"z": 3}]')).toEqual(new Set(['a', 'b', 'e']));
  });

  it('reads as far as a cut head goes', () => {
    expect(firstRecordKeys('[\n  {\n    "task": "T",\n    "datasets": [{"dataset": "D", "descr')).toEqual(new Set(['task', 'datasets']));
  });

  it('finds nothing in what is not an array of objects', () => {
    expect(firstRecordKeys('{"a": 1}').size).toBe(0);
    expect(firstRecordKeys('[1, 2]').size).toBe(0);
    expect(firstRecordKeys('title\nabstract').size).toBe(0);
  });
});
