import { describe, expect, it } from 'vitest';
import type { PaperDocument } from '../../../ingest/document.js';
import { authorKeys } from '../../../ingest/records/author-key.js';
import { paperRecords } from '../../../ingest/records/paper-records.js';

const doc = (overrides: Partial<PaperDocument> = {}): PaperDocument => ({
  id: 'paper:a-paper',
  title: 'A Paper',
  abstract: '',
  source: 'acl-anthology',
  location: { file: 'f.xml', line: 1 },
  ...overrides,
});

describe('authorKeys: which Author node an author is', () => {
  it('keys by ORCID first, then anthology id, then the other source ids', () => {
    const keys = authorKeys(doc({ venue: { name: 'ACL' } }), [
      { name: 'A', position: 1, ids: { orcid: 'https://orcid.org/0000-0002-1825-009x', anthology: 'a-person' } },
      { name: 'B', position: 2, ids: { anthology: 'b-person', arxiv: 'b_1' } },
      { name: 'C', position: 3, ids: { arxiv: 'c_1' } },
      { name: 'D', position: 4, ids: { orcid: 'not an orcid', pwc: 'd-person' } },
    ]);
    expect(keys).toEqual([
      { id: 'author:orcid:0000-0002-1825-009x', identifiedBy: 'orcid' },
      { id: 'author:acl:b-person', identifiedBy: 'anthology' },
      { id: 'author:arxiv:c_1', identifiedBy: 'arxiv' },
      { id: 'author:pwc:d-person', identifiedBy: 'pwc' },
    ]);
  });

  it('keys name-only authors by name within the venue, and per paper without one', () => {
    const authors = [{ name: 'Wei Wang', position: 1 }];
    expect(authorKeys(doc({ venue: { name: 'ACL' } }), authors)[0]).toEqual({ id: 'author:venue:acl:wei-wang', identifiedBy: 'name-in-venue' });
    expect(authorKeys(doc({ venue: { name: 'EMNLP' } }), authors)[0]!.id).toBe('author:venue:emnlp:wei-wang');
    expect(authorKeys(doc(), authors)[0]).toEqual({ id: 'author:paper:a-paper:1', identifiedBy: 'name-in-paper' });
  });

  it('keeps two people of one name on one paper apart', () => {
    const keys = authorKeys(doc({ venue: { name: 'ACL' } }), [
      { name: 'Wei Wang', position: 1 },
      { name: 'Wei Wang', position: 3 },
    ]);
    expect(keys.map((key) => key.id)).toEqual(['author:venue:acl:wei-wang', 'author:paper:a-paper:3']);
  });
});

describe('paperRecords: authors and venue', () => {
  it('makes AUTHORED_BY edges with positions, a PUBLISHED_IN edge with the year, and the paper year', () => {
    const batch = paperRecords(
      doc({
        venue: { name: 'ACL', year: 2024 },
        publishedAt: '2024-08',
        properties: { doi: '10.1/x' },
        authors: [
          { name: 'Wei Wang', position: 1, ids: { orcid: '0000-0002-1825-0097' } },
          { name: 'Wei Wang', position: 2, ids: { orcid: '0000-0001-5109-3700' } },
          { name: 'Ana Silva', position: 3 },
        ],
      }),
    );
    const paper = batch.nodes.find((node) => node.label === 'Paper')!;
    expect(paper.props).toMatchObject({ year: 2024, doi: '10.1/x', publishedAt: '2024-08' });
    // Two people with one name and different ORCIDs stay two nodes.
    expect(batch.nodes.filter((node) => node.label === 'Author').map((node) => [node.id, node.props.name])).toEqual([
      ['author:orcid:0000-0002-1825-0097', 'Wei Wang'],
      ['author:orcid:0000-0001-5109-3700', 'Wei Wang'],
      ['author:venue:acl:ana-silva', 'Ana Silva'],
    ]);
    expect(batch.edges.map((edge) => [edge.type, edge.to.id, edge.props.position ?? edge.props.year])).toEqual([
      ['AUTHORED_BY', 'author:orcid:0000-0002-1825-0097', 1],
      ['AUTHORED_BY', 'author:orcid:0000-0001-5109-3700', 2],
      ['AUTHORED_BY', 'author:venue:acl:ana-silva', 3],
      ['PUBLISHED_IN', 'venue:acl', 2024],
    ]);
  });

  it('gives a paper without venue the year of its date, and no venue records', () => {
    const batch = paperRecords(doc({ publishedAt: '2007-04-02' }));
    expect(batch.nodes.map((node) => [node.label, node.props.year ?? null])).toEqual([['Paper', 2007]]);
    expect(batch.edges).toEqual([]);
  });
});
