import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { PaperDocument } from '../../../ingest/document.js';
import type { InputError } from '../../../ingest/input-error.js';
import { readAclAnthology } from '../../../ingest/sources/acl-anthology.js';
import { detectFormat } from '../../../ingest/sources/formats.js';
import { inputError, scratch } from './fixtures.js';

const TINY = fileURLToPath(new URL('../../fixtures/acl-anthology/2031.tiny.xml', import.meta.url));
const SAMPLE = fileURLToPath(new URL('../../../data/acl-anthology/2024.acl-long-sample.xml', import.meta.url));
const SAMPLE_PLAIN = fileURLToPath(new URL('../../../data/acl-anthology/acl2024.jsonl', import.meta.url));

const files = scratch();
afterAll(() => files.remove());

async function read(file: string, onInvalid?: (error: InputError) => void): Promise<PaperDocument[]> {
  const documents: PaperDocument[] = [];
  for await (const document of readAclAnthology(file, onInvalid ? { onInvalid } : {})) documents.push(document);
  return documents;
}

describe('acl-anthology: the fixture volume', () => {
  it('resolves markup in titles and abstracts: split words, fixed case, math, urls, entities, CDATA', async () => {
    const [chain, bare, findings] = await read(TINY);
    expect(chain!.title).toBe('Chain of Thoughts for QA over Tables & Graphs');
    expect(chain!.abstract).toBe(
      'We prompt a model to reason over tables with \\mathcal{O}(n^2) steps, and show that chain prompting helps. ' +
        'Code: https://github.com/tiny/chain. Scores rise by 3<5 points.',
    );
    expect(bare!.abstract).toBe('');
    expect(findings!.abstract).toBe('Small models <still> matter.');
  });

  it('keeps authors in order with their anthology id and ORCID, decoding character references', async () => {
    const [chain, , findings] = await read(TINY);
    expect(chain!.authors).toEqual([
      { name: 'María López', position: 1, ids: { orcid: '0000-0002-1825-0097' } },
      { name: 'Wei Wang', position: 2, ids: { anthology: 'wei-wang-tiny' } },
      { name: 'Wei Wang', position: 3 },
    ]);
    expect(findings!.authors!.map((author) => author.name)).toEqual(['Mononym', 'Ana Silva']);
  });

  it('takes venue, year, month and the anthology id from each volume, with or without <url>', async () => {
    const documents = await read(TINY);
    expect(documents.map((document) => [document.url, document.venue, document.publishedAt, document.properties?.pages ?? null])).toEqual([
      ['https://aclanthology.org/2031.tiny-long.1/', { name: 'TINY', year: 2031 }, '2031-07', '1-12'],
      ['https://aclanthology.org/2031.tiny-long.2/', { name: 'TINY', year: 2031 }, '2031-07', '13-20'],
      // No <url>: the id is collection-volume.paper; "ws" yields to the specific venue.
      ['https://aclanthology.org/2031.tiny-findings.7/', { name: 'FINDINGS', year: 2031 }, '2031-07', null],
    ]);
    expect(documents[0]!.properties).toMatchObject({
      anthologyId: '2031.tiny-long.1',
      doi: '10.18653/v1/2031.tiny-long.1',
      proceeding: 'Proceedings of the Tiny Meeting (Volume 1: Long Papers)',
    });
    expect(documents.map((document) => document.location.line)).toEqual([19, 33, 52]);
  });

  it('is detected by content, plain and gzipped', async () => {
    expect((await detectFormat(TINY)).name).toBe('acl-anthology');
    expect((await detectFormat(files.gzip(TINY))).name).toBe('acl-anthology');
  });

  it('reads a gzipped volume alike', async () => {
    expect(await read(files.gzip(TINY))).toEqual((await read(TINY)).map((document) => ({ ...document, location: { ...document.location, file: expect.any(String) } })));
  });
});

describe('acl-anthology: the shipped sample', () => {
  const plain = readFileSync(SAMPLE_PLAIN, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as { id: string; title: string; abstract: string; year: string; venue: string; authors: string[]; url: string; doi: string });

  it('parses all 45 papers with the authors, venue, year, url and text of the plain-text rendering', async () => {
    const documents = await read(SAMPLE);
    expect(documents).toHaveLength(plain.length);
    expect(plain.length).toBe(45);
    expect(
      documents.map((document) => ({
        id: document.properties?.anthologyId,
        title: document.title,
        abstract: document.abstract,
        year: String(document.venue?.year),
        venue: document.venue?.name.toLowerCase(),
        authors: document.authors?.map((author) => author.name),
        url: document.url,
        doi: document.properties?.doi,
      })),
    ).toEqual(plain);
    for (const document of documents) expect(document.authors!.map((author) => author.position)).toEqual(document.authors!.map((_, i) => i + 1));
  });
});

describe('acl-anthology: bad input', () => {
  const volume = (papers: string) =>
    `<?xml version="1.0"?>\n<collection id="2031.bad">\n<volume id="1">\n<meta><year>2031</year><venue>bad</venue></meta>\n${papers}\n</volume>\n</collection>\n`;
  const paper = (n: number, title = `Paper ${n}`) => `<paper id="${n}"><title>${title}</title><author><first>A</first><last>B</last></author></paper>`;

  it('names the line of a mismatched tag', async () => {
    const file = files.write('mismatch.xml', volume(`${paper(1)}\n<paper id="2"><title>Two</abstract></paper>`));
    const error = await inputError(() => read(file));
    expect(error).toMatchObject({ file, line: 6 });
    expect(error.message).toMatch(/:6: <\/abstract> closes <title>$/);
  });

  it('names a truncated file and an unknown entity', async () => {
    const truncated = files.write('truncated.xml', volume(paper(1)).slice(0, -30));
    expect((await inputError(() => read(truncated))).message).toMatch(/unexpected end of file: <volume> is not closed|truncated/);
    const entity = files.write('entity.xml', volume(paper(1, 'Caf&eacute; talk')));
    expect((await inputError(() => read(entity))).message).toMatch(/:5: unknown entity "&eacute;"/);
  });

  it('names the paper without a title, and skips it with --skip-invalid', async () => {
    const file = files.write('untitled.xml', volume(`${paper(1)}\n${paper(2, '')}\n${paper(3)}`));
    const error = await inputError(() => read(file));
    expect(error.message).toMatch(/:6: paper 2031.bad-1.2: <title> is missing or empty$/);
    const skipped: InputError[] = [];
    expect((await read(file, (invalid) => skipped.push(invalid))).map((document) => document.title)).toEqual(['Paper 1', 'Paper 3']);
    expect(skipped.map((invalid) => invalid.location.line)).toEqual([6]);
  });

  it('refuses a collection without papers, and what is not XML', async () => {
    expect((await inputError(() => read(files.write('empty-volume.xml', volume(''))))).message).toMatch(/no <paper> elements/);
    expect((await inputError(() => read(files.write('text.xml', 'just text\n')))).message).toMatch(/:1: not XML/);
    expect((await inputError(() => read(files.write('nul.xml', volume(paper(1)).replace('Paper 1', 'Pa\u0000per'))))).message).toMatch(/binary data/);
  });
});
