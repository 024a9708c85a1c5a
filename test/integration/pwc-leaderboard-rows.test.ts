import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphChecksum } from '../../src/db/checksum.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * A hand-made leaderboard with the row shapes of real tables (ToyQA): every numeric cell of the
 * table comes back as a result, unnamed and anonymous rows included, and citation texts in the
 * title field make no Paper.
 */
const FILE = 'test/fixtures/pwc/evaluation-tables-unnamed.json';
const { db, close } = connectTestDb();

interface Row {
  model_name: string;
  metrics: Record<string, unknown>;
}
const [firstTask] = JSON.parse(readFileSync(FILE, 'utf8')) as Array<{ datasets: Array<{ sota: { rows: Row[] } }> }>;
const cells = firstTask!.datasets[0]!.sota.rows.flatMap((row) => Object.values(row.metrics).filter((cell) => cell !== null));

describe('leaderboard rows without a name, without a paper, or citing one', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, [FILE]);
  });
  afterAll(close);

  it('holds one result per numeric cell of the table', async () => {
    const [row] = await db.read(`MATCH ()-[r:EVALUATED_ON]->(:Benchmark {id: 'benchmark:toyqa'}) RETURN count(r) AS n`);
    expect(cells).toHaveLength(17);
    expect(row!.n).toBe(cells.length);
  });

  it('keeps the three "Anonymous" rows as five results, two of them stating the same scores', async () => {
    const rows = await db.read(
      `MATCH (:Model {id: 'model:anonymous'})-[r:EVALUATED_ON]->(:Benchmark {id: 'benchmark:toyqa'}) RETURN r.metric AS metric, r.value AS value, r.paperDate AS date ORDER BY metric, value, date`,
    );
    expect(rows).toEqual([
      { metric: 'EM', value: 55, date: '2020-05-01' },
      { metric: 'EM', value: 55, date: '2020-05-01' },
      { metric: 'EM', value: 56, date: null },
      { metric: 'F1', value: 65, date: '2020-05-01' },
      { metric: 'F1', value: 65, date: '2020-05-01' },
    ]);
  });

  it('keeps rows with an empty model name as unnamed entries of their paper and date', async () => {
    const rows = await db.read(
      `MATCH (m:Model {unnamed: true})-[r:EVALUATED_ON]->(:Benchmark {id: 'benchmark:toyqa'})
       OPTIONAL MATCH (p:Paper {id: r.paper})
       RETURN m.name AS name, m.entryDate AS date, p.title AS paper, count(r) AS results ORDER BY name`,
    );
    expect(rows).toEqual([
      { name: 'unnamed entry of Reading Toy Passages with Recurrent Readers (2019-01-02)', date: '2019-01-02', paper: 'Reading Toy Passages with Recurrent Readers', results: 4 },
      { name: 'unnamed entry of ToyQA (2020-03-04)', date: '2020-03-04', paper: null, results: 1 },
    ]);
  });

  it('makes Papers of real titles and arXiv links only; a citation stays on its results', async () => {
    const papers = await db.read('MATCH (p:Paper) RETURN p.title AS title, p.arxivId AS arxivId ORDER BY title');
    expect(papers).toEqual([
      { title: 'Reading Toy Passages with Recurrent Readers', arxivId: '1901.00001' },
      { title: 'Span Masters: Reading with Spans', arxivId: '2001.00002' },
      // "Xiaodong Liu et al. '19" links arxiv.org/pdf/1901.11504: that paper, untitled; "[10]" links no arXiv paper.
      { title: null, arxivId: '1901.11504' },
    ]);
    const cited = await db.read(
      `MATCH (m)-[r:EVALUATED_ON]->() WHERE r.paperCitation IS NOT NULL RETURN m.name AS model, r.paperCitation AS citation, r.paperUrl AS url, count(r) AS n ORDER BY model`,
    );
    expect(cited).toEqual([
      { model: 'BiDAF-X', citation: "Xiaodong Liu et al. '19", url: 'https://arxiv.org/pdf/1901.11504.pdf', n: 2 },
      { model: 'ReaderNet', citation: '[10]', url: 'https://example.org/papers/readernet.pdf', n: 2 },
      { model: 'ReaderNet Ensemble', citation: '[13] [code]', url: null, n: 1 },
    ]);
  });

  it("serves each result's citation, date, data flag and links through GraphQL", async () => {
    type Entry = { subject: { name: string }; evaluation: { paper: { title: string } | null; paperCitation: string | null; paperDate: string | null; usesAdditionalData: boolean | null; codeLinks: string[]; modelLinks: string[] } };
    const response = await graphqlClient(db)<{ benchmark: { leaderboard: { totalCount: number; entries: Entry[] } } }>(
      `{ benchmark(name: "ToyQA") { leaderboard(metric: "EM", first: 20) { totalCount entries {
          subject { ... on Model { name } ... on Method { name } }
          evaluation { paper { title } paperCitation paperDate usesAdditionalData codeLinks modelLinks } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    const board = response.data!.benchmark.leaderboard;
    // Ten rows, ten EM cells: the unnamed and anonymous rows are on the board.
    expect(board.totalCount).toBe(10);
    const byName = (name: string) => board.entries.filter((entry) => entry.subject.name === name).map((entry) => entry.evaluation);
    expect(byName('SpanMaster')).toEqual([
      {
        paper: { title: 'Span Masters: Reading with Spans' },
        paperCitation: null,
        paperDate: '2020-01-05',
        usesAdditionalData: true,
        codeLinks: ['https://github.com/toyorg/spanmaster'],
        modelLinks: ['https://huggingface.co/toyorg/spanmaster'],
      },
    ]);
    expect(byName('BiDAF-X')).toEqual([{ paper: { title: 'arXiv:1901.11504' }, paperCitation: "Xiaodong Liu et al. '19", paperDate: null, usesAdditionalData: null, codeLinks: [], modelLinks: [] }]);
    expect(byName('Anonymous')).toHaveLength(3);
  });

  it('gives the same graph on a rerun', async () => {
    const before = await graphChecksum(db);
    await ingestFiles(db, [FILE]);
    expect(await graphChecksum(db)).toEqual(before);
  });
});
