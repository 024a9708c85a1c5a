import path from 'node:path';
import type { Database, Row } from '../../src/db/database.js';
import { alternatives, SUBJECT_LABELS } from '../../core/labels.js';
import { JsonArrayFile } from './gzip-text-file.js';
import type { Progress } from './graph-dump.js';
import { labelCount, labelPages } from '../../src/db/label-pages.js';
import { PWC_VIEW_FILES } from './manifest.js';
import { booleanOf, mapOf, mapsOf, numberOf, textOf, textsOf } from './row-fields.js';

/** Benchmarks per read: each comes with every result on it. */
const PAGE = 100;

/**
 * evaluation-tables: one task record per benchmark and task it is for (a benchmark for two tasks
 * is listed under both, as in the PwC dump; one without a task under a task without a name),
 * the benchmark as the task's one dataset, its results as `sota` rows. A row is one subject's
 * scores from one paper; a second score for a metric the row has ("valid" and "test" runs)
 * opens another row, so every result comes back as a cell.
 */
const RETURNS = `properties(n) AS benchmark,
COLLECT { MATCH (n)-[:FOR_TASK]->(t:Task) WITH t ORDER BY t.id RETURN {name: t.name, description: t.description, categories: t.categories, aliases: t.aliases} } AS tasks,
COLLECT {
  MATCH (s:${alternatives(SUBJECT_LABELS)})-[r:EVALUATED_ON]->(n) WHERE r.metric IS NOT NULL
  OPTIONAL MATCH (p:Paper {id: r.paper})
  WITH s, r, p ORDER BY s.id, r.paper, r.paperUrl, r.key
  RETURN {
    subject: s.name, result: properties(r), paper: p {.title, .url, .pwcUrl, .publishedAt},
    code: COLLECT { MATCH (p)-[c:HAS_CODE]->(repo:Repo) WITH c, repo ORDER BY repo.id RETURN {url: repo.url, official: c.official} }
  }
} AS results`;

export async function writeEvaluationTablesView(db: Database, dir: string, progress: Progress): Promise<number> {
  const tables = new JsonArrayFile(path.join(dir, PWC_VIEW_FILES.evaluationTables));
  try {
    const total = await labelCount(db, 'Benchmark');
    let done = 0;
    for await (const rows of labelPages(db, 'Benchmark', RETURNS, PAGE)) {
      await tables.writeAll(rows.flatMap(taskRecords));
      done += rows.length;
      progress(`${PWC_VIEW_FILES.evaluationTables} ${done}/${total} benchmarks`);
    }
  } finally {
    await tables.close();
  }
  return tables.elements;
}

function taskRecords(row: Row) {
  const benchmark = mapOf(row, 'benchmark');
  const dataset = {
    dataset: textOf(benchmark, 'name'),
    description: textOf(benchmark, 'description') ?? '',
    sota: { metrics: textsOf(benchmark, 'metrics'), rows: sotaRows(mapsOf(row, 'results')) },
    subdatasets: [],
  };
  const tasks = mapsOf(row, 'tasks');
  const entries = tasks.length > 0 ? tasks : [null];
  return entries.map((task) => {
    const name = textOf(task, 'name');
    return {
      task: name ?? '',
      description: textOf(task, 'description') ?? '',
      categories: textsOf(task, 'categories'),
      synonyms: textsOf(task, 'aliases').filter((alias) => alias !== name),
      datasets: [dataset],
      subtasks: [],
    };
  });
}

interface SotaRow {
  model_name: string | null;
  paper_title: string | null;
  paper_url: string | null;
  paper_date: string | null;
  uses_additional_data: boolean | null;
  metrics: Record<string, string | number>;
  code_links: Array<{ title: string; url: string | null }>;
  model_links: Array<{ title: string; url: string | null }>;
}

function sotaRows(results: Row[]): SotaRow[] {
  const rows: SotaRow[] = [];
  const byKey = new Map<string, SotaRow[]>();
  for (const found of results) {
    const result = mapOf(found, 'result');
    const paper = mapOf(found, 'paper');
    const metric = textOf(result, 'metric');
    if (metric === null) continue;
    const modelName = textOf(result, 'modelName') ?? textOf(found, 'subject');
    const paperUrl = textOf(result, 'paperUrl') ?? textOf(paper, 'url') ?? textOf(paper, 'pwcUrl');
    const key = JSON.stringify([textOf(found, 'subject'), modelName, textOf(result, 'paper'), paperUrl]);
    const cell = textOf(result, 'rawValue') ?? numberOf(result, 'value') ?? '';
    const same = byKey.get(key) ?? [];
    let row = same.find((candidate) => !(metric in candidate.metrics));
    if (!row) {
      row = {
        model_name: modelName,
        paper_title: textOf(paper, 'title') ?? textOf(result, 'paperCitation'),
        paper_url: paperUrl,
        paper_date: textOf(result, 'paperDate') ?? textOf(paper, 'publishedAt'),
        uses_additional_data: booleanOf(result, 'usesAdditionalData'),
        metrics: {},
        // The row's own links where the table gave them, else the paper's code.
        code_links:
          textsOf(result, 'codeLinks').length > 0
            ? textsOf(result, 'codeLinks').map((url) => ({ title: url, url }))
            : mapsOf(found, 'code').map((link) => ({ title: codeTitle(booleanOf(link, 'official')), url: textOf(link, 'url') })),
        model_links: textsOf(result, 'modelLinks').map((url) => ({ title: url, url })),
      };
      rows.push(row);
      byKey.set(key, [...same, row]);
    }
    row.metrics[metric] = cell;
  }
  return rows;
}

/** The code link titles the evaluation-tables reader reads `official` from. */
function codeTitle(official: boolean | null): string {
  return official === true ? 'Official' : official === false ? 'Unofficial' : '';
}
