import { mkdtempSync, readFileSync, rmSync, writeFileSync, cpSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../ingest/export/export-graph.js';
import { GRAPH_EDGES_FILE, GRAPH_NODES_FILE, MANIFEST_FILE, PWC_VIEW_FILES, type ExportManifest } from '../../ingest/export/manifest.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { detectFormat } from '../../ingest/sources/formats.js';
import { graphChecksum, type GraphChecksum } from '../../src/db/checksum.js';
import { DEFAULT_CORPUS, SHIPPED_LEADERBOARDS } from '../../src/default-corpus.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * `kg export` then `kg ingest` of the export into an empty graph: the same checksum. The graph
 * holds every kind of record the sources make: text-derived edges with evidence (a slice of the
 * seed corpus), leaderboard results (the shipped tables), authors and venues (an ACL volume),
 * and the PwC dump fields (the dump fixtures).
 */
const dir = mkdtempSync(join(tmpdir(), 'kg-export-'));
const SEED_SLICE = join(dir, 'seed-slice.txt');
const ACL = 'test/fixtures/acl-anthology/2031.tiny.xml';
const DUMPS = ['papers-with-abstracts', 'links-between-papers-and-code', 'methods', 'datasets'].map((name) => `test/fixtures/pwc/${name}.json`);
const EXPORT = join(dir, 'export');

const { db, close } = connectTestDb();
let original: GraphChecksum;
let manifest: ExportManifest;

async function count(cypher: string): Promise<number> {
  const [row] = await db.read(cypher);
  return Number(row?.count);
}

/** A copy of the export with one graph file's lines changed (or its bytes, for gzip damage). */
function brokenExport(name: string, change: { lines?: (lines: string[]) => string[]; bytes?: (bytes: Buffer) => Buffer }): string {
  const copy = join(dir, `broken-${name}`);
  cpSync(EXPORT, copy, { recursive: true });
  const file = join(copy, change.lines ? GRAPH_NODES_FILE : GRAPH_EDGES_FILE);
  const bytes = readFileSync(file);
  if (change.bytes) writeFileSync(file, change.bytes(bytes));
  if (change.lines) writeFileSync(file, gzipSync(`${change.lines(gunzipSync(bytes).toString('utf8').trimEnd().split('\n')).join('\n')}\n`));
  return copy;
}

describe('kg export, then kg ingest of the export into an empty graph', () => {
  beforeAll(async () => {
    // The first 40 papers of the seed corpus (a title line and an abstract line each).
    writeFileSync(SEED_SLICE, `${readFileSync(DEFAULT_CORPUS, 'utf8').split('\n').slice(0, 80).join('\n')}\n`);
    await resetGraph(db);
    await ingestFiles(db, [SEED_SLICE, ...SHIPPED_LEADERBOARDS, ACL, ...DUMPS], { workers: 0 });
    original = await graphChecksum(db);
    manifest = await exportGraph(db, EXPORT);
  }, 240_000);
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('exports a graph with evidence, results, authors, venues and code', async () => {
    expect(manifest.checksum).toEqual(original);
    for (const label of ['Paper', 'Method', 'Model', 'Benchmark', 'Dataset', 'Task', 'Metric', 'Repo', 'Author', 'Venue']) expect(manifest.nodes[label]).toBeGreaterThan(0);
    for (const type of ['MENTIONS', 'EVALUATED_ON', 'HAS_CODE', 'AUTHORED_BY', 'PUBLISHED_IN', 'ADDRESSES', 'IMPLEMENTED_IN']) expect(manifest.edges[type]).toBeGreaterThan(0);
    expect(Object.values(manifest.nodes).reduce((a, b) => a + b, 0)).toBe(original.nodes);
    expect(Object.values(manifest.edges).reduce((a, b) => a + b, 0)).toBe(original.relationships);
    const withEvidence = gunzipSync(readFileSync(join(EXPORT, GRAPH_EDGES_FILE)))
      .toString('utf8')
      .split('\n')
      .filter((line) => line.includes('"evidence"'));
    expect(withEvidence.length).toBe(await count('MATCH ()-[r]->() WHERE r.evidence IS NOT NULL RETURN count(r) AS count'));
  });

  it('gives the same checksum, ingested from the directory into an empty graph, with nothing extracted', async () => {
    await resetGraph(db);
    const summary = await ingestFiles(db, [EXPORT]);
    expect(summary.papers).toBe(0);
    expect(await graphChecksum(db)).toEqual(original);
  }, 120_000);

  it('gives the same checksum from the manifest path, and again on a rerun over the graph', async () => {
    await resetGraph(db);
    await ingestFiles(db, [join(EXPORT, MANIFEST_FILE)]);
    expect(await graphChecksum(db)).toEqual(original);
    await ingestFiles(db, [EXPORT]);
    expect(await graphChecksum(db)).toEqual(original);
  }, 120_000);

  it('writes each Papers with Code view in the layout its reader detects and reads', async () => {
    const expected: Array<[string, string]> = [
      [PWC_VIEW_FILES.papers, 'pwc-papers'],
      [PWC_VIEW_FILES.links, 'pwc-links'],
      [PWC_VIEW_FILES.evaluationTables, 'pwc-evaluation-tables'],
      [PWC_VIEW_FILES.methods, 'pwc-methods'],
      [PWC_VIEW_FILES.datasets, 'pwc-datasets'],
    ];
    for (const [view, formatName] of expected) {
      const file = join(EXPORT, view);
      const format = await detectFormat(file);
      expect(format.name).toBe(formatName);
      let items = 0;
      for await (const item of format.read(file)) items += item.kind === 'document' || (item.kind === 'records' && item.batch.nodes.length > 0) ? 1 : 0;
      expect(items, view).toBeGreaterThan(0);
    }
  });

  it('lists every paper, every code link and every leaderboard cell in the views', async () => {
    const views = (file: string): Array<Record<string, unknown>> => JSON.parse(gunzipSync(readFileSync(join(EXPORT, file))).toString('utf8'));
    const papers = views(PWC_VIEW_FILES.papers);
    // Every titled paper: one known only by a leaderboard's arXiv link has no PwC record.
    expect(papers.length).toBe(await count('MATCH (p:Paper) WHERE p.title IS NOT NULL RETURN count(p) AS count'));
    // The byline: one author per position, in order, for every paper with AUTHORED_BY.
    const bylines = await db.read(`MATCH (p:Paper)-[r:AUTHORED_BY]->(a:Author)
      WITH p, r.position AS position, collect(a.name) AS names ORDER BY position
      RETURN p.title AS title, collect(names) AS byline`);
    expect(bylines.length).toBeGreaterThan(0);
    const viewAuthors = new Map(papers.map((paper) => [paper.title, paper.authors]));
    for (const { title, byline } of bylines) {
      const names = viewAuthors.get(title);
      expect(names, String(title)).toHaveLength((byline as string[][]).length);
      (byline as string[][]).forEach((options, i) => expect(options).toContain((names as string[])[i]));
    }
    expect(views(PWC_VIEW_FILES.links).length).toBe(await count('MATCH (:Paper)-[r:HAS_CODE]->(:Repo) RETURN count(r) AS count'));
    expect(views(PWC_VIEW_FILES.methods).length).toBe(
      await count("MATCH (m) WHERE m:Method OR (m:Model AND 'pwc-methods' IN m.sources) RETURN count(m) AS count"),
    );
    // Collections come with their areas, from the taxonomy's edges.
    const collections = views(PWC_VIEW_FILES.methods).flatMap((method) => method.collections as Array<Record<string, unknown>>);
    expect(collections.some((collection) => typeof collection.area === 'string' && typeof collection.area_id === 'string')).toBe(true);
    expect(views(PWC_VIEW_FILES.datasets).length).toBe(await count('MATCH (d:Dataset) RETURN count(d) AS count'));
    const cells = views(PWC_VIEW_FILES.evaluationTables)
      .flatMap((task) => task.datasets as Array<{ sota: { rows: Array<{ metrics: Record<string, unknown> }> } }>)
      .flatMap((dataset) => dataset.sota.rows)
      .reduce((sum, row) => sum + Object.keys(row.metrics).length, 0);
    // A benchmark for several tasks is listed under each, as in the PwC dump.
    const results = await count(`MATCH (b:Benchmark)
      CALL (b) { MATCH (b)<-[r:EVALUATED_ON]-(:Method|Model) WHERE r.metric IS NOT NULL RETURN count(r) AS results }
      CALL (b) { OPTIONAL MATCH (b)-[f:FOR_TASK]->(:Task) RETURN count(f) AS tasks }
      RETURN sum(results * CASE WHEN tasks = 0 THEN 1 ELSE tasks END) AS count`);
    expect(results).toBeGreaterThan(1000);
    expect(cells).toBe(results);
  });

  it('refuses a directory that is not empty', async () => {
    await expect(exportGraph(db, EXPORT)).rejects.toThrow(/not empty/);
  });

  describe('refuses bad input with one line naming file and line, and writes nothing', () => {
    const cases: Array<[string, () => string, RegExp]> = [
      ['a truncated gzip', () => brokenExport('gzip', { bytes: (bytes) => bytes.subarray(0, bytes.length - 200) }), /graph-edges\.jsonl\.gz:\d+: corrupt or truncated gzip data$/],
      ['a line that is not a record', () => brokenExport('record', { lines: (lines) => [...lines.slice(0, 4), '{"name": "DPO"}', ...lines.slice(5)] }), /graph-nodes\.jsonl\.gz:5: "name" is not a field of a node record$/],
      ['a line that is not JSON', () => brokenExport('json', { lines: (lines) => [...lines.slice(0, 6), '{"label": "Paper", ', ...lines.slice(7)] }), /graph-nodes\.jsonl\.gz:7: not valid JSON/],
      [
        'an unknown label',
        () => brokenExport('label', { lines: (lines) => [...lines.slice(0, 2), lines[2]!.replace(/"label":"\w+"/, '"label":"Gadget"'), ...lines.slice(3)] }),
        /graph-nodes\.jsonl\.gz:3: unknown node label "Gadget"$/,
      ],
      ['lines missing at the end', () => brokenExport('short', { lines: (lines) => lines.slice(0, -3) }), /graph-nodes\.jsonl\.gz:\d+: ends after \d+ records; the manifest says the export wrote \d+$/],
    ];
    it.each(cases)('%s', async (_, make, message) => {
      const broken = make();
      await resetGraph(db);
      const failed = ingestFiles(db, [broken]);
      await expect(failed).rejects.toThrow(message);
      await expect(failed).rejects.toThrow(new RegExp(`^${broken}/`));
      expect(await count('MATCH (n) RETURN count(n) AS count')).toBe(0);
    });

    it('a directory without a manifest', async () => {
      const plain = join(dir, 'plain');
      mkdirSync(plain);
      await expect(ingestFiles(db, [plain])).rejects.toThrow(/plain:0: a directory, but not a kg export/);
    });
  });
});
