import type { PaperDocument } from '../document.js';
import { BatchBuilder } from './pwc-batch.js';
import { firstRecordKeys } from './pwc-detect.js';
import { Fields } from './pwc-fields.js';
import { readPwcDump } from './pwc-read.js';
import { pwcVenue } from './pwc-venue.js';
import { addToCollection, mainCollection } from './pwc-taxonomy.js';
import { spamSign } from './spam-text.js';
import { arxivIdFromUrl, isoDate, knownName, namedNode, normalizeArxivId, paperNode } from './pwc-records.js';
import type { ReadOptions, SourceFormat, SourceItem } from './source-format.js';

/**
 * Papers with Code papers-with-abstracts.json(.gz). Each paper becomes a document, so its
 * abstract still goes through text extraction, plus the records the dump states outright:
 * (Paper)-[:ADDRESSES]->(Task) for its tasks, (Paper)-[:USES {source}]->(Method) for its
 * methods (told apart from text-derived MENTIONS), each method's `main_collection` in the
 * taxonomy (pwc-taxonomy.ts), and the paper properties a document cannot carry (urlAbs,
 * urlPdf, proceeding, conference). Its authors and venue (from `proceeding` or `conference`)
 * become Author and Venue nodes through the document.
 */
export const SOURCE = 'pwc-papers';

export function* paperItems(record: Fields): Generator<SourceItem> {
  const title = record.text('title');
  if (!title) record.context.fail('field "title" is missing or empty');
  const urlAbs = record.text('url_abs');
  const pwcUrl = record.text('paper_url');
  const arxivId = normalizeArxivId(record.text('arxiv_id')) ?? arxivIdFromUrl(urlAbs);
  const publishedAt = isoDate(record.text('date'));
  const paper = paperNode(
    {
      title,
      url: urlAbs ?? pwcUrl,
      arxivId,
      publishedAt,
      props: {
        urlAbs: urlAbs ?? null,
        urlPdf: record.text('url_pdf') ?? null,
        pwcUrl: pwcUrl ?? null,
        proceeding: record.text('proceeding') ?? null,
        conference: record.text('conference') ?? null,
        authors: record.texts('authors'),
      },
    },
    SOURCE,
  );
  // A title with nothing to slug (no Latin letters or digits) gives no paper id to hang records on.
  if (!paper) return;

  const venue = pwcVenue(record.text('proceeding'), record.text('conference'));
  const authors = record.texts('authors').map((name, i) => ({ name, position: i + 1 }));
  const document: PaperDocument = {
    id: paper.id,
    title: paper.props.title as string,
    abstract: record.text('abstract') ?? '',
    ...(arxivId ? { arxivId } : {}),
    ...(paper.props.url ? { url: paper.props.url as string } : {}),
    ...(publishedAt ? { publishedAt } : {}),
    ...(authors.length > 0 ? { authors } : {}),
    ...(venue ? { venue } : {}),
    source: SOURCE,
    location: { file: record.context.file, line: record.context.record },
  };
  yield { kind: 'document', document };

  const builder = new BatchBuilder();
  const paperRef = builder.node(paper);
  for (const task of record.texts('tasks')) {
    const node = namedNode('Task', knownName(task, ['Task'])?.name ?? task, SOURCE, {}, [task]);
    if (node) builder.edge({ type: 'ADDRESSES', from: paperRef, to: builder.node(node), key: '', props: { source: SOURCE } });
  }
  for (const [i, method] of record.list('methods').entries()) {
    const fields = method === null || typeof method === 'string' ? undefined : Fields.of(method, record.context.within(`method ${i + 1}`), 'a method object or name');
    const names = methodNames(method, fields);
    if (!names) continue;
    // Spam from the methods dump reaches the papers' lists too: counted like there, never a node.
    if (spamSign(names.name, names.fullName, fields?.text('description'))) {
      yield { kind: 'passed-over', what: 'spam method mentions', file: record.context.file, record: record.context.record };
      continue;
    }
    const node = methodNode(names, fields);
    if (!node) continue;
    const methodRef = builder.node(node);
    builder.edge({ type: 'USES', from: paperRef, to: methodRef, key: '', props: { source: SOURCE } });
    const collection = fields ? mainCollection(fields) : undefined;
    if (collection) addToCollection(builder, methodRef, collection, SOURCE);
  }
  const batch = builder.take();
  if (batch) yield { kind: 'records', batch };
}

/** The names of a method given as `{name, full_name, description}` (`fields`) or as a bare name. */
function methodNames(method: unknown, fields: Fields | undefined): { name: string; fullName: string | undefined } | undefined {
  if (method === null) return undefined;
  const fullName = fields?.text('full_name');
  const name = fields ? (fields.text('name') ?? fullName) : typeof method === 'string' ? method.trim() : undefined;
  return name ? { name, fullName } : undefined;
}

function methodNode({ name, fullName }: { name: string; fullName: string | undefined }, fields: Fields | undefined) {
  // Same naming as pwc-methods, so a method mentioned here is the node that dump describes.
  const known = knownName(name, ['Method', 'Model']) ?? (fullName ? knownName(fullName, ['Method', 'Model']) : undefined);
  return namedNode(
    (known?.label as 'Method' | 'Model' | undefined) ?? 'Method',
    known?.name ?? name,
    SOURCE,
    // Not its introduced_year: the papers dump fills 2000 where it has none, which the merge (larger wins) would keep.
    { fullName: fullName ?? null, description: fields?.text('description') ?? null },
    [name, ...(fullName ? [fullName] : []), ...(known?.aliases ?? [])],
  );
}

export async function* readPwcPapers(file: string, options: ReadOptions = {}): AsyncGenerator<SourceItem> {
  yield* readPwcDump(file, options, paperItems);
}

export const pwcPapersFormat: SourceFormat = {
  name: 'pwc-papers',
  description: 'Papers with Code papers-with-abstracts.json(.gz): papers with abstracts, tasks and methods',
  yields: ['document', 'records'],
  detect: (head) => {
    const keys = firstRecordKeys(head);
    return keys.has('abstract') && (keys.has('title') || keys.has('paper_url')) && !keys.has('repo_url');
  },
  read: (file, options) => readPwcPapers(file, options),
};
