import type { EndpointRef, NodeRecord } from '../../core/graph-records.js';
import { leaderboardLabel, parseLeaderboardName } from '../resolve/leaderboard-name.js';
import { parseMetricValue } from '../resolve/value-parse.js';
import { BatchBuilder } from './pwc-batch.js';
import { firstRecordKeys } from './pwc-detect.js';
import type { Fields } from './pwc-fields.js';
import { guessHigherIsBetter } from './pwc-metric-direction.js';
import { readPwcDump } from './pwc-read.js';
import { arxivPaperNode, isoDate, knownName, namedNode, paperNode, paperTitle, repoNode } from './pwc-records.js';
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

  const seen: Occurrences = new Map();
  for (const row of sota?.objects('rows', 'row') ?? []) rowRecords(row, builder, { ref: benchmark, name }, seen);
  for (const sub of dataset.objects('subdatasets', 'subdataset')) {
    datasetRecords(sub, builder, task, { name: parent?.name ?? name, ref: datasetRef });
  }
}

/**
 * How many times each result identity has come up in one table so far. Every cell of a table is
 * a result of its own, so two rows stating the same thing ("Anonymous" twice, with one score)
 * stay two; the same table read again (a dataset listed under two tasks) gives the same
 * identities in the same order and merges with itself.
 */
type Occurrences = Map<string, number>;

function rowRecords(row: Fields, builder: BatchBuilder, table: { ref: EndpointRef; name: string }, seen: Occurrences): void {
  const benchmark = table.ref;
  const rawName = row.text('model_name');
  const paperUrl = row.text('paper_url');
  const paperDate = isoDate(row.text('paper_date'));
  const rawTitle = row.text('paper_title');
  // A paper is identified by a real title, or else by an arXiv link; a citation alone names none.
  const paper = paperNode({ title: rawTitle, url: paperUrl, publishedAt: paperDate }, SOURCE) ?? arxivPaperNode(paperUrl, paperDate, SOURCE);
  const paperRef = paper ? builder.node(paper) : undefined;
  // Where the title field holds no title (a reference mark, "Liu et al. '19"), the text stays on the result.
  const paperCitation = rawTitle && !paperTitle(rawTitle) && !/^(?:https?:\/\/|www\.)\S*$/i.test(rawTitle) ? rawTitle : undefined;

  const entityName = rawName ? parseLeaderboardName(rawName) : undefined;
  const entityNode = entityName ? namedEntityNode(entityName.name) : unnamedEntryNode(table.name, paper?.props.title, paperCitation ?? paperUrl, paperDate);
  if (!entityNode) return;
  const entity = builder.node(entityNode);

  const code = links(row, 'code_links', 'code link');
  if (paperRef) {
    builder.edge({ type: 'EVALUATES_ON', from: paperRef, to: benchmark, key: '', props: { source: SOURCE } });
    if (entityName) builder.edge({ type: 'PROPOSES', from: paperRef, to: entity, key: '', props: { source: SOURCE } });
    for (const link of code) {
      const repo = repoNode(link.url, SOURCE);
      if (!repo) continue;
      builder.edge({ type: 'HAS_CODE', from: paperRef, to: builder.node(repo), key: '', props: { official: link.official ?? null, source: SOURCE } });
    }
  }

  const paperKey = paperRef?.id ?? (paperUrl ? `url:${paperUrl}` : paperCitation ? `cited:${paperCitation}` : 'no-paper');
  const provenance = {
    paper: paperRef?.id ?? null,
    paperUrl: paperUrl ?? null,
    paperCitation: paperCitation ?? null,
    paperDate: paperDate ?? null,
    source: SOURCE,
    usesAdditionalData: row.boolean('uses_additional_data') ?? null,
    // The row's links as the table gives them, repositories or not (a code link may be a project page); none is null, never [].
    codeLinks: urlsOrNull(code),
    modelLinks: urlsOrNull(links(row, 'model_links', 'model link')),
    modelName: rawName ?? null,
    nameYear: entityName?.year ?? null,
    nameCitation: entityName?.citation ?? null,
  };
  const resultKey = (identity: string): string => {
    const n = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, n);
    return n === 1 ? identity : `${identity}|#${n}`;
  };
  const cells = row.entries('metrics');
  let scored = 0;
  for (const [metric, cell] of cells) {
    if (cell === null || cell === undefined) continue;
    if (typeof cell === 'object') row.context.fail(`metric ${JSON.stringify(metric)} must be a number or a string, got ${Array.isArray(cell) ? 'a list' : 'an object'}`);
    const { value, rawValue } = parseMetricValue(cell);
    const metricRef = metricNode(metric, builder);
    scored += 1;
    builder.edge({
      type: 'EVALUATED_ON',
      from: entity,
      to: benchmark,
      key: resultKey(`${entity.id}|${paperKey}|${metric}|${rawValue ?? ''}`),
      props: { ...provenance, metric, metricId: metricRef?.id ?? null, value, rawValue },
    });
  }
  if (scored === 0) {
    // A row without scores still says the model was evaluated there.
    builder.edge({ type: 'EVALUATED_ON', from: entity, to: benchmark, key: resultKey(`${entity.id}|${paperKey}|`), props: { ...provenance, metric: null, value: null, rawValue: null } });
  }
}

/** The Model or Method a leaderboard name denotes; the lexicon types well-known names ("GPT-4", "LSTM") before the rule guesses. */
function namedEntityNode(name: string): NodeRecord | undefined {
  const known = knownName(name, ['Model', 'Method']);
  const label = (known?.label as 'Model' | 'Method' | undefined) ?? leaderboardLabel(name);
  return namedNode(label, known?.name ?? name, SOURCE, {}, [name, ...(known?.aliases ?? [])]);
}

/**
 * A row with an empty model name is an entry nobody named (an anonymous submission): its scores
 * are kept on a Model standing for that entry of its paper (or citation, or URL) and date,
 * marked `unnamed` so lists can tell it from a named model.
 */
function unnamedEntryNode(benchmark: string, title: unknown, cited: string | undefined, date: string | undefined): NodeRecord | undefined {
  // Without a paper or citation, the entry is the benchmark's: two such rows of one date are one entry.
  const of = typeof title === 'string' ? title : (cited ?? benchmark);
  return namedNode('Model', `unnamed entry of ${of}${date ? ` (${date})` : ''}`, SOURCE, { unnamed: true, entryDate: date ?? null });
}

function metricNode(metric: string, builder: BatchBuilder): EndpointRef | undefined {
  const node = namedNode('Metric', metric.trim(), SOURCE, { higherIsBetter: guessHigherIsBetter(metric) });
  return node ? builder.node(node) : undefined;
}

interface CodeLink {
  url: string;
  official?: boolean;
}

/** `code_links` or `model_links` as objects `{title, url}` (a code link's title says "Official" or "Replicated") or as bare URLs. */
function links(row: Fields, field: string, what: string): CodeLink[] {
  return row.list(field).flatMap((link, i): CodeLink[] => {
    if (typeof link === 'string') return link.trim() ? [{ url: link.trim() }] : [];
    if (link === null) return [];
    if (typeof link !== 'object' || Array.isArray(link)) row.context.fail(`${what} ${i + 1} must be a URL or an object with "url"`);
    const { url, title } = link as { url?: unknown; title?: unknown };
    if (typeof url !== 'string') return [];
    const official = typeof title === 'string' ? officialFromTitle(title) : undefined;
    return [{ url, ...(official === undefined ? {} : { official }) }];
  });
}

function urlsOrNull(found: CodeLink[]): string[] | null {
  return found.length > 0 ? found.map((link) => link.url) : null;
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
