import type { EndpointRef, NodeRecord } from '../../core/graph-records.js';
import { leaderboardLabel, parseLeaderboardName } from '../resolve/leaderboard-name.js';
import { parseMetricValue } from '../resolve/value-parse.js';
import { BatchBuilder } from './pwc-batch.js';
import { firstRecordKeys } from './pwc-detect.js';
import type { Fields } from './pwc-fields.js';
import { guessHigherIsBetter } from './pwc-metric-direction.js';
import { readPwcDump } from './pwc-read.js';
import { knownName, namedNode, paperNode, repoNode } from './pwc-records.js';
import type { ReadOptions, SourceFormat, SourceItem } from './source-format.js';

/**
 * Papers with Code evaluation tables (the leaderboards): an array of tasks, each with nested
 * subtasks and datasets, each dataset with nested subdatasets and a `sota` table of rows.
 *
 * - Task -> `task:${slug}`; a subtask is a Task of its own whose `parentTask` names its parent
 *   (the graph model has no task-to-task relationship).
 * - Dataset -> `dataset:${slug}`, and a Benchmark `benchmark:${slug}` of the same name, so a
 *   benchmark an abstract names and the leaderboard of that name are one node:
 *   (Benchmark)-[:ON_DATASET]->(Dataset), (Benchmark)-[:FOR_TASK]->(Task). A subdataset is a
 *   Benchmark of its own ("CoNLL-2014 Shared Task Restricted") on its parent's Dataset.
 * - Row -> Paper (by title), a Model or Method for the model name, and per metric cell one
 *   (Model|Method)-[:EVALUATED_ON {paper, metric, value, rawValue, ...}]->(Benchmark).
 */
export const SOURCE = 'pwc-evaluation-tables';

export function* evaluationTableItems(task: Fields): Generator<SourceItem> {
  const builder = new BatchBuilder();
  yield* taskItems(task, builder, undefined);
  const rest = builder.take();
  if (rest) yield { kind: 'records', batch: rest };
}

function* taskItems(task: Fields, builder: BatchBuilder, parent: NodeRecord | undefined): Generator<SourceItem> {
  const name = task.text('task');
  const known = name ? knownName(name, ['Task']) : undefined;
  const taskNode = name
    ? namedNode(
        'Task',
        known?.name ?? name,
        SOURCE,
        {
          description: task.text('description') ?? null,
          categories: task.texts('categories'),
          parentTask: parent?.id ?? null,
        },
        [name, ...task.texts('synonyms'), ...(known?.aliases ?? [])],
      )
    : undefined;
  const taskRef = taskNode ? builder.node(taskNode) : undefined;

  for (const dataset of task.objects('datasets', 'dataset')) {
    datasetRecords(dataset, builder, taskRef, undefined);
    // One batch per table keeps batches near the size of a leaderboard, whatever the task's size.
    const batch = builder.take();
    if (batch) yield { kind: 'records', batch };
    if (taskNode) builder.node(taskNode);
  }
  for (const subtask of task.objects('subtasks', 'subtask')) {
    yield* taskItems(subtask, builder, taskNode);
    if (taskNode) builder.node(taskNode);
  }
}

interface ParentDataset {
  name: string;
  ref: EndpointRef | undefined;
}

function datasetRecords(dataset: Fields, builder: BatchBuilder, task: EndpointRef | undefined, parent: ParentDataset | undefined): void {
  const ownName = dataset.text('dataset');
  const subName = dataset.text('subdataset');
  const tableName = ownName ?? (parent && subName ? `${parent.name} ${subName}` : subName);
  const known = tableName ? knownName(tableName, ['Dataset', 'Benchmark']) : undefined;
  const name = known?.name ?? tableName;
  const aliases = tableName ? [tableName, ...(known?.aliases ?? [])] : [];
  const benchmarkNode = name ? namedNode('Benchmark', name, SOURCE, {}, aliases) : undefined;
  // A table without a usable name cannot be placed (nor can its subdatasets, which build on it).
  if (!name || !benchmarkNode) return;
  const sota = dataset.object('sota');
  const metrics = sota?.texts('metrics') ?? [];

  let datasetRef = parent?.ref;
  if (!parent) {
    const node = namedNode('Dataset', name, SOURCE, { description: dataset.text('description') ?? null }, aliases);
    datasetRef = node ? builder.node(node) : undefined;
  }
  const benchmark = builder.node({
    ...benchmarkNode,
    props: {
      ...benchmarkNode.props,
      metrics,
      ...(parent ? { subdataset: subName ?? null } : { description: dataset.text('description') ?? null }),
    },
  });
  if (datasetRef) builder.edge({ type: 'ON_DATASET', from: benchmark, to: datasetRef, key: '', props: { source: SOURCE } });
  if (task) builder.edge({ type: 'FOR_TASK', from: benchmark, to: task, key: '', props: { source: SOURCE } });
  for (const metric of metrics) metricNode(metric, builder);

  for (const row of sota?.objects('rows', 'row') ?? []) rowRecords(row, builder, benchmark);
  for (const sub of dataset.objects('subdatasets', 'subdataset')) {
    datasetRecords(sub, builder, task, { name: parent?.name ?? name, ref: datasetRef });
  }
}

