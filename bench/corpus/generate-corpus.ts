import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import path from 'node:path';
import { paperId } from '../../core/paper-id.js';
import { generateNamePools } from './names.js';
import { paperAbstract, paperTitle, planPaper, type PaperPlan } from './paper-text.js';
import { Popularity } from './popularity.js';
import { Prng } from './prng.js';

/**
 * A deterministic synthetic corpus (same papers and seed, same bytes) in three of the formats
 * `kg ingest` reads: papers.jsonl (title, abstract, arXiv id, URL, date), evaluation-tables.json
 * (leaderboard rows for about one paper in ten, as Papers with Code has 60k results for 576k
 * papers) and links.json (a repository for about half the papers, as it has 300k links).
 * Names are generated (names.ts) in pools that grow with the corpus and are drawn by Zipf
 * popularity (popularity.ts): thousands of benchmarks, datasets and methods, a long tail of
 * leaderboards with a handful of rows and a few hubs with thousands, several dozen metrics.
 */

export interface CorpusOptions {
  papers: number;
  dir: string;
  seed?: number;
}

export interface GeneratedCorpus {
  papersFile: string;
  evaluationTablesFile: string;
  linksFile: string;
  /** In the order to ingest them. */
  files: string[];
  papers: number;
  leaderboardRows: number;
  /** Distinct leaderboards (target benchmarks or datasets) the rows are on. */
  leaderboards: number;
  links: number;
  bytes: number;
}

/** Bumped whenever the same options would give other bytes: a stored graph of another version is not reused. */
export const GENERATOR_VERSION = 2;

export const DEFAULT_SEED = 20250601;

const RESULT_SHARE = 0.1;

export function generateCorpus(options: CorpusOptions): GeneratedCorpus {
  const prng = new Prng(options.seed ?? DEFAULT_SEED);
  // Pools sized by the corpus: a bigger archive has more names, not only more papers per name.
  const names = new Popularity(generateNamePools(prng, options.papers));
  mkdirSync(options.dir, { recursive: true });
  const papersFile = path.join(options.dir, 'papers.jsonl');
  const linksFile = path.join(options.dir, 'links.json');
  const evaluationTablesFile = path.join(options.dir, 'evaluation-tables.json');

  const papersOut = new BufferedFile(papersFile);
  const linksOut = new BufferedFile(linksFile);
  linksOut.write('[\n');
  const tables = new LeaderboardTables(names);
  const seenIds = new Set<string>();
  let links = 0;

  for (let i = 0; i < options.papers; i++) {
    const plan = planPaper(prng, names, i);
    let title = paperTitle(prng, plan);
    // Paper ids come from titles: two equal titles would be one paper.
    if (seenIds.has(paperId(title))) title = `${title} (${i.toString(36)})`;
    seenIds.add(paperId(title));
    const arxivId = arxivIdFor(i);
    const date = dateFor(prng);
    const absUrl = `https://arxiv.org/abs/${arxivId}`;
    papersOut.write(`${JSON.stringify({ title, abstract: paperAbstract(prng, plan), id: arxivId, url: absUrl, date })}\n`);
    if (plan.repoUrl) {
      linksOut.write(`${links > 0 ? ',\n' : ''}${JSON.stringify(linkRecord(prng, plan, title, arxivId, absUrl))}`);
      links += 1;
    }
    if (prng.chance(RESULT_SHARE)) tables.addRow(prng, plan, title, absUrl, date);
  }

  linksOut.write('\n]\n');
  const bytes = papersOut.close() + linksOut.close();
  const tablesJson = JSON.stringify(tables.toJson(), null, 1);
  writeFileSync(evaluationTablesFile, tablesJson);
  return {
    papersFile,
    evaluationTablesFile,
    linksFile,
    files: [papersFile, evaluationTablesFile, linksFile],
    papers: options.papers,
    leaderboardRows: tables.rows,
    leaderboards: tables.leaderboards,
    links,
    bytes: bytes + tablesJson.length,
  };
}

/** arXiv-style ids, one month per 20k papers, from 2018 on. */
function arxivIdFor(index: number): string {
  const month = Math.floor(index / 20_000);
  const yy = 18 + Math.floor(month / 12);
  const mm = (month % 12) + 1;
  return `${yy}${String(mm).padStart(2, '0')}.${String(index % 20_000).padStart(5, '0')}`;
}

