import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PaperDocument } from '../../../ingest/document.js';
import type { InputError } from '../../../ingest/input-error.js';
import { readArxivJsonl } from '../../../ingest/sources/arxiv-jsonl.js';
import { readArxivOai } from '../../../ingest/sources/arxiv-oai.js';
import { isoDateOf } from '../../../ingest/sources/arxiv-record.js';
import { detectFormat } from '../../../ingest/sources/formats.js';
import { decodeTexAccents } from '../../../ingest/sources/tex-accents.js';
import { inputError, scratch } from './fixtures.js';

const fixture = (name: string) => fileURLToPath(new URL(`../../fixtures/arxiv/${name}`, import.meta.url));
const SNAPSHOT = fixture('arxiv-metadata-snapshot.jsonl');
const OAI = fixture('oai-arXiv.xml');
const OAI_RAW = fixture('oai-arXivRaw.xml');

const files = scratch();
afterAll(() => files.remove());

async function all(documents: AsyncIterable<PaperDocument>): Promise<PaperDocument[]> {
  const found: PaperDocument[] = [];
  for await (const document of documents) found.push(document);
  return found;
}

/** What must agree whichever format a paper came in. */
const comparable = ({ id, title, abstract, arxivId, url, publishedAt, authors, properties }: PaperDocument) => ({
  id,
  title,
  abstract,
  arxivId,
  url,
  publishedAt,
  authors: authors?.map((author) => author.name.replace(/ Jr$/, '')),
  categories: properties?.categories,
  doi: properties?.doi,
});

describe('arxiv-jsonl: the metadata snapshot', () => {
  it("reads each line's paper: first version's date, categories, TeX accents, authors_parsed", async () => {
    const [diphoton, dpo, old] = await all(readArxivJsonl(SNAPSHOT));
    expect(diphoton).toMatchObject({
      title: 'Tiny Diphoton Cross Sections at Made-Up Energies',
      abstract: 'We compute a made-up cross section for a test fixture.',
      arxivId: '0704.0001',
      url: 'https://arxiv.org/abs/0704.0001',
      publishedAt: '2007-04-02',
      authors: [
        { name: 'C. Balázs', position: 1 },
        { name: 'E. L. Berger', position: 2 },
        { name: 'P. M. Nadolsky Jr', position: 3 },
      ],
      properties: { categories: ['hep-ph', 'cs.CL'], primaryCategory: 'hep-ph', doi: '10.1103/PhysRevD.76.013009', journalRef: 'Phys.Rev.D76:013009,2007' },
      source: 'arxiv-jsonl',
      location: { line: 1 },
    });
    // No authors_parsed: the authors string, split on commas and "and".
    expect(dpo!.authors!.map((author) => author.name)).toEqual(['Rafa Example', 'Archit Sample']);
    expect(dpo!.publishedAt).toBe('2023-05-29');
    // No versions: no date rather than a guess from update_date.
    expect(old).toMatchObject({ arxivId: 'math/0501001', authors: [{ name: 'J. Müller', position: 1 }] });
    expect(old!.publishedAt).toBeUndefined();
  });

  it('is told from plain JSON Lines by its keys', async () => {
    expect((await detectFormat(SNAPSHOT)).name).toBe('arxiv-jsonl');
    expect((await detectFormat(files.write('plain.jsonl', '{"id": "1", "title": "A", "abstract": "B"}\n'))).name).toBe('jsonl');
    expect((await detectFormat(files.gzip(SNAPSHOT))).name).toBe('arxiv-jsonl');
  });

  it('names the line and paper of a bad record, and skips it with --skip-invalid', async () => {
    const good = '{"id": "1", "title": "One", "categories": "cs.CL", "versions": []}';
    const file = files.write('bad.jsonl', `${good}\n{"id": "2", "title": "", "categories": "cs.CL", "versions": []}\n{"id": "3", "title": "Three", "categories": "cs.CL", "versions": [{"version": "v1"}]}\n{oops\n`);
    expect((await inputError(() => all(readArxivJsonl(file)))).message).toMatch(/bad\.jsonl:2: paper 2: field "title" is missing or empty$/);
    const skipped: InputError[] = [];
    const read = await all(readArxivJsonl(file, { onInvalid: (error) => skipped.push(error) }));
    expect(read.map((document) => document.title)).toEqual(['One']);
    expect(skipped.map((error) => error.message.replace(/^.*bad\.jsonl:/, ''))).toEqual([
      '2: paper 2: field "title" is missing or empty',
      '3: paper 3: versions[0].created must be a date string',
      expect.stringMatching(/^4: not valid JSON/),
    ]);
  });
});

describe('arxiv-oai: OAI-PMH arXiv and arXivRaw records', () => {
  it('reads an arXiv record like the snapshot line of the same paper, passing deleted records by', async () => {
    const oai = await all(readArxivOai(OAI));
    expect(oai).toHaveLength(1);
    const [, dpo] = await all(readArxivJsonl(SNAPSHOT));
    expect(comparable(oai[0]!)).toEqual({ ...comparable(dpo!), abstract: 'We tune a language model on preferences with DPO & no reward model.' });
    expect(oai[0]!.location.line).toBe(6);
  });

  it('reads an arXivRaw record, dated by its v1 whatever the order of versions', async () => {
    const [raw] = await all(readArxivOai(OAI_RAW));
    const [diphoton] = await all(readArxivJsonl(SNAPSHOT));
    expect(comparable(raw!)).toEqual(comparable(diphoton!));
    expect(raw!.source).toBe('arxiv-oai');
  });

  it('is detected by content', async () => {
    expect((await detectFormat(OAI)).name).toBe('arxiv-oai');
    expect((await detectFormat(OAI_RAW)).name).toBe('arxiv-oai');
  });

  it('names the record without metadata or title', async () => {
    const text = (await import('node:fs')).readFileSync(OAI, 'utf8');
    const untitled = files.write('untitled.xml', text.replace(/<title>[^<]*<\/title>/, ''));
    expect((await inputError(() => all(readArxivOai(untitled)))).message).toMatch(/untitled\.xml:6: record 1: paper 2305\.18290: no <title>$/);
    const truncated = files.write('truncated.xml', text.slice(0, text.indexOf('</metadata>')));
    expect((await inputError(() => all(readArxivOai(truncated)))).message).toMatch(/truncated XML/);
  });
});

describe('arXiv field helpers', () => {
  it('reads RFC 2822 and ISO dates as ISO, and refuses what is not a date', () => {
    expect(isoDateOf('Mon, 2 Apr 2007 19:18:42 GMT')).toBe('2007-04-02');
    expect(isoDateOf('Sun, 31 Dec 2023 23:59:59 GMT')).toBe('2023-12-31');
    expect(isoDateOf('2023-05-29')).toBe('2023-05-29');
    expect(isoDateOf('12345')).toBeUndefined();
    expect(isoDateOf('Mon, 99 Foo 2007')).toBeUndefined();
  });

  it('decodes TeX accents in names', () => {
    expect(decodeTexAccents("Bal\\'azs, {\\\"O}zt\\\"urk, Fran\\c{c}ois, \\v{S}koda, Ma{\\l}gorzata, Gro\\ss")).toBe('Balázs, Öztürk, François, Škoda, Małgorzata, Groß');
  });
});
