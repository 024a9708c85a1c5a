import type { DocumentAuthor, PaperDocument } from '../document.js';
import { InputError } from '../input-error.js';
import { paperId } from '../../core/paper-id.js';
import { childElement, childElements, childText, readXmlElements, textOf, type XmlAncestor, type XmlElement } from './xml-elements.js';
import type { ReadOptions, SourceFormat } from './source-format.js';

/**
 * ACL Anthology volume files (`data/xml/<collection>.xml` of the anthology's repository):
 * `<collection id>` > `<volume id>` > `<meta>` (booktitle, venue, year, month) then `<paper id>`
 * elements (title, authors in order, abstract, pages, url, doi). Each paper is one document,
 * read as soon as its element closes.
 */
export const SOURCE = 'acl-anthology';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

interface VolumeMeta {
  /** `<collection id>-<volume id>`, the key the volume's papers are numbered under. */
  volumeKey: string;
  booktitle?: string;
  venue?: string;
  year?: number;
  month?: string;
  /** The `<meta>`'s line, to name in errors about it. */
  line: number;
}

export async function* readAclAnthology(file: string, options: ReadOptions = {}): AsyncGenerator<PaperDocument> {
  let meta: VolumeMeta | undefined;
  let count = 0;
  const capture = (name: string, ancestors: readonly XmlAncestor[]) => (name === 'meta' || name === 'paper') && ancestors.at(-1)?.name === 'volume';
  for await (const { element, ancestors } of readXmlElements(file, capture)) {
    const volumeKey = volumeKeyOf(file, ancestors);
    try {
      if (element.name === 'meta') {
        meta = volumeMeta(file, element, volumeKey);
        continue;
      }
      if (meta?.volumeKey !== volumeKey) throw new InputError({ file, line: element.line }, `paper in volume ${volumeKey} before the volume's <meta>`);
      const document = paperDocument(file, element, meta);
      count += 1;
      yield document;
    } catch (error) {
      if (!(error instanceof InputError) || !options.onInvalid || element.name === 'meta') throw error;
      options.onInvalid(error);
    }
  }
  if (count === 0 && !options.onInvalid) throw new InputError({ file, line: 1 }, 'no <paper> elements found in any <volume>');
}

function volumeKeyOf(file: string, ancestors: readonly XmlAncestor[]): string {
  const volume = ancestors.at(-1)!;
  const collection = ancestors.at(-2);
  const collectionId = collection?.name === 'collection' ? collection.attributes.id : undefined;
  if (!collectionId) throw new InputError({ file, line: collection?.line ?? volume.line }, '<volume> outside a <collection id="...">');
  if (!volume.attributes.id) throw new InputError({ file, line: volume.line }, '<volume> without an id');
  return `${collectionId}-${volume.attributes.id}`;
}

function volumeMeta(file: string, element: XmlElement, volumeKey: string): VolumeMeta {
  const yearText = childText(element, 'year');
  const year = yearText === undefined ? undefined : Number(yearText);
  if (year !== undefined && !(Number.isInteger(year) && year > 1900 && year < 2200)) {
    throw new InputError({ file, line: element.line }, `volume ${volumeKey}: <year> is not a year: ${JSON.stringify(yearText)}`);
  }
  return {
    volumeKey,
    booktitle: childText(element, 'booktitle'),
    // A workshop volume lists "ws" beside the venues it belongs to; the specific one names it.
    venue: childElements(element, 'venue').map(textOf).find((venue) => venue && venue !== 'ws') ?? childText(element, 'venue'),
    year,
    month: childText(element, 'month'),
    line: element.line,
  };
}

function paperDocument(file: string, element: XmlElement, meta: VolumeMeta): PaperDocument {
  const paperNumber = element.attributes.id;
  // New-style ids are `<collection>-<volume>.<paper>`; old-style volumes state theirs in <url>.
  const anthologyId = childText(element, 'url') ?? (paperNumber ? `${meta.volumeKey}.${paperNumber}` : undefined);
  const fail = (reason: string): never => {
    throw new InputError({ file, line: element.line }, `paper ${anthologyId ?? '(no id)'}: ${reason}`);
  };
  if (!anthologyId) fail('<paper> without an id or <url>');
  const title = textOf(childElement(element, 'title'));
  if (!title) fail('<title> is missing or empty');
  const id = paperId(title);
  if (id === paperId('')) fail(`title has no letters or digits to key it by: ${JSON.stringify(title)}`);
  const authors = childElements(element, 'author').map((author, i) => authorOf(author, i + 1, fail));
  return {
    id,
    title,
    abstract: textOf(childElement(element, 'abstract')),
    url: `https://aclanthology.org/${anthologyId}/`,
    ...(meta.year ? { publishedAt: isoMonth(meta.year, meta.month) } : {}),
    authors,
    ...(meta.venue ? { venue: { name: meta.venue.toUpperCase(), ...(meta.year ? { year: meta.year } : {}) } } : {}),
    properties: {
      anthologyId: anthologyId!,
      doi: childText(element, 'doi') ?? null,
      pages: childText(element, 'pages') ?? null,
      proceeding: meta.booktitle ?? null,
      month: meta.month ?? null,
    },
    source: SOURCE,
    location: { file, line: element.line },
  };
}

function authorOf(author: XmlElement, position: number, fail: (reason: string) => never): DocumentAuthor {
  const name = [childText(author, 'first'), childText(author, 'last')].filter(Boolean).join(' ');
  if (!name) fail(`author ${position} has no <first> or <last> name`);
  const { id, orcid } = author.attributes;
  const ids = { ...(orcid ? { orcid } : {}), ...(id ? { anthology: id } : {}) };
  return { name, position, ...(Object.keys(ids).length > 0 ? { ids } : {}) };
}

/** `2024-08` from year and month name; the year alone when the month is absent or unknown. */
function isoMonth(year: number, month: string | undefined): string {
  const index = month ? MONTHS.indexOf(month.toLowerCase().split(/[-–\s]/)[0]!) : -1;
  return index < 0 ? String(year) : `${year}-${String(index + 1).padStart(2, '0')}`;
}

export const aclAnthologyFormat: SourceFormat = {
  name: SOURCE,
  description: 'ACL Anthology volume XML (data/xml/<collection>.xml): papers with authors, venue, year, abstract',
  yields: ['document'],
  detect: (head) => /^\s*(<\?xml[^>]*\?>\s*)?(<!--[\s\S]*?-->\s*)*<collection\s+id=/.test(head),
  async *read(file, options) {
    for await (const document of readAclAnthology(file, options)) yield { kind: 'document', document };
  },
};
