import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { EXTRACT_PROGRESS_EVERY, runExtract } from '../../../ingest/commands/extract.js';
import { InputError } from '../../../ingest/input-error.js';
import { FORMATS } from '../../../ingest/sources/formats.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../../..');
const runner = join(import.meta.dirname, 'kg-extract-runner.ts');
const seed = join(root, 'data/seed/000_ee18fccb2e565efc.txt');
const pwcFixture = (name: string) => join(root, 'test/fixtures/pwc', name);
const dir = mkdtempSync(join(tmpdir(), 'kg-extract-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOLD_FIELDS = ['title', 'methods', 'models', 'datasets', 'benchmarks', 'tasks', 'repos', 'proposed', 'evaluated_on'];

async function kgExtract(...args: string[]): Promise<{ code: number; stderr: string }> {
  try {
    const { stderr } = await run(process.execPath, ['--import', 'tsx', runner, 'extract', ...args], { cwd: root });
    return { code: 0, stderr };
  } catch (error) {
    const failed = error as { code: number; stderr: string };
    return { code: failed.code, stderr: failed.stderr };
  }
}

describe('kg extract on the seed corpus', () => {
  it('writes 237 records in the gold shape and a one-line summary', async () => {
    const out = join(dir, 'seed.jsonl');
    const { code, stderr } = await kgExtract('--input', seed, '--out', out);
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/extracted 237 papers in [\d.]+ s \(\d+ abstracts\/s\)/);
    const records = readFileSync(out, 'utf8').trim().split('\n').map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records).toHaveLength(237);
    for (const record of records) {
      for (const field of GOLD_FIELDS) expect(record).toHaveProperty(field);
      for (const field of GOLD_FIELDS.slice(1, -1)) {
        const entries = record[field] as string[];
        expect(entries.every((e) => typeof e === 'string' && e.length > 0)).toBe(true);
        expect(new Set(entries).size).toBe(entries.length);
      }
      expect((record.tasks as string[]).length).toBeLessThanOrEqual(3);
      for (const pair of record.evaluated_on as unknown[]) expect(pair).toHaveLength(2);
    }
    expect(records[0]!.title).toBe('A Hazard Analysis Framework for Code Synthesis Large Language Models');
    // Same input, same bytes.
    const again = join(dir, 'seed-again.jsonl');
    await runExtract({ input: seed, out: again });
    expect(readFileSync(again, 'utf8')).toBe(readFileSync(out, 'utf8'));
  }, 60_000);
});

describe('kg extract progress', () => {
  it('reports the papers read every EXTRACT_PROGRESS_EVERY papers, and not in a pipe', async () => {
    const input = join(dir, 'progress.jsonl');
    const count = 2 * EXTRACT_PROGRESS_EVERY + 500;
    const lines = Array.from({ length: count }, (_, i) => JSON.stringify({ title: `Paper ${i}`, abstract: `We evaluate Method${i} on the Bench${i % 7} benchmark.` }));
    writeFileSync(input, `${lines.join('\n')}\n`);
    const heard: number[] = [];
    const summary = await runExtract({ input, out: join(dir, 'progress.out.jsonl') }, (papers) => heard.push(papers));
    expect(summary.papers).toBe(count);
    expect(heard).toEqual([EXTRACT_PROGRESS_EVERY, 2 * EXTRACT_PROGRESS_EVERY]);
    // Through the command, stderr is a pipe here: the summary line alone, no bar.
    const { code, stderr } = await kgExtract('--input', input, '--out', join(dir, 'progress-cli.out.jsonl'));
    expect(code).toBe(0);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(new RegExp(`^extracted ${count} papers in `))]);
  }, 60_000);
});

