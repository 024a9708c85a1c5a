import { NODE_LABELS, type EntityLabel, type NodeLabel } from '../../core/labels.js';

/**
 * A property a row's query left out because the request did not ask for it (see `nodeMap`):
 * the GraphQL field of that property loads the whole node by key instead (src/api/node-properties.ts).
 */
export const NOT_READ: unique symbol = Symbol('not read');
export type NotRead = typeof NOT_READ;

/**
 * The node properties read only where a request asks for them: all but a node's key and the
 * name it is shown by. Some can be long (a paper's abstract, a popular method's aliases ran to
 * tens of KB at 576k papers); the rest are short, but each costs Neo4j a property read and the
 * server a decoded value per row, and a page of a hub's papers with their methods reads
 * hundreds of rows (requests/s of that shape rose by a fifth in Neo4j with only the asked ones).
 */
export const OPTIONAL_PROPERTIES = [
  'abstract',
  'url',
  'urlAbs',
  'urlPdf',
  'publishedAt',
  'year',
  'aliases',
  'description',
  'fullName',
  'sources',
  'introducedYear',
  'metrics',
  'modalities',
  'languages',
  'parentDataset',
  'parentTask',
  'higherIsBetter',
] as const;
export type OptionalProperty = (typeof OPTIONAL_PROPERTIES)[number];

/**
 * What a statement that does not see the request's selection reads (a leaderboard's rows, search
 * hits, paths): every optional property but the long ones.
 */
export const READ_WITHOUT_SELECTION: readonly OptionalProperty[] = OPTIONAL_PROPERTIES.filter((property) => !['abstract', 'aliases', 'description'].includes(property));

/**
 * What the API reads from a node. Every query projects nodes the same way (`nodeMap`), so any
 * node row can be told apart by `label`, whichever query brought it.
 */
export interface PaperRow {
  label: 'Paper';
  id: string;
  title: string;
  abstract: string | null | NotRead;
  arxivId: string | null;
  url: string | null | NotRead;
  /** The abstract page and the PDF, where a dump gave them. */
  urlAbs: string | null | NotRead;
  urlPdf: string | null | NotRead;
  publishedAt: string | null | NotRead;
  year: number | null | NotRead;
  sources: string[] | NotRead;
}

export interface AuthorRow {
  label: 'Author';
  id: string;
  name: string;
  orcid: string | null;
  anthologyId: string | null;
  identifiedBy: string | null;
  sources: string[];
}

export interface VenueRow {
  label: 'Venue';
  id: string;
  name: string;
  sources: string[];
}

/** A node of the methods taxonomy: a collection of methods, or the area collections belong to. */
export interface TaxonomyRow {
  label: 'Collection' | 'Area';
  id: string;
  name: string;
  description: string | null | NotRead;
  sources: string[];
}

export interface RepoRow {
  label: 'Repo';
  id: string;
  url: string;
  host: string;
  owner: string;
  name: string;
  sources: string[];
}

export interface EntityRow {
  label: EntityLabel;
  id: string;
  name: string;
  aliases: string[] | NotRead;
  fullName: string | null | NotRead;
  description: string | null | NotRead;
  sources: string[] | NotRead;
  /** Metric only: whether a larger value ranks higher (null when no source said). */
  higherIsBetter: boolean | null | NotRead;
  /** Benchmark only: the metric columns its leaderboard lists. */
  metrics: string[] | NotRead;
  /** Task only: the parent task's key, where a source nested tasks. */
  parentTask: string | null | NotRead;
  /** Dataset only: what the Papers with Code datasets dump says of it. */
  modalities: string[] | NotRead;
  languages: string[] | NotRead;
  /** Dataset only: the parent dataset's key, where the dump names one. */
  parentDataset: string | null | NotRead;
  /** Method or Model only: the year the methods dump says it was introduced. */
  introducedYear: number | null | NotRead;
}

export type NodeRow = PaperRow | RepoRow | AuthorRow | VenueRow | TaxonomyRow | EntityRow;

/**
 * The row of a node of one of the labels `L`: `RowOf<'Paper'>` is a PaperRow, `RowOf<'Method'>`
 * an EntityRow whose label is 'Method'. Queries that match given labels return these, so each
 * GraphQL type gets rows of its own label without a cast.
 */
