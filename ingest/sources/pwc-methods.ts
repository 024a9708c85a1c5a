import type { EndpointRef } from '../../core/graph-records.js';
import { BatchBuilder } from './pwc-batch.js';
import { firstRecordKeys } from './pwc-detect.js';
import type { Fields } from './pwc-fields.js';
import { readPwcDump } from './pwc-read.js';
import { knownName, namedNode, paperNode, repoNode } from './pwc-records.js';
import type { ReadOptions, SourceFormat, SourceItem } from './source-format.js';
import { spamSign } from './spam-text.js';
import { addToCollection, collectionEntries } from './pwc-taxonomy.js';

/**
 * Papers with Code methods.json(.gz): Method nodes `method:${slug(name)}` (the short name,
 * "ResNet", with the full name as an alias; the lexicon's canonical name and label when it
 * knows the method) with `introducedYear`, (Paper)-[:PROPOSES]->(Method) for the paper that
 * introduced it, (Method)-[:IMPLEMENTED_IN]->(Repo) where its source or code snippet is a
 * repository, and its collections and their areas as the taxonomy (pwc-taxonomy.ts).
 */
export const SOURCE = 'pwc-methods';

export function* methodItems(record: Fields): Generator<SourceItem> {
  const fullName = record.text('full_name');
  const name = record.text('name') ?? fullName;
  if (!name) record.context.fail('fields "name" and "full_name" are both missing or empty');
  // Call-centre spam is known to fill thousands of entries of the real dump: counted, never a node.
  if (spamSign(name, fullName, record.text('description'))) {
    yield { kind: 'passed-over', what: 'spam methods', file: record.context.file, record: record.context.record };
    return;
  }
  const collections = collectionEntries(record, 'collections');
  // The lexicon may know the name as a Model ("BERT"): then it is that node, not a second one.
  const known = knownName(name, ['Method', 'Model']) ?? (fullName ? knownName(fullName, ['Method', 'Model']) : undefined);
  const method = namedNode(
    (known?.label as 'Method' | 'Model' | undefined) ?? 'Method',
    known?.name ?? name,
    SOURCE,
    {
      fullName: fullName ?? null,
      description: record.text('description') ?? null,
      introducedYear: record.number('introduced_year') ?? null,
      numPapers: record.number('num_papers') ?? null,
      pwcUrl: record.text('url') ?? null,
      sourceUrl: record.text('source_url') ?? null,
      codeSnippetUrl: record.text('code_snippet_url') ?? null,
      collections: [...new Set(collections.map((collection) => collection.name))],
    },
    [name, ...(fullName ? [fullName] : []), ...(known?.aliases ?? [])],
  );
  if (!method) return;

  const builder = new BatchBuilder();
  const methodRef = builder.node(method);
  for (const collection of collections) addToCollection(builder, methodRef, collection, SOURCE);
  const paper = introducingPaper(record);
  if (paper) builder.edge({ type: 'PROPOSES', from: paper(builder), to: methodRef, key: '', props: { source: SOURCE } });
  for (const url of [record.text('source_url'), record.text('code_snippet_url')]) {
    const repo = repoNode(url, SOURCE);
    if (repo) builder.edge({ type: 'IMPLEMENTED_IN', from: methodRef, to: builder.node(repo), key: '', props: { source: SOURCE, url: url! } });
  }
  yield { kind: 'records', batch: builder.take()! };
}

/** `paper` as `{title, url}` or as a bare title; null for methods without one. */
function introducingPaper(record: Fields): ((builder: BatchBuilder) => EndpointRef) | undefined {
  const nested = typeof record.value('paper') === 'string' ? undefined : record.object('paper');
  const title = nested ? nested.text('title') : record.text('paper');
  const node = paperNode({ title, url: nested?.text('url') }, SOURCE);
  return node ? (builder) => builder.node(node) : undefined;
}

export async function* readPwcMethods(file: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  yield* readPwcDump(file, options, methodItems);
}

export const pwcMethodsFormat: SourceFormat = {
  name: 'pwc-methods',
  description: 'Papers with Code methods.json(.gz): methods with full names, descriptions and introducing papers',
  yields: ['records'],
  detect: (head) => {
    const keys = firstRecordKeys(head);
    return keys.has('name') && ['collections', 'introduced_year', 'code_snippet_url', 'source_url'].some((key) => keys.has(key));
  },
  read: (file, options) => readPwcMethods(file, options),
};