describe('kg extract on worker threads', () => {
  // The seed abstracts over and over, with their own titles: enough papers to start workers.
  const seedLines = readFileSync(seed, 'utf8').trim().split('\n');
  const papers = Array.from({ length: 1300 }, (_, i) => {
    const at = (i * 2) % (seedLines.length - 1);
    return JSON.stringify({ title: `${seedLines[at]} (${i})`, abstract: seedLines[at + 1] });
  });
  const input = join(dir, 'workers.jsonl');
  writeFileSync(input, `${papers.join('\n')}\n`);

  it('writes the same bytes as extraction on one thread', async () => {
    const one = join(dir, 'workers-0.out.jsonl');
    const two = join(dir, 'workers-2.out.jsonl');
    await runExtract({ input, out: one, format: 'jsonl', workers: 0 });
    expect(await runExtract({ input, out: two, format: 'jsonl', workers: 2 })).toMatchObject({ papers: 1300 });
    const lines = readFileSync(two, 'utf8');
    expect(lines.trim().split('\n')).toHaveLength(1300);
    expect(lines).toBe(readFileSync(one, 'utf8'));
  }, 60_000);

  it('stops at a bad line after the workers started, and writes nothing', async () => {
    const bad = join(dir, 'workers-bad.jsonl');
    writeFileSync(bad, `${[...papers.slice(0, 1200), '{"title": 7}', ...papers.slice(1200)].join('\n')}\n`);
    const out = join(dir, 'workers-bad.out.jsonl');
    await expect(runExtract({ input: bad, out, format: 'jsonl', workers: 2 })).rejects.toThrow(/workers-bad\.jsonl:1201: field "title" must be a string/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
  }, 60_000);
});

describe('kg extract on bad input', () => {
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['empty.txt', '', /empty\.txt:1: no papers found/],
    ['binary.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x0a, 0x41, 0x0a]), /binary\.txt:1: /],
    ['latin1.txt', Buffer.concat([Buffer.from('A title\nAn abstract with caf'), Buffer.from([0xe9]), Buffer.from('\n')]), /latin1\.txt:\d+: invalid UTF-8/],
    ['odd.txt', 'Title one\nAbstract one\nTitle two\n', /odd\.txt:3: title without an abstract/],
    ['huge.txt', `A title\n${'x'.repeat(10 * 1024 * 1024)}\n`, /huge\.txt:2: line longer than/],
    ['notjson.jsonl', '{"title": "A", "abstract": "B"}\nnot json at all\n', /notjson\.jsonl:2: not valid JSON/],
    ['notitle.jsonl', '{"abstract": "no title here"}\n', /notitle\.jsonl:1: field "title" is missing/],
  ];

  for (const [name, content, message] of cases) {
    it(`refuses ${name} with one line naming file and line`, async () => {
      const input = join(dir, name);
      const out = join(dir, `${name}.out.jsonl`);
      writeFileSync(input, content);
      const { code, stderr } = await kgExtract('--input', input, '--out', out);
      expect(code).toBe(1);
      const lines = stderr.trim().split('\n');
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(message);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(existsSync(out)).toBe(false);
    }, 60_000);
  }

  it('skips bad JSONL records with --skip-invalid', async () => {
    const input = join(dir, 'mixed.jsonl');
    writeFileSync(input, '{"title": "Good paper", "abstract": "We propose FooNet."}\nnot json\n{"abstract": "x"}\n');
    const summary = await runExtract({ input, out: join(dir, 'mixed.out.jsonl'), skipInvalid: true });
    expect(summary).toMatchObject({ papers: 1, skipped: 2 });
  });
});

describe('kg extract input formats', () => {
  const titlesOf = (file: string) => readFileSync(file, 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { title: string }).title);

  it('detects the format from the content, as kg ingest does, whatever the file is called', async () => {
    const jsonl = join(dir, 'papers.txt');
    writeFileSync(jsonl, '{"title": "Paper one", "abstract": "We propose FooNet."}\n{"title": "Paper two", "abstract": "B."}\n');
    expect(await runExtract({ input: jsonl, out: join(dir, 'papers.txt.out.jsonl') })).toMatchObject({ papers: 2 });
    const text = join(dir, 'seed.jsonl');
    writeFileSync(text, 'Paper one\nWe propose FooNet.\n');
    await runExtract({ input: text, out: join(dir, 'seed.jsonl.out.jsonl') });
    expect(titlesOf(join(dir, 'seed.jsonl.out.jsonl'))).toEqual(['Paper one']);
  });

  it('extracts the abstracts of a Papers with Code papers dump', async () => {
    const out = join(dir, 'pwc-papers.out.jsonl');
    const summary = await runExtract({ input: pwcFixture('papers-with-abstracts.json'), out });
    expect(summary.papers).toBeGreaterThan(0);
    expect(titlesOf(out)).toHaveLength(summary.papers);
  });

  it('reads the format --format names', async () => {
    const input = join(dir, 'named.txt');
    writeFileSync(input, '{"title": "Paper one", "abstract": "A."}\n');
    await runExtract({ input, out: join(dir, 'named-jsonl.out.jsonl'), format: 'jsonl' });
    expect(titlesOf(join(dir, 'named-jsonl.out.jsonl'))).toEqual(['Paper one']);
    // Named as seed text, the same line is a title without an abstract.
    await expect(runExtract({ input, out: join(dir, 'named-seed.out.jsonl'), format: 'seed-text' })).rejects.toThrow(/named\.txt:1: title without an abstract/);
  });

  it('refuses every format without paper text, named or detected, and writes nothing', async () => {
    const recordOnly = FORMATS.filter((f) => !f.yields.includes('document'));
    expect(recordOnly.map((f) => f.name).sort()).toEqual(['kg-export', 'pwc-datasets', 'pwc-evaluation-tables', 'pwc-links', 'pwc-methods']);
    for (const format of recordOnly) {
      const out = join(dir, `${format.name}.out.jsonl`);
      const refused = runExtract({ input: pwcFixture('methods.json'), out, format: format.name });
      await expect(refused).rejects.toThrow(InputError);
      await expect(refused).rejects.toThrow(`format ${format.name} holds no paper text to extract`);
      expect(existsSync(out)).toBe(false);
    }
    const out = join(dir, 'links.out.jsonl');
    const { code, stderr } = await kgExtract('--input', pwcFixture('links-between-papers-and-code.json'), '--out', out);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toEqual([expect.stringMatching(/links-between-papers-and-code\.json:0: format pwc-links holds no paper text to extract .*; load it with kg ingest$/)]);
    expect(existsSync(out)).toBe(false);
  }, 60_000);

  it("offers kg ingest's formats for --format", async () => {
    const { code, stderr } = await kgExtract('--input', seed, '--out', join(dir, 'bogus.out.jsonl'), '--format', 'bogus');
    expect(code).not.toBe(0);
    for (const format of FORMATS) expect(stderr).toContain(format.name);
  }, 60_000);
});
