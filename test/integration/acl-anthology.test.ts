import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestSummary } from '../../ingest/ingest-files.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The shipped ACL 2024 sample and a made-up volume through `ingestFiles`: papers with their
 * authors in byline order, their venue and year, and the API's Author and Venue fields.
 */
const SAMPLE = 'data/acl-anthology/2024.acl-long-sample.xml';
const TINY = 'test/fixtures/acl-anthology/2031.tiny.xml';
const PLAIN = readFileSync('data/acl-anthology/acl2024.jsonl', 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as { title: string; authors: string[]; year: string });

const { db, close } = connectTestDb();
const queries: string[] = [];
const counted = db.withListener((cypher) => queries.push(cypher));
const query = graphqlClient(db, () => counted);
let summary: IngestSummary;
const dir = mkdtempSync(join(tmpdir(), 'acl-anthology-'));

describe('acl-anthology ingest', () => {
  beforeAll(async () => {
    await resetGraph(db);
    summary = await ingestFiles(db, [SAMPLE, TINY], { extractText: false });
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('gives the 45 sample papers, each with its authors in order, the ACL venue and the year', async () => {
    expect(summary.papers).toBe(45 + 3);
    const rows = await db.read(
      `MATCH (p:Paper) WHERE 'acl-anthology' IN p.sources AND p.anthologyId STARTS WITH '2024.acl-long.'
       OPTIONAL MATCH (p)-[v:PUBLISHED_IN]->(venue:Venue)
       WITH p, collect(venue.name + ' ' + toString(toInteger(v.year))) AS venues
       MATCH (p)-[r:AUTHORED_BY]->(a:Author)
       WITH p, venues, r, a ORDER BY r.position
       RETURN p.title AS title, p.year AS year, venues, collect(r.position) AS positions, collect(r.name) AS authors`,
    );
    expect(rows).toHaveLength(45);
    const byTitle = new Map(rows.map((row) => [row.title as string, row]));
    for (const paper of PLAIN) {
      const row = byTitle.get(paper.title)!;
      expect(row, paper.title).toBeDefined();
      expect(row.authors).toEqual(paper.authors);
      expect(row.positions).toEqual(paper.authors.map((_, i) => i + 1));
      expect(row.venues).toEqual([`ACL ${paper.year}`]);
      expect(row.year).toBe(Number(paper.year));
    }
  });

  it('keeps two people who share a name apart, and finds an identified one by key', async () => {
    const rows = await db.read(`MATCH (a:Author {name: 'Wei Wang'})<-[:AUTHORED_BY]-(:Paper {anthologyId: '2031.tiny-long.1'}) RETURN a.id AS id ORDER BY id`);
    expect(rows.map((row) => row.id)).toEqual(['author:acl:wei-wang-tiny', 'author:venue:tiny:wei-wang']);
    // One name, two ORCIDs, two papers: two people.
    const lopez = await db.read(`MATCH (a:Author {name: 'María López'})<-[:AUTHORED_BY]-(p:Paper) RETURN a.orcid AS orcid, p.anthologyId AS paper ORDER BY paper`);
    expect(lopez).toEqual([
      { orcid: '0000-0002-1825-0097', paper: '2031.tiny-long.1' },
      { orcid: '0000-0001-5109-3700', paper: '2031.tiny-long.2' },
    ]);
    const result = await query(`{ author(id: "author:orcid:0000-0002-1825-0097") { name orcid identifiedBy papers { edges { node { title } } } coAuthors { key } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.author).toEqual({
      name: 'María López',
      orcid: '0000-0002-1825-0097',
      identifiedBy: 'orcid',
      papers: { edges: [{ node: { title: 'Chain of Thoughts for QA over Tables & Graphs' } }] },
      coAuthors: [{ key: 'author:acl:wei-wang-tiny' }, { key: 'author:venue:tiny:wei-wang' }],
    });
  });

  it('answers Paper.authors, venue and year, and filters papers by author, venue and year', async () => {
    const first = PLAIN[0]!;
    const paper = await query(`query($title: String!) { paper(title: $title) { year venue { name key } authors { name } } }`, { title: first.title });
    expect(paper.errors).toBeUndefined();
    expect(paper.data!.paper).toEqual({ year: 2024, venue: { name: 'ACL', key: 'venue:acl' }, authors: first.authors.map((name) => ({ name })) });

    const byVenue = await query(`{ acl: papers(where: { venue: "acl" }) { totalCount } findings: papers(where: { venue: "Findings", yearFrom: 2031, yearTo: 2031 }) { totalCount } none: papers(where: { venue: "acl", yearFrom: 2025 }) { totalCount } }`);
    expect(byVenue.data).toEqual({ acl: { totalCount: 45 }, findings: { totalCount: 1 }, none: { totalCount: 0 } });

    const byAuthor = await query(`{ papers(where: { author: "0000-0002-1825-0097" }) { edges { node { title } } } }`);
    expect(byAuthor.data!.papers.edges).toEqual([{ node: { title: 'Chain of Thoughts for QA over Tables & Graphs' } }]);
  });

  it('batches authors, venues, co-authors and methods: one Cypher query per field, whatever the number of papers', async () => {
    queries.length = 0;
    const result = await query(`{ papers(first: 30, where: { venue: "ACL" }) { totalCount edges { node { venue { name } authors { name coAuthors(first: 3) { name } methods(first: 2) { name } benchmarks(first: 2) { name } } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.papers.edges).toHaveLength(30);
    // The page and its count, then venue, authors, co-authors, methods, benchmarks: one each.
    expect(queries).toHaveLength(7);
  });

  it('finds authors and venues by full-text search', async () => {
    const result = await query(`{ search(query: "López", types: [AUTHOR]) { node { ... on Author { name } } } venues(where: { nameContains: "fin" }) { edges { node { name papers { totalCount } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.search).toEqual([{ node: { name: 'María López' } }, { node: { name: 'María López' } }]);
    expect(result.data!.venues.edges).toEqual([{ node: { name: 'FINDINGS', papers: { totalCount: 1 } } }]);
  });

  it('stops at a bad paper with one line naming file and record, and writes nothing', async () => {
    await resetGraph(db);
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, readFileSync(TINY, 'utf8').replace('<title>A Paper Without an Abstract</title>', '<title></title>'));
    await expect(ingestFiles(db, [SAMPLE, bad], { extractText: false })).rejects.toThrow(/bad\.xml:33: paper 2031\.tiny-long\.2: <title> is missing or empty$/);
    const [row] = await db.read('MATCH (n) RETURN count(n) AS n');
    expect(row!.n).toBe(0);
  });
});
