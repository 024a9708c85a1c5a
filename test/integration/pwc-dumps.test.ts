import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestSummary } from '../../ingest/ingest-files.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The papers, links, methods and datasets dumps (hand-made samples), gzipped as the real dumps
 * ship, loaded together: each file adds to the same papers, methods and datasets, so a paper
 * from the papers dump has the repositories of the links dump and the methods of the methods
 * dump.
 */
const DUMPS = ['papers-with-abstracts', 'links-between-papers-and-code', 'methods', 'datasets'].map((name) => `test/fixtures/pwc/${name}.json`);
const dir = mkdtempSync(join(tmpdir(), 'pwc-dumps-'));
const gzipped = DUMPS.map((file) => {
  const target = join(dir, `${basename(file)}.gz`);
  writeFileSync(target, gzipSync(readFileSync(file)));
  return target;
});

/** Every distinct edge the loader was asked to write, heard from its statements. */
const requestedEdges = new Set<string>();
function hearEdges(cypher: string, params: Record<string, unknown>): void {
  const type = /(?:MERGE|CREATE) \(a\)-\[r:(\w+)/.exec(cypher)?.[1];
  if (!type) return;
  for (const row of params.rows as Array<{ from: string; to: string; key: string }>) requestedEdges.add(JSON.stringify([type, row.from, row.to, row.key]));
}

const { db, close } = connectTestDb(hearEdges);
let summary: IngestSummary;

describe('the four dump formats, gzipped, loaded together', () => {
  beforeAll(async () => {
    await resetGraph(db);
    summary = await ingestFiles(db, gzipped);
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('reads every paper of the papers dump as a document', () => {
    expect(summary.papers).toBe(3);
    expect(summary.skipped).toEqual([]);
  });

  it("links the BERT paper of the papers dump to the links dump's repositories, with the dump's facts", async () => {
    const rows = await db.read(
      `MATCH (p:Paper {arxivId: '1810.04805'})-[r:HAS_CODE]->(repo:Repo)
       RETURN p.sources AS sources, repo.id AS repo, r.official AS official, r.framework AS framework ORDER BY repo`,
    );
    expect(rows).toEqual([
      { sources: ['pwc-links', 'pwc-papers'], repo: 'https://github.com/google-research/bert', official: true, framework: 'tf' },
      { sources: ['pwc-links', 'pwc-papers'], repo: 'https://github.com/huggingface/transformers', official: false, framework: 'pytorch' },
    ]);
  });

  it('links a paper to the method the methods dump describes, and that method to its code', async () => {
    const rows = await db.read(
      `MATCH (p:Paper {arxivId: '1810.04805'})-[:USES]->(m:Method)-[:IMPLEMENTED_IN]->(repo:Repo)
       MATCH (introducing:Paper)-[:PROPOSES]->(m)
       RETURN m.id AS method, m.sources AS sources, m.introducedYear AS year, repo.id AS repo, introducing.title AS introducedBy`,
    );
    expect(rows).toEqual([
      {
        method: 'method:dropout',
        sources: ['pwc-methods', 'pwc-papers'],
        year: 2014,
        repo: 'https://github.com/google/jax',
        introducedBy: 'Dropout: A Simple Way to Prevent Neural Networks from Overfitting',
      },
    ]);
  });

  it('gives the Adam paper the repository of the links dump and the one its abstract names', async () => {
    const rows = await db.read(
      `MATCH (p:Paper)-[r:HAS_CODE]->(repo:Repo) WHERE p.title STARTS WITH 'Adam:' RETURN repo.id AS repo, r.source AS source, r.extractor AS extractor ORDER BY repo`,
    );
    expect(rows).toEqual([
      { repo: 'https://github.com/example/adam', source: null, extractor: 'repo-urls' },
      { repo: 'https://github.com/example/adam-optimizer', source: 'pwc-links', extractor: null },
    ]);
  });

  it('makes the paper that introduced SNLI the one the papers dump lists, and keeps the variants as aliases', async () => {
    const rows = await db.read(
      `MATCH (p:Paper)-[:PROPOSES]->(d:Dataset {id: 'dataset:snli'})
       RETURN p.sources AS sources, p.arxivId AS arxivId, d.aliases AS aliases, d.fullName AS fullName,
              COUNT { (p)-[:ADDRESSES]->(:Task) } AS tasks, COUNT { (p)-[:MENTIONS|USES]->() } AS mentions`,
    );
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ sources: ['pwc-datasets', 'pwc-papers'], arxivId: '1508.05326', fullName: 'Stanford Natural Language Inference' });
    expect(rows[0]!.aliases).toEqual(expect.arrayContaining(['SNLI', 'Stanford Natural Language Inference', 'snli 1.0']));
    expect(rows[0]!.tasks).toBe(1);
    expect(rows[0]!.mentions).toBeGreaterThanOrEqual(1);
  });

  it('writes every edge it was asked to write: each parser emits the endpoints of its edges', async () => {
    const [row] = await db.read('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(requestedEdges.size).toBeGreaterThan(10);
    expect(row!.n).toBe(requestedEdges.size);
  });

  it('makes no Repo of a project page', async () => {
    const [row] = await db.read(`RETURN COUNT { (r:Repo) WHERE r.url CONTAINS 'github.io' } AS n`);
    expect(row!.n).toBe(0);
  });

  it('gives the same graph from the plain files as from the gzipped ones', async () => {
    const fromGzip = await graphChecksum(db);
    await resetGraph(db);
    await ingestFiles(db, DUMPS);
    expect(await graphChecksum(db)).toEqual(fromGzip);
  });
});
