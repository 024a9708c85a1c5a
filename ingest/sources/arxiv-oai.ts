import type { PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { arxivDocument, nameFromParts, splitAuthorList, type ArxivRecord } from './arxiv-record.js';
import { childElement, childElements, childText, localName, readXmlElements, type XmlElement } from './xml-elements.js';
import type { ReadOptions, SourceFormat } from './source-format.js';
import { unlessInvalid } from './unless-invalid.js';

/**
 * OAI-PMH responses of arXiv (`ListRecords` / `GetRecord`, metadataPrefix `arXiv` or
 * `arXivRaw`): each `<record>` holds a `<header>` and a `<metadata>` with one `<arXiv>`
 * (authors as keyname and forenames, `created` date) or `<arXivRaw>` (authors as one string,
 * `<version>` elements with RFC 2822 dates). Deleted records (header status="deleted") carry no
 * metadata and are passed by.
 */
export const SOURCE = 'arxiv-oai';

export async function* readArxivOai(file: string, options: ReadOptions = {}): AsyncGenerator<PaperDocument> {
  let count = 0;
  let records = 0;
  for await (const { element } of readXmlElements(file, (name) => localName(name) === 'record')) {
    records += 1;
    if (childElement(element, 'header')?.attributes.status === 'deleted') continue;
    const document = unlessInvalid(options, () => recordDocument(file, element, records));
    if (document === undefined) continue;
    count += 1;
    yield document;
  }
  if (count === 0 && !options.onInvalid) throw new InputError({ file, line: 1 }, records === 0 ? 'no OAI-PMH <record> elements found' : 'every record is deleted: no papers');
}

function recordDocument(file: string, record: XmlElement, number: number): PaperDocument {
  const fail = (reason: string): never => {
    throw new InputError({ file, line: record.line }, `record ${number}: ${reason}`);
  };
  const metadata = childElement(record, 'metadata') ?? fail('no <metadata>');
  const body = childElement(metadata!, 'arXiv') ?? childElement(metadata!, 'arXivRaw') ?? fail('<metadata> holds neither <arXiv> nor <arXivRaw>');
  const raw = localName(body!.name) === 'arXivRaw';
  const id = childText(body!, 'id') ?? fail('no <id>');
  const fields: ArxivRecord = {
    id: id!,
    title: childText(body!, 'title') ?? fail(`paper ${id}: no <title>`),
    abstract: childText(body!, 'abstract') ?? '',
    authors: raw ? splitAuthorList(childText(body!, 'authors') ?? '') : structuredAuthors(body!),
    categories: (childText(body!, 'categories') ?? '').split(/\s+/).filter(Boolean),
    firstVersionDate: raw ? firstVersionDate(body!) : childText(body!, 'created'),
    doi: childText(body!, 'doi'),
    journalRef: childText(body!, 'journal-ref'),
    comments: childText(body!, 'comments'),
    license: childText(body!, 'license'),
  };
  return arxivDocument(fields, SOURCE, { file, line: record.line }) ?? fail(`paper ${id}: title has no letters or digits to key it by`);
}

function structuredAuthors(body: XmlElement): string[] {
  const list = childElement(body, 'authors');
  if (!list) return [];
  return childElements(list, 'author')
    .map((author) => nameFromParts(childText(author, 'keyname') ?? '', childText(author, 'forenames'), childText(author, 'suffix')))
    .filter((name) => name !== '');
}

/** The date of version v1 (the lowest-numbered one listed). */
function firstVersionDate(body: XmlElement): string | undefined {
  const versions = childElements(body, 'version').map((version) => ({ n: Number(/\d+/.exec(version.attributes.version ?? '')?.[0] ?? Infinity), date: childText(version, 'date') }));
  versions.sort((a, b) => a.n - b.n);
  return versions[0]?.date ?? undefined;
}

export const arxivOaiFormat: SourceFormat = {
  name: SOURCE,
  description: 'arXiv OAI-PMH XML (metadataPrefix arXiv or arXivRaw): one paper per <record>',
  yields: ['document'],
  detect: (head) => /<(\w+:)?OAI-PMH[\s>]/.test(head.slice(0, 4096)) && /<(\w+:)?(arXiv|arXivRaw)[\s>]|metadataPrefix="arXiv(Raw)?"/.test(head),
  async *read(file, options) {
    for await (const document of readArxivOai(file, options)) yield { kind: 'document', document };
  },
};
