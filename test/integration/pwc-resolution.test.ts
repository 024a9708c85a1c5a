import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * Resolution across sources: a paper, a model or a benchmark written differently by the seed's
 * abstracts, the dumps and the leaderboards is one node, and keeps every spelling as an alias.
 */
const FILES = [
  DEFAULT_CORPUS,
  'data/pwc-evaluation-tables/nlp-progress.json',
  'test/fixtures/pwc/evaluation-tables-name-variants.json',
  'test/fixtures/pwc/papers-with-abstracts.json',
  'test/fixtures/pwc/links-between-papers-and-code.json',
];

const titleKey = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

const { db, close } = connectTestDb();

describe('one node per thing, whichever source named it', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, FILES);
  });
  afterAll(close);

  it('has one Paper per normalised title, and one per arXiv id among those known by it alone', async () => {
    const papers = await db.read('MATCH (p:Paper) RETURN p.id AS id, p.title AS title, p.arxivId AS arxivId');
    const byTitle = new Map<string, string[]>();
    // Leaderboard rows that cite a paper ("Liu et al. '19") but link it on arXiv name an untitled Paper by its arXiv id.
    const key = (paper: Record<string, unknown>) => (paper.title === null ? `arxiv:${String(paper.arxivId)}` : titleKey(paper.title as string));
    for (const paper of papers) byTitle.set(key(paper), [...(byTitle.get(key(paper)) ?? []), paper.id as string]);
    expect([...byTitle].filter(([, ids]) => ids.length > 1)).toEqual([]);
    expect(papers.filter((paper) => paper.title === null).every((paper) => typeof paper.arxivId === 'string' && String(paper.id).startsWith('paper:arxiv-'))).toBe(true);
    expect(papers.length).toBeGreaterThan(237 + 300);
  });

  it('merges the BERT paper from the papers dump, the links dump and two leaderboards', async () => {
    const rows = await db.read(
      `MATCH (p:Paper) WHERE toLower(p.title) STARTS WITH 'bert: pre-training of deep bidirectional'
       RETURN p.id AS id, p.sources AS sources, p.abstract AS abstract, p.authors AS authors,
              COUNT { (p)-[:HAS_CODE]->(:Repo) } AS repos, COUNT { (p)-[:EVALUATES_ON]->(:Benchmark) } AS benchmarks`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sources).toEqual(['pwc-evaluation-tables', 'pwc-links', 'pwc-papers']);
    expect(rows[0]!.abstract).toMatch(/^We introduce a new language representation model called BERT/);
    expect(rows[0]!.authors).toContain('Jacob Devlin');
    expect(rows[0]!.repos).toBe(2);
    expect(rows[0]!.benchmarks).toBeGreaterThanOrEqual(2);
  });

  it('merges a seed paper with a leaderboard row whose title differs in case, keeping the abstract', async () => {
    const rows = await db.read(
      `MATCH (p:Paper) WHERE toLower(p.title) STARTS WITH 'diffpo: diffusion-styled preference optimization'
       RETURN p.sources AS sources, p.abstract AS abstract, p.publishedAt AS publishedAt`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.sources).toEqual(['pwc-evaluation-tables', 'seed-text']);
    expect(rows[0]!.abstract).toMatch(/^Inference-time alignment provides/);
    expect(rows[0]!.publishedAt).toBe('2025-03-06');
  });

  it('makes "BERT Large (2018)", "BERT-Large" and "BERT large" one entity, with every spelling kept', async () => {
    const rows = await db.read(
      `MATCH (e)-[r:EVALUATED_ON]->(:Benchmark)
       WHERE r.modelName IN ['BERT Large (2018)', 'BERT-Large', 'BERT large']
       RETURN DISTINCT e.id AS id, labels(e) AS labels, e.aliases AS aliases, collect(DISTINCT r.modelName) AS names`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.aliases).toEqual(expect.arrayContaining(['BERT Large', 'BERT-Large', 'BERT large']));
    expect([...(rows[0]!.names as string[])].sort()).toEqual(['BERT Large (2018)', 'BERT large', 'BERT-Large']);
    // Three rows, three results: the spellings merge the entity, not the scores.
    const [scores] = await db.read(
      `MATCH (:Model {id: $id})-[r:EVALUATED_ON]->(b:Benchmark) WHERE 'MT-Bench' IN b.aliases RETURN collect(r.value) AS values`,
      { id: rows[0]!.id },
    );
    expect([...(scores!.values as number[])].sort()).toEqual([5.1, 5.2, 5.3]);
  });

  it('makes the benchmark an abstract names (MT-bench) and the leaderboard MT-Bench one node', async () => {
    const rows = await db.read(
      `MATCH (b:Benchmark) WHERE any(name IN b.aliases + b.name WHERE toLower(name) = 'mt-bench')
       RETURN b.id AS id, b.aliases AS aliases, b.sources AS sources,
              COUNT { ()-[r:EVALUATED_ON]->(b) WHERE r.extractor IS NOT NULL } AS fromText,
              COUNT { ()-[r:EVALUATED_ON {source: 'pwc-evaluation-tables'}]->(b) } AS fromTables`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]!.aliases).toEqual(expect.arrayContaining(['MT-Bench', 'MT-bench']));
    // Entities found in text carry the source `text`; the leaderboard adds its own.
    expect(rows[0]!.sources).toEqual(['pwc-evaluation-tables', 'text']);
    expect(rows[0]!.fromText).toBeGreaterThan(0);
    expect(rows[0]!.fromTables).toBe(4);
  });

  it('keeps the same SWAG leaderboard entity for "BERT Large (2018)" as for the hand-made rows', async () => {
    const rows = await db.read(
      `MATCH (e)-[r:EVALUATED_ON {modelName: 'BERT Large (2018)'}]->(b:Benchmark) RETURN DISTINCT e.id AS id, collect(b.name) AS benchmarks`,
    );
    expect(rows).toHaveLength(1);
    expect((rows[0]!.benchmarks as string[]).map((name) => name.toLowerCase())).toEqual(expect.arrayContaining(['swag', 'mt-bench']));
  });
});