export type RowOf<L extends NodeLabel> = NodeRow & { label: L };

/**
 * The one node projection: the label and the properties `toNodeRow` reads of it, the optional
 * ones only where in `read`. A property the map does not name is absent from the row the
 * driver returns, which `toNodeRow` takes as not read (`NOT_READ`); one it names that the node
 * lacks comes back null. `variable` is a fixed name in our Cypher. Nothing else is read: `.*`
 * read a paper's abstract, a hub's stored lists (its leaderboard, SOTA history and evaluation
 * groups: hundreds of keys) and the name keys (thousands of characters for a popular method at
 * 576k papers) only to blank them; at 576k papers that was more than half of a nested3
 * statement's time.
 */
export function nodeMap(variable: string, read: readonly OptionalProperty[] = READ_WITHOUT_SELECTION, labels: readonly NodeLabel[] = NODE_LABELS): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(variable)) throw new Error(`not a Cypher variable: ${variable}`);
  // Labels that show different properties share one projection of all of them (null where a
  // node lacks one): a CASE on the label with a projection per label cost Neo4j more than the
  // nulls (a SOTA history's requests/s fell 10-20% at 576k papers with its benchmark under one).
  const union = <T>(lists: ReadonlyArray<readonly T[]>): T[] => [...new Set(lists.flat())];
  const optional = union(labels.map((label) => OPTIONAL_BY_LABEL[label]));
  const shown = union([...labels.map((label) => ROW_PROPERTIES[label]), optional.filter((property) => read.includes(property))]);
  return `${variable} {label: head(labels(${variable}))${shown.map((property) => `, .${property}`).join('')}}`;
}

/** What `toNodeRow` always reads of a node of each label: its key and what shows it (test/integration/node-projection.test.ts holds them to it). */
const ROW_PROPERTIES: Record<NodeLabel, readonly string[]> = {
  // A paper without a title is shown by its arXiv id.
  Paper: ['id', 'title', 'arxivId'],
  Method: ['id', 'name'],
  Model: ['id', 'name'],
  Benchmark: ['id', 'name'],
  Dataset: ['id', 'name'],
  Task: ['id', 'name'],
  Metric: ['id', 'name'],
  Repo: ['id', 'url', 'host', 'owner', 'name', 'sources'],
  Author: ['id', 'name', 'orcid', 'anthologyId', 'identifiedBy', 'sources'],
  Venue: ['id', 'name', 'sources'],
  Collection: ['id', 'name', 'sources'],
  Area: ['id', 'name', 'sources'],
};

/** The optional properties `toNodeRow` reads of a node of each label, where asked. */
const ENTITY_OPTIONAL: readonly OptionalProperty[] = ['fullName', 'sources', 'aliases', 'description'];
const OPTIONAL_BY_LABEL: Record<NodeLabel, readonly OptionalProperty[]> = {
  Paper: ['url', 'urlAbs', 'urlPdf', 'publishedAt', 'year', 'sources', 'abstract'],
  Method: [...ENTITY_OPTIONAL, 'introducedYear'],
  Model: [...ENTITY_OPTIONAL, 'introducedYear'],
  Benchmark: [...ENTITY_OPTIONAL, 'metrics'],
  Dataset: [...ENTITY_OPTIONAL, 'modalities', 'languages', 'parentDataset'],
  Task: [...ENTITY_OPTIONAL, 'parentTask'],
  Metric: [...ENTITY_OPTIONAL, 'higherIsBetter'],
  Repo: [],
  Author: [],
  Venue: [],
  Collection: ['description'],
  Area: ['description'],
};

/** The projection of a whole node: every optional property read (the node loader's, which the fallback reads). */
export function wholeNodeMap(variable: string): string {
  return nodeMap(variable, OPTIONAL_PROPERTIES);
}

type Raw = Record<string, unknown>;

/** A paper known only by a leaderboard's arXiv link is shown by that id, not by its key. */
function untitledPaperTitle(raw: Raw): string {
  const arxivId = text(raw.arxivId);
  return arxivId ? `arXiv:${arxivId}` : String(raw.id);
}

