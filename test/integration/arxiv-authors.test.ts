import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestSummary } from '../../ingest/ingest-files.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The arXiv formats and the Papers with Code papers dump into one graph: a paper read from the
 * snapshot and from OAI-PMH is one node with one byline, and name-only authors merge only
 * within a venue.
 */
const FILES = ['test/fixtures/arxiv/arxiv-metadata-snapshot.jsonl', 'test/fixtures/arxiv/oai-arXiv.xml', 'test/fixtures/arxiv/oai-arXivRaw.xml', 'test/fixtures/pwc/papers-with-abstracts.json'];

const { db, close } = connectTestDb();
let summary: IngestSummary;

describe('arXiv and Papers with Code authors in the graph', () => {
  beforeAll(async () => {
    await resetGraph(db);
    summary = await ingestFiles(db, FILES, { extractText: false });
  });
  afterAll(close);

  it('reads every paper of every format, and merges the same paper across them', async () => {
    expect(summary.papers).toBe(3 + 1 + 1 + 3);
    const rows = await db.read(
      `MATCH (p:Paper {arxivId: '0704.0001'})
       MATCH (p)-[r:AUTHORED_BY]->(a:Author)
       WITH p, r, a ORDER BY r.position
       RETURN p.sources AS sources, p.publishedAt AS date, p.year AS year, p.categories AS categories, collect(a.name) AS authors, collect(DISTINCT a.identifiedBy) AS identifiedBy`,
    );
    expect(rows).toEqual([
      {
        sources: ['arxiv-jsonl', 'arxiv-oai'],
        date: '2007-04-02',
        year: 2007,
        categories: ['hep-ph', 'cs.CL'],
        // The snapshot's authors_parsed has the suffix, OAI has not: one third author all the same, the longer name kept.
        authors: ['C. Balázs', 'E. L. Berger', 'P. M. Nadolsky Jr'],
        identifiedBy: ['name-in-paper'],
      },
    ]);
  });

  it('puts the dump papers at their venues, with their authors scoped to it', async () => {
    const rows = await db.read(
      `MATCH (p:Paper)-[v:PUBLISHED_IN]->(venue:Venue)
       MATCH (p)-[r:AUTHORED_BY]->(a:Author)
       WITH venue, v, r, a ORDER BY venue.name, r.position
       RETURN venue.name AS venue, toInteger(v.year) AS year, collect(a.id) AS authors`,
    );
    expect(rows).toEqual([
      { venue: 'EMNLP', year: 2015, authors: ['author:venue:emnlp:samuel-r-bowman', 'author:venue:emnlp:gabor-angeli'] },
      {
        venue: 'NAACL',
        year: 2019,
        authors: ['author:venue:naacl:jacob-devlin', 'author:venue:naacl:ming-wei-chang', 'author:venue:naacl:kenton-lee', 'author:venue:naacl:kristina-toutanova'],
      },
    ]);
  });
});
