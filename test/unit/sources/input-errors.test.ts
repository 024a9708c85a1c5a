import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import type { InputError } from '../../../ingest/input-error.js';
import { readEvaluationTables } from '../../../ingest/sources/pwc-evaluation-tables.js';
import { readPwcLinks } from '../../../ingest/sources/pwc-links.js';
import { readPwcPapers } from '../../../ingest/sources/pwc-papers.js';
import { readJsonArray } from '../../../ingest/sources/read-json-array.js';
import { collect, inputError, scratch } from './fixtures.js';

const files = scratch();
afterAll(() => files.remove());

const link = (i: number) => ({ paper_title: `Paper ${i}`, repo_url: `https://github.com/o/r${i}`, is_official: true });
const links = (n: number) => Array.from({ length: n }, (_, i) => link(i + 1));
const drain = async (items: AsyncIterable<unknown>) => {
  for await (const _ of items);
};

describe('readJsonArray', () => {
  it('streams the elements with their positions', async () => {
    const file = files.write('three.json', JSON.stringify([{ a: 1 }, 'two', 3]));
    const seen = [];
    for await (const element of readJsonArray(file)) seen.push(element);
    expect(seen).toEqual([
      { value: { a: 1 }, index: 0 },
      { value: 'two', index: 1 },
      { value: 3, index: 2 },
    ]);
  });

  it('names the record a truncated file ends in', async () => {
    const text = JSON.stringify(links(500));
    const file = files.write('truncated.json', text.slice(0, text.indexOf('"Paper 321"')));
    const error = await inputError(() => drain(readJsonArray(file)));
    expect(error).toMatchObject({ file, line: 321 });
    expect(error.message).toMatch(/record 321: unexpected end of file after record 320 \(truncated JSON/);
  });

  it('names the exact record of malformed JSON, even among many small records in one chunk', async () => {
    const text = JSON.stringify(links(500)).replace('"Paper 250"', '"Paper 250" "oops"');
    const file = files.write('malformed.json', text);
    const error = await inputError(() => drain(readJsonArray(file)));
    expect(error).toMatchObject({ file, line: 250 });
    expect(error.message).toMatch(/^.*:250: record 250: malformed JSON/);
  });

  it('names the record of a truncated gzip file', async () => {
    const gz = gzipSync(JSON.stringify(links(2000)));
    const file = files.write('cut.json.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const error = await inputError(() => drain(readJsonArray(file)));
    expect(error.file).toBe(file);
    expect(error.line).toBeGreaterThan(1);
    expect(error.message).toMatch(new RegExp(`record ${error.line}: `));
  });

  it('refuses what is not an array, an empty file and a missing file', async () => {
    expect((await inputError(() => drain(readJsonArray(files.write('object.json', '{"a": 1}'))))).message).toMatch(/:1: expected a JSON array of records/);
    expect((await inputError(() => drain(readJsonArray(files.write('empty.json', ''))))).message).toMatch(/:1: empty file/);
    expect((await inputError(() => drain(readJsonArray(`${files.dir}/missing.json`)))).message).toMatch(/:0: no such file/);
  });
});

describe('records of the wrong shape', () => {
  it('names file, record and place inside the record', async () => {
    const tasks = [
      { task: 'A', datasets: [] },
      { task: 'B', datasets: [{ dataset: 'D', sota: { metrics: ['Acc'], rows: [{ model_name: 'M', metrics: { Acc: '1' } }, { model_name: 'N', metrics: 'high' }] } }] },
    ];
    const file = files.write('wrong-metrics.json', JSON.stringify(tasks));
    const error = await inputError(() => drain(readEvaluationTables(file)));
    expect(error).toMatchObject({ file, line: 2 });
    expect(error.message).toBe(`${file}:2: record 2 (dataset 1 > sota > row 2): field "metrics" must be a JSON object, got the string "high"`);
  });

  it('refuses a record that is not an object, and a paper without a title', async () => {
    const notObject = files.write('not-object.json', JSON.stringify([link(1), 'just text']));
    expect((await inputError(() => drain(readPwcLinks(notObject)))).message).toMatch(/:2: record 2: expected a JSON object, got the string "just text"/);
    const untitled = files.write('untitled.json', JSON.stringify([{ title: 'Fine', abstract: 'x' }, { title: '  ', abstract: 'y' }]));
    expect((await inputError(() => drain(readPwcPapers(untitled)))).message).toMatch(/:2: record 2: field "title" is missing or empty/);
  });

  it('refuses a list where text belongs', async () => {
    const file = files.write('list-title.json', JSON.stringify([{ paper_title: ['A'], repo_url: 'https://github.com/o/r' }]));
    expect((await inputError(() => drain(readPwcLinks(file)))).message).toMatch(/record 1: field "paper_title" must be a string, got a list/);
  });

  it('with onInvalid, reports a bad record and reads on; a bad record contributes nothing', async () => {
    const file = files.write('one-bad.json', JSON.stringify([link(1), { paper_title: 'Bad', repo_url: 'https://github.com/o/bad', is_official: 'maybe' }, link(3)]));
    const skipped: InputError[] = [];
    const result = await collect(readPwcLinks(file, { onInvalid: (error) => skipped.push(error) }));
    expect(skipped.map((error) => error.message)).toEqual([`${file}:2: record 2: field "is_official" must be a boolean, got the string "maybe"`]);
    expect(result.nodes.map((node) => node.id)).not.toContain('paper:bad');
    expect(result.edges).toHaveLength(2);
  });

  it('with onInvalid, still stops at broken JSON', async () => {
    const file = files.write('broken.json', '[{"paper_title": "A", "repo_url": "https://github.com/o/a"}, {"paper_title": ');
    const error = await inputError(() => drain(readPwcLinks(file, { onInvalid: () => {} })));
    expect(error.line).toBe(2);
  });

  it('refuses an empty array unless skipping', async () => {
    const file = files.write('none.json', '[]');
    expect((await inputError(() => drain(readPwcLinks(file)))).message).toMatch(/:1: no records found/);
    expect((await collect(readPwcLinks(file, { onInvalid: () => {} }))).edges).toEqual([]);
  });
});
