import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestSummary } from '../../ingest/ingest-files.js';
import { parseLeaderboardName } from '../../ingest/resolve/leaderboard-name.js';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The four real evaluation tables plus the seed, loaded as `kg ingest` loads them: every
 * leaderboard row of the files is in the graph with its value, on the right benchmark.
 */
const TABLES = ['nlp-progress', 'eff', 'snli', 'chexpert'].map((name) => `data/pwc-evaluation-tables/${name}.json`);

interface Row {
  model_name: string;
  paper_title: string | null;
  paper_url: string | null;
  metrics: Record<string, unknown>;
}
interface Table {
  dataset?: string;
  subdataset?: string;
  sota?: { rows?: Row[] };
  subdatasets?: Table[];
}
interface Task {
  datasets?: Table[];
  subtasks?: Task[];
}

/** One leaderboard cell as a comparable text: who, in which paper, which metric, what the table says. */
interface Cell {
  modelName: string;
  paper: string;
  metric: string;
  rawValue: string;
}

/** Title as a comparison key: case, punctuation and footnote marks do not make another paper. */
const titleKey = (title: string): string => title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
const isUrl = (text: string): boolean => /^(?:https?:\/\/|www\.)\S*$/i.test(text.trim());
/**
 * One result: the graph keeps one EVALUATED_ON per entity, paper, metric and cell, so rows whose
 * model names name one entity state one result ("Adalab Standard (Single Model)" and "(single
 * model)" in CheXpert, with the same scores; "GAS_ext" twice in WSD, both "--*" on SemEval 2007).
 */
const entityKey = (modelName: string): string => parseLeaderboardName(modelName.trim()).name.toLowerCase().replace(/[\s-]+/g, ' ');
const cellKey = (cell: Cell): string => JSON.stringify([entityKey(cell.modelName), cell.paper, cell.metric, cell.rawValue]);

/**
 * Every scored cell of a file, read with JSON.parse, grouped by the leaderboard's name: each
 * cell is a result of its own, so a cell stating what an earlier cell of the same table stated
 * (two "Anonymous" rows with one score) counts twice; a table listed again (a dataset under two
 * tasks) states the same results again, so per leaderboard a cell counts as often as the table
 * that has it most often.
 */
function sourceCells(file: string): Map<string, Map<string, number>> {
  const byTable = new Map<string, Map<string, number>>();
  const walkTables = (tables: Table[], parentName: string | undefined): void => {
    for (const table of tables) {
      const name = (table.dataset?.trim() || (parentName && table.subdataset ? `${parentName} ${table.subdataset.trim()}` : table.subdataset?.trim())) ?? '';
      const inTable = new Map<string, number>();
      for (const row of table.sota?.rows ?? []) {
        const title = row.paper_title?.trim() ?? '';
        const paper = title && !isUrl(title) ? titleKey(title) : row.paper_url ? `url:${row.paper_url}` : '';
        for (const [metric, cell] of Object.entries(row.metrics ?? {})) {
          if (cell === null) continue;
          const key = cellKey({ modelName: row.model_name ?? '', paper, metric, rawValue: String(cell) });
          inTable.set(key, (inTable.get(key) ?? 0) + 1);
        }
      }
      byTable.set(name, maxCounts(byTable.get(name), inTable));
      walkTables(table.subdatasets ?? [], table.dataset?.trim() ?? parentName);
    }
  };
  const walkTasks = (tasks: Task[]): void => {
    for (const task of tasks) {
      walkTables(task.datasets ?? [], undefined);
      walkTasks(task.subtasks ?? []);
    }
  };
  walkTasks(JSON.parse(readFileSync(file, 'utf8')) as Task[]);
  return byTable;
}

function maxCounts(a: Map<string, number> | undefined, b: Map<string, number>): Map<string, number> {
  const merged = new Map(a ?? []);
  for (const [key, n] of b) merged.set(key, Math.max(merged.get(key) ?? 0, n));
  return merged;
}