function rowRecords(row: Fields, builder: BatchBuilder, benchmark: EndpointRef): void {
  const rawName = row.text('model_name');
  if (!rawName) return; // a score with nobody to credit it to
  const entityName = parseLeaderboardName(rawName);
  // The lexicon types well-known names ("GPT-4" is a Model, "LSTM" a Method) before the rule guesses.
  const known = knownName(entityName.name, ['Model', 'Method']);
  const label = (known?.label as 'Model' | 'Method' | undefined) ?? leaderboardLabel(entityName.name);
  const entityNode = namedNode(label, known?.name ?? entityName.name, SOURCE, {}, [entityName.name, ...(known?.aliases ?? [])]);
  if (!entityNode) return;
  const entity = builder.node(entityNode);

  const paperUrl = row.text('paper_url');
  const paper = paperNode({ title: row.text('paper_title'), url: paperUrl, publishedAt: row.text('paper_date') }, SOURCE);
  const paperRef = paper ? builder.node(paper) : undefined;
  if (paperRef) {
    builder.edge({ type: 'EVALUATES_ON', from: paperRef, to: benchmark, key: '', props: { source: SOURCE } });
    builder.edge({ type: 'PROPOSES', from: paperRef, to: entity, key: '', props: { source: SOURCE } });
    for (const link of codeLinks(row)) {
      const repo = repoNode(link.url, SOURCE);
      if (!repo) continue;
      builder.edge({ type: 'HAS_CODE', from: paperRef, to: builder.node(repo), key: '', props: { official: link.official ?? null, source: SOURCE } });
    }
  }

  // Rows are told apart by paper, metric and value: the same model, paper and metric appear in
  // several tables (a dataset listed under two tasks) and then merge, while two runs of one
  // model in one table ("valid" and "test" rows) keep both scores.
  const paperKey = paperRef?.id ?? (paperUrl ? `url:${paperUrl}` : 'no-paper');
  const usesAdditionalData = row.boolean('uses_additional_data') ?? null;
  const provenance = {
    paper: paperRef?.id ?? null,
    paperUrl: paperUrl ?? null,
    source: SOURCE,
    usesAdditionalData,
    modelName: rawName,
    nameYear: entityName.year ?? null,
    nameCitation: entityName.citation ?? null,
  };
  const cells = row.entries('metrics');
  for (const [metric, cell] of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'object') row.context.fail(`metric ${JSON.stringify(metric)} must be a number or a string, got ${Array.isArray(cell) ? 'a list' : 'an object'}`);
    const { value, rawValue } = parseMetricValue(cell);
    const metricRef = metricNode(metric, builder);
    builder.edge({
      type: 'EVALUATED_ON',
      from: entity,
      to: benchmark,
      key: `${paperKey}|${metric}|${rawValue ?? ''}`,
      props: { ...provenance, metric, metricId: metricRef?.id ?? null, value, rawValue },
    });
  }
  if (cells.length === 0) {
    // A row without scores still says the model was evaluated there.
    builder.edge({ type: 'EVALUATED_ON', from: entity, to: benchmark, key: `${paperKey}|`, props: { ...provenance, metric: null, value: null, rawValue: null } });
  }
}

function metricNode(metric: string, builder: BatchBuilder): EndpointRef | undefined {
  const node = namedNode('Metric', metric.trim(), SOURCE, { higherIsBetter: guessHigherIsBetter(metric) });
  return node ? builder.node(node) : undefined;
}

interface CodeLink {
  url: string;
  official?: boolean;
}

/** `code_links` as objects `{title, url}` (the title says "Official" or "Replicated") or as bare URLs. */
function codeLinks(row: Fields): CodeLink[] {
  return row.list('code_links').flatMap((link, i): CodeLink[] => {
    if (typeof link === 'string') return [{ url: link }];
    if (link === null) return [];
    if (typeof link !== 'object' || Array.isArray(link)) row.context.fail(`code link ${i + 1} must be a URL or an object with "url"`);
    const { url, title } = link as { url?: unknown; title?: unknown };
    if (typeof url !== 'string') return [];
    const official = typeof title === 'string' ? officialFromTitle(title) : undefined;
    return [{ url, ...(official === undefined ? {} : { official }) }];
  });
}

function officialFromTitle(title: string): boolean | undefined {
  if (/\bunofficial\b|replicat|re-?implement|third[- ]party|community/i.test(title)) return false;
  if (/\bofficial\b/i.test(title)) return true;
  return undefined;
}

export async function* readEvaluationTables(file: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  yield* readPwcDump(file, options, evaluationTableItems);
}

export const pwcEvaluationTablesFormat: SourceFormat = {
  name: 'pwc-evaluation-tables',
  description: 'Papers with Code evaluation-tables.json(.gz): tasks > datasets > sota rows (leaderboards)',
  yields: ['records'],
  detect: (head) => {
    const keys = firstRecordKeys(head);
    return (keys.has('task') || keys.has('datasets') || keys.has('subtasks')) && !keys.has('name') && !keys.has('title');
  },
  read: (file, options) => readEvaluationTables(file, options),
};
