import { BatchBuilder } from './pwc-batch.js';
import { firstRecordKeys } from './pwc-detect.js';
import type { Fields } from './pwc-fields.js';
import { readPwcDump } from './pwc-read.js';
import { isoDate, knownName, namedNode, paperNode } from './pwc-records.js';
import type { ReadOptions, SourceFormat, SourceItem } from './source-format.js';

/**
 * Papers with Code datasets.json(.gz): Dataset nodes `dataset:${slug(name)}` with the full name
 * and variants as aliases (and `variants` as the dump lists them), modalities, languages and
 * tasks, (Paper)-[:PROPOSES]->(Dataset) for the introducing paper, and
 * (Dataset)-[:PART_OF]->(Dataset) to its `parent_dataset` (also kept as `parentDataset`, the key).
 *
 * The tasks a dataset serves are kept as a property: the graph model links tasks to
 * benchmarks, and a dataset's task list says what it could be used for, not that anyone
 * evaluated on it; inventing a Benchmark per (dataset, task) would put empty leaderboards in
 * the graph.
 */
export const SOURCE = 'pwc-datasets';

export function* datasetItems(record: Fields): Generator<SourceItem> {
  const fullName = record.text('full_name');
  const name = record.text('name') ?? fullName;
  if (!name) record.context.fail('fields "name" and "full_name" are both missing or empty');
  const known = knownName(name, ['Dataset', 'Benchmark']);
  const dataset = namedNode(
    'Dataset',
    known?.name ?? name,
    SOURCE,
    {
      fullName: fullName ?? null,
      description: record.text('description') ?? null,
      homepage: record.text('homepage') ?? null,
      introducedDate: isoDate(record.text('introduced_date')) ?? null,
      modalities: record.texts('modalities'),
      languages: record.texts('languages'),
      tasks: record.names('tasks', 'task', 'task'),
      variants: record.texts('variants'),
      numPapers: record.number('num_papers') ?? null,
      pwcUrl: record.text('url') ?? null,
    },
    [name, ...(fullName ? [fullName] : []), ...record.texts('variants'), ...(known?.aliases ?? [])],
  );
  if (!dataset) return;

  const builder = new BatchBuilder();
  const datasetRef = builder.node(dataset);
  const nested = typeof record.value('paper') === 'string' ? undefined : record.object('paper');
  const paper = paperNode({ title: nested ? nested.text('title') : record.text('paper'), url: nested?.text('url') }, SOURCE);
  if (paper) builder.edge({ type: 'PROPOSES', from: builder.node(paper), to: datasetRef, key: '', props: { source: SOURCE } });
  const parent = parentDataset(record);
  if (parent && parent.id !== dataset.id) {
    builder.node({ ...dataset, props: { ...dataset.props, parentDataset: parent.id } });
    builder.edge({ type: 'PART_OF', from: datasetRef, to: builder.node(parent), key: '', props: { source: SOURCE } });
  }
  yield { kind: 'records', batch: builder.take()! };
}

/**
 * `parent_dataset`: the dataset this one is a part or version of, by name, as a bare name or an
 * object `{name, url}`; the parent is a Dataset node of that name (the one its own record makes).
 */
function parentDataset(record: Fields) {
  const raw = record.value('parent_dataset');
  const nested = raw === null || raw === undefined || typeof raw === 'string' ? undefined : record.object('parent_dataset');
  const name = nested ? (nested.text('name') ?? nested.text('dataset') ?? nested.text('full_name')) : record.text('parent_dataset');
  if (!name) return undefined;
  const known = knownName(name, ['Dataset', 'Benchmark']);
  return namedNode('Dataset', known?.name ?? name, SOURCE, {}, [name, ...(known?.aliases ?? [])]);
}

export async function* readPwcDatasets(file: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  yield* readPwcDump(file, options, datasetItems);
}

export const pwcDatasetsFormat: SourceFormat = {
  name: 'pwc-datasets',
  description: 'Papers with Code datasets.json(.gz): datasets with full names, variants, modalities and tasks',
  yields: ['records'],
  detect: (head) => {
    const keys = firstRecordKeys(head);
    return keys.has('name') && ['modalities', 'variants', 'homepage', 'introduced_date', 'data_loaders'].some((key) => keys.has(key));
  },
  read: (file, options) => readPwcDatasets(file, options),
};