function dateFor(prng: Prng): string {
  return `${prng.int(2018, 2025)}-${String(prng.int(1, 12)).padStart(2, '0')}-${String(prng.int(1, 28)).padStart(2, '0')}`;
}

function linkRecord(prng: Prng, plan: PaperPlan, title: string, arxivId: string, absUrl: string) {
  return {
    paper_url: `https://paperswithcode.com/paper/${arxivId.replace('.', '-')}`,
    paper_title: title,
    paper_arxiv_id: arxivId,
    paper_url_abs: absUrl,
    paper_url_pdf: absUrl.replace('/abs/', '/pdf/'),
    repo_url: plan.repoUrl,
    is_official: prng.chance(0.7),
    mentioned_in_paper: plan.repoInAbstract,
    mentioned_in_github: prng.chance(0.5),
    framework: prng.pick(['pytorch', 'pytorch', 'jax', 'tf', 'none']),
  };
}

interface TableRow {
  model_name: string;
  paper_title: string;
  paper_url: string;
  paper_date: string;
  code_links: Array<{ title: string; url: string }>;
  model_links: never[];
  metrics: Record<string, string>;
}

/** Leaderboards per target name, grouped under one task each, in the evaluation-tables shape. */
class LeaderboardTables {
  private readonly byTarget = new Map<string, { task: string; metrics: string[]; rows: TableRow[] }>();
  rows = 0;

  constructor(private readonly names: Popularity) {}

  get leaderboards(): number {
    return this.byTarget.size;
  }

  addRow(prng: Prng, plan: PaperPlan, title: string, url: string, date: string): void {
    const target = plan.targets[0]!;
    let table = this.byTarget.get(target);
    if (!table) {
      // One to three metrics, the main one first; popular metrics are on most boards.
      const metrics = this.names.metrics.sample(prng, this.names.pools.metrics, prng.int(1, 3));
      table = { task: plan.tasks[0]!, metrics, rows: [] };
      this.byTarget.set(target, table);
    }
    const metrics: Record<string, string> = {};
    // The main metric always; each other with even odds, so the main one has the most results.
    for (const [i, metric] of table.metrics.entries()) if (i === 0 || prng.chance(0.5)) metrics[metric] = (prng.int(100, 990) / 10).toFixed(1);
    table.rows.push({
      model_name: plan.releasedModel ?? plan.proposed.short,
      paper_title: title,
      paper_url: url,
      paper_date: date,
      code_links: plan.repoUrl ? [{ title: plan.repoUrl.split('/').slice(-2).join('/'), url: plan.repoUrl }] : [],
      model_links: [],
      metrics,
    });
    this.rows += 1;
  }

  toJson() {
    const tasks = new Map<string, Array<{ dataset: string; description: string; dataset_citations: never[]; dataset_links: never[]; subdatasets: never[]; sota: { metrics: string[]; rows: TableRow[] } }>>();
    for (const [target, table] of [...this.byTarget].sort(([a], [b]) => a.localeCompare(b))) {
      const datasets = tasks.get(table.task) ?? [];
      datasets.push({ dataset: target, description: '', dataset_citations: [], dataset_links: [], subdatasets: [], sota: { metrics: table.metrics, rows: table.rows } });
      tasks.set(table.task, datasets);
    }
    return [...tasks].map(([task, datasets]) => ({ task, description: '', categories: [], synonyms: [], subtasks: [], datasets, source_link: null }));
  }
}

/** Writes through a 1 MB buffer with plain synchronous writes: the generator is CPU-bound anyway. */
class BufferedFile {
  private readonly fd: number;
  private chunks: string[] = [];
  private size = 0;
  private total = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w');
  }

  write(text: string): void {
    this.chunks.push(text);
    this.size += text.length;
    if (this.size >= 1 << 20) this.flush();
  }

  close(): number {
    this.flush();
    closeSync(this.fd);
    return this.total;
  }

  private flush(): void {
    const data = this.chunks.join('');
    writeSync(this.fd, data);
    this.total += Buffer.byteLength(data);
    this.chunks = [];
    this.size = 0;
  }
}