/** A projected node as the API's row type: missing properties as null or [], those the projection left out as NOT_READ. */
export function toNodeRow(raw: Raw): NodeRow {
  const label = raw.label as NodeLabel;
  if (label === 'Paper') {
    return {
      label,
      id: String(raw.id),
      title: text(raw.title) ?? untitledPaperTitle(raw),
      abstract: optionalText(raw, 'abstract'),
      arxivId: text(raw.arxivId),
      url: optionalText(raw, 'url'),
      urlAbs: optionalText(raw, 'urlAbs'),
      urlPdf: optionalText(raw, 'urlPdf'),
      publishedAt: optionalText(raw, 'publishedAt'),
      year: optionalInteger(raw, 'year'),
      sources: optionalList(raw, 'sources'),
    };
  }
  if (label === 'Author') {
    return {
      label,
      id: String(raw.id),
      name: text(raw.name) ?? String(raw.id),
      orcid: text(raw.orcid),
      anthologyId: text(raw.anthologyId),
      identifiedBy: text(raw.identifiedBy),
      sources: list(raw.sources),
    };
  }
  if (label === 'Venue') return { label, id: String(raw.id), name: text(raw.name) ?? String(raw.id), sources: list(raw.sources) };
  if (label === 'Collection' || label === 'Area') {
    return { label, id: String(raw.id), name: text(raw.name) ?? String(raw.id), description: optionalText(raw, 'description'), sources: list(raw.sources) };
  }
  if (label === 'Repo') {
    return {
      label,
      id: String(raw.id),
      url: text(raw.url) ?? String(raw.id),
      host: text(raw.host) ?? '',
      owner: text(raw.owner) ?? '',
      name: text(raw.name) ?? '',
      sources: list(raw.sources),
    };
  }
  return {
    label,
    id: String(raw.id),
    name: text(raw.name) ?? String(raw.id),
    aliases: optionalList(raw, 'aliases'),
    fullName: optionalText(raw, 'fullName'),
    description: optionalText(raw, 'description'),
    sources: optionalList(raw, 'sources'),
    higherIsBetter: 'higherIsBetter' in raw ? (typeof raw.higherIsBetter === 'boolean' ? raw.higherIsBetter : null) : NOT_READ,
    metrics: optionalList(raw, 'metrics'),
    parentTask: optionalText(raw, 'parentTask'),
    modalities: optionalList(raw, 'modalities'),
    languages: optionalList(raw, 'languages'),
    parentDataset: optionalText(raw, 'parentDataset'),
    introducedYear: optionalInteger(raw, 'introducedYear'),
  };
}

export function hasLabel<L extends NodeLabel>(row: NodeRow, labels: readonly L[]): row is RowOf<L> {
  return labels.some((label) => label === row.label);
}

/**
 * A projected node that the query matched with one of `labels`, as the row of that label; a
 * node of another label would mean the query and its caller disagree, a bug to report.
 */
export function toRowOf<L extends NodeLabel>(raw: unknown, labels: readonly L[]): RowOf<L> {
  const row = isProjection(raw) ? toNodeRow(raw) : undefined;
  if (row === undefined || !hasLabel(row, labels)) throw new Error(`expected a ${labels.join(' or ')} node, got ${row?.label ?? String(raw)}`);
  return row;
}

/** The same, or null where an OPTIONAL MATCH found nothing (null, or a map of nulls without an id). */
export function toRowOfOrNull<L extends NodeLabel>(raw: unknown, labels: readonly L[]): RowOf<L> | null {
  return isProjection(raw) && Boolean(raw.id) ? toRowOf(raw, labels) : null;
}

function isProjection(raw: unknown): raw is Raw {
  return typeof raw === 'object' && raw !== null;
}

// An optional property: converted where the projection named it, NOT_READ where it left it out.
function optionalText(raw: Raw, property: OptionalProperty): string | null | NotRead {
  return property in raw ? text(raw[property]) : NOT_READ;
}

function optionalList(raw: Raw, property: OptionalProperty): string[] | NotRead {
  return property in raw ? list(raw[property]) : NOT_READ;
}

function optionalInteger(raw: Raw, property: OptionalProperty): number | null | NotRead {
  return property in raw ? integer(raw[property]) : NOT_READ;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

// The driver returns integers as numbers (disableLosslessIntegers).
function integer(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