function countsOf(keys: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const total = (counts: Map<string, number>): number => [...counts.values()].reduce((sum, n) => sum + n, 0);

/** The number a plain cell states; undefined where the cell needs the full parser (units, remarks). */
function plainNumber(raw: string): number | null | undefined {
  if (/^[+-]?\d+(?:\.\d+)?$/.test(raw.trim())) return Number(raw);
  if (/^\s*[-–—]?\s*$/.test(raw)) return null;
  return undefined;
}

/** Every distinct edge the loader was asked to write, heard from its statements. */
const requestedEdges = new Set<string>();
function hearEdges(cypher: string, params: Record<string, unknown>): void {
  const type = /(?:MERGE|CREATE) \(a\)-\[r:(\w+)/.exec(cypher)?.[1];
  if (!type) return;
  const from = /\(a:(\w+)/.exec(cypher)?.[1];
  const to = /\(b:(\w+)/.exec(cypher)?.[1];
  for (const row of params.rows as Array<{ from: string; to: string; key: string }>) {
    requestedEdges.add(JSON.stringify([type, from, row.from, to, row.to, row.key]));
  }
}

const { db, close } = connectTestDb(hearEdges);

interface Leaderboard {
  metric: string;
  higherIsBetter: boolean;
  directionKnown: boolean;
  totalCount: number;
  entries: Array<{ rank: number; value: number | null; rawValue: string | null; subject: { name: string } }>;
}
let summary: IngestSummary;

/** The leaderboard a table name denotes, found by name or alias, not by the id scheme. */
async function benchmarkNamed(name: string): Promise<string[]> {
  const rows = await db.read(
    `MATCH (b:Benchmark) WHERE toLower(b.name) = toLower($name) OR any(a IN b.aliases WHERE toLower(a) = toLower($name)) RETURN b.id AS id`,
    { name },
  );
  return rows.map((row) => row.id as string);
}

async function graphCells(benchmarkId: string): Promise<Array<Cell & { value: number | null }>> {
  const rows = await db.read(
    `MATCH (:Method|Model)-[r:EVALUATED_ON {source: 'pwc-evaluation-tables'}]->(b:Benchmark {id: $id})
     WHERE r.metric IS NOT NULL
     OPTIONAL MATCH (p:Paper {id: r.paper})
     RETURN r.modelName AS modelName, p.title AS title, r.paperCitation AS citation, r.paperUrl AS paperUrl, r.metric AS metric, r.rawValue AS rawValue, r.value AS value`,
    { id: benchmarkId },
  );
  return rows.map((row) => ({
    modelName: (row.modelName as string | null) ?? '',
    paper: row.title ? titleKey(row.title as string) : row.citation ? titleKey(row.citation as string) : row.paperUrl ? `url:${row.paperUrl as string}` : '',
    metric: row.metric as string,
    rawValue: row.rawValue as string,
    value: row.value as number | null,
  }));
}

describe('the four real evaluation tables and the seed, ingested together', () => {
  beforeAll(async () => {
    await resetGraph(db);
    summary = await ingestFiles(db, [...TABLES, DEFAULT_CORPUS]);
    console.log(`[pwc] tables + seed: ${summary.seconds.toFixed(1)} s, ${summary.papers} documents`);
  });
  afterAll(close);

  it.each(TABLES)('holds every scored cell of %s on its benchmark, with its value', async (file) => {
    // Several tables (a dataset listed under two tasks) can name one benchmark: compare per benchmark.
    const expectedByBenchmark = new Map<string, Map<string, number>>();
    for (const [name, cells] of sourceCells(file)) {
      const ids = await benchmarkNamed(name);
      expect(ids, `one benchmark named "${name}"`).toHaveLength(1);
      expectedByBenchmark.set(ids[0]!, maxCounts(expectedByBenchmark.get(ids[0]!), cells));
    }
    let compared = 0;
    for (const [id, expected] of expectedByBenchmark) {
      const cells = await graphCells(id);
      const actual = countsOf(cells.map(cellKey));
      // Other files may add rows to a shared benchmark (SNLI is in two files): the graph holds at least this file's, each as often.
      const missing = [...expected].filter(([key, n]) => (actual.get(key) ?? 0) < n);
      expect(missing, `rows of ${id}`).toEqual([]);
      for (const cell of cells) {
        const plain = plainNumber(cell.rawValue);
        if (plain !== undefined) expect(cell.value, `${id} ${cellKey(cell)}`).toBe(plain);
        else expect(cell.value === null || typeof cell.value === 'number').toBe(true);
      }
      compared += total(expected);
    }
    expect(compared).toBeGreaterThan(0);
  });

  it('has no benchmark rows beyond those the files hold', async () => {
    const expected = new Map<string, Map<string, number>>();
    for (const file of TABLES) {
      for (const [name, cells] of sourceCells(file)) {
        const [id] = await benchmarkNamed(name);
        expected.set(id!, maxCounts(expected.get(id!), cells));
      }
    }
    const [{ n } = { n: 0 }] = await db.read(
      `MATCH ()-[r:EVALUATED_ON {source: 'pwc-evaluation-tables'}]->() WHERE r.metric IS NOT NULL RETURN count(r) AS n`,
    );
    expect(n).toBe([...expected.values()].reduce((sum, counts) => sum + total(counts), 0));
  });

  it('makes no Paper of a citation: titles like "[10]" and "Xiaodong Liu et al. \'19" stay on their results', async () => {
    const [papers] = await db.read(
      `MATCH (p:Paper) WHERE p.title STARTS WITH '[' OR p.title =~ $citation RETURN count(p) AS n, collect(p.title)[0..5] AS titles`,
      { citation: ".*(et al\\.|&| and) '\\d\\d[a-z]?" },
    );
    expect(papers).toEqual({ n: 0, titles: [] });
    const [cited] = await db.read(
      `MATCH ()-[r:EVALUATED_ON {paperCitation: $citation}]->() RETURN count(r) AS n, collect(DISTINCT r.paper) AS papers`,
      { citation: "Xiaodong Liu et al. '19" },
    );
    // Its arXiv link names the paper: an untitled Paper keyed by the arXiv id.
    expect(cited).toEqual({ n: 3, papers: ['paper:arxiv-1901-11504'] });
  });

  it("ranks SWAG's Test leaderboard best first (accuracy: higher is better)", async () => {
    const [metric] = await db.read(`MATCH (m:Metric) WHERE toLower(m.name) = 'test' RETURN m.higherIsBetter AS higher`);
    expect(metric!.higher).toBe(true);
    const [swag] = await benchmarkNamed('SWAG');
    const rows = await db.read(
      `MATCH (e)-[r:EVALUATED_ON {metric: 'Test'}]->(:Benchmark {id: $id}) WHERE r.value IS NOT NULL
       RETURN e.name AS name, r.value AS value ORDER BY r.value DESC`,
      { id: swag },
    );
    expect(rows.map((row) => row.value)).toEqual([86.3, 59.2, 52.7]);
    expect(rows[0]!.name).toMatch(/^BERT[- ]Large$/i);
  });

  it("serves SWAG's Test leaderboard through GraphQL, best first, rows as the file has them", async () => {
    const query = graphqlClient(db);
    const response = await query<{ benchmark: { name: string; leaderboard: Leaderboard } }>(
      `query ($name: String!) {
        benchmark(name: $name) {
          name
          leaderboard(metric: "Test", first: 10) {
            metric higherIsBetter directionKnown totalCount
            entries { rank value rawValue subject { ... on Model { name } ... on Method { name } } }
          }
        }
      }`,
      { name: 'SWAG' },
    );
    expect(response.errors).toBeUndefined();
    const board = response.data!.benchmark.leaderboard;
    expect(board).toMatchObject({ metric: 'Test', higherIsBetter: true, directionKnown: true, totalCount: 4 });
    // Rows with a value first, best first; "-" (no value) last.
    expect(board.entries.map((e) => [e.rank, e.rawValue, e.value])).toEqual([
      [1, '86.3', 86.3],
      [2, '59.2', 59.2],
      [3, '52.7', 52.7],
      [4, '-', null],
    ]);
    const names = board.entries.map((e) => e.subject.name);
    expect(names[0]).toMatch(/^BERT[- ]Large$/i);
    expect(names[1]).toMatch(/ELMo/);
    expect(names[2]).toMatch(/GloVe/);
    expect(names[3]).toMatch(/^BERT[- ]Base$/i);
  });

  it('writes every edge it was asked to write: none lost to a missing endpoint', async () => {
    const [{ n } = { n: 0 }] = await db.read('MATCH ()-[r]->() RETURN count(r) AS n');
    expect(requestedEdges.size).toBeGreaterThan(5000);
    const written = await db.read('MATCH (a)-[r]->(b) RETURN type(r) AS type, labels(a)[0] AS from, a.id AS fromId, labels(b)[0] AS to, b.id AS toId, r.key AS key');
    const writtenKeys = new Set(written.map((r) => JSON.stringify([r.type, r.from, r.fromId, r.to, r.toId, r.key])));
    const lost = [...requestedEdges].filter((key) => !writtenKeys.has(key));
    expect(lost.slice(0, 10)).toEqual([]);
    expect(n).toBe(requestedEdges.size);
  });
});
