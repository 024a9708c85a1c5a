import { NODE_LABELS, type EntityLabel, type NodeLabel } from '../../core/labels.js';

/**
 * A property a row's query left out because the request did not ask for it (see `nodeMap`):
 * the GraphQL field of that property loads the whole node by key instead (src/api/node-properties.ts).
 */
export const NOT_READ: unique symbol = Symbol('not read');
export type NotRead = typeof NOT_READ;

/**
 * The node properties that can be long (a paper's abstract, a popular method's aliases ran to
 * tens of KB at 576k papers, descriptions from the dumps): read only where a request asks for
 * them, while every other property of a node is always read.
 */
export const OPTIONAL_PROPERTIES = ['abstract', 'aliases', 'description'] as const;
export type OptionalProperty = (typeof OPTIONAL_PROPERTIES)[number];

export function isOptionalProperty(name: string): name is OptionalProperty {
  return OPTIONAL_PROPERTIES.some((property) => property === name);
}

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
  url: string | null;
  /** The abstract page and the PDF, where a dump gave them. */
  urlAbs: string | null;
  urlPdf: string | null;
  publishedAt: string | null;
  year: number | null;
  sources: string[];
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
  fullName: string | null;
  description: string | null | NotRead;
  sources: string[];
  /** Metric only: whether a larger value ranks higher (null when no source said). */
  higherIsBetter: boolean | null;
  /** Benchmark only: the metric columns its leaderboard lists. */
  metrics: string[];
  /** Task only: the parent task's key, where a source nested tasks. */
  parentTask: string | null;
  /** Dataset only: what the Papers with Code datasets dump says of it. */
  modalities: string[];
  languages: string[];
  /** Dataset only: the parent dataset's key, where the dump names one. */
  parentDataset: string | null;
  /** Method or Model only: the year the methods dump says it was introduced. */
  introducedYear: number | null;
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
 * ones only where in `read` (the others are listed in `notRead`, so the row says what it left
 * out: `NOT_READ`). `variable` is a fixed name in our Cypher. Nothing else is read: `.*` read a
 * paper's abstract, a hub's stored lists (its leaderboard, SOTA history and evaluation groups:
 * hundreds of keys) and the name keys (thousands of characters for a popular method at 576k
 * papers) only to blank them; at 576k papers that was more than half of a nested3 statement's
 * time.
 */
export function nodeMap(variable: string, read: readonly OptionalProperty[] = [], labels: readonly NodeLabel[] = NODE_LABELS): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(variable)) throw new Error(`not a Cypher variable: ${variable}`);
  // Labels that show different properties share one projection of all of them (null where a
  // node lacks one): a CASE on the label with a projection per label cost Neo4j more than the
  // nulls (a SOTA history's requests/s fell 10-20% at 576k papers with its benchmark under one).
  const union = <T>(lists: ReadonlyArray<readonly T[]>): T[] => [...new Set(lists.flat())];
  const optional = union(labels.map((label) => OPTIONAL_BY_LABEL[label]));
  const shown = [...union(labels.map((label) => ROW_PROPERTIES[label])), ...optional.filter((property) => read.includes(property))];
  const left = optional.filter((property) => !read.includes(property));
  const notRead = left.length === 0 ? '' : `, notRead: [${left.map((property) => `'${property}'`).join(', ')}]`;
  return `${variable} {label: head(labels(${variable}))${shown.map((property) => `, .${property}`).join('')}${notRead}}`;
}

/** What `toNodeRow` reads of a node of each label, but the optional properties (test/integration/node-projection.test.ts holds them to it). */
const ENTITY_PROPERTIES = ['id', 'name', 'fullName', 'sources'];
const ROW_PROPERTIES: Record<NodeLabel, readonly string[]> = {
  Paper: ['id', 'title', 'arxivId', 'url', 'urlAbs', 'urlPdf', 'publishedAt', 'year', 'sources'],
  Method: [...ENTITY_PROPERTIES, 'introducedYear'],
  Model: [...ENTITY_PROPERTIES, 'introducedYear'],
  Benchmark: [...ENTITY_PROPERTIES, 'metrics'],
  Dataset: [...ENTITY_PROPERTIES, 'modalities', 'languages', 'parentDataset'],
  Task: [...ENTITY_PROPERTIES, 'parentTask'],
  Metric: [...ENTITY_PROPERTIES, 'higherIsBetter'],
  Repo: ['id', 'url', 'host', 'owner', 'name', 'sources'],
  Author: ['id', 'name', 'orcid', 'anthologyId', 'identifiedBy', 'sources'],
  Venue: ['id', 'name', 'sources'],
  Collection: ['id', 'name', 'sources'],
  Area: ['id', 'name', 'sources'],
};

/** The optional properties `toNodeRow` reads of a node of each label. */
const ENTITY_OPTIONAL: readonly OptionalProperty[] = ['aliases', 'description'];
const OPTIONAL_BY_LABEL: Record<NodeLabel, readonly OptionalProperty[]> = {
  Paper: ['abstract'],
  Method: ENTITY_OPTIONAL,
  Model: ENTITY_OPTIONAL,
  Benchmark: ENTITY_OPTIONAL,
  Dataset: ENTITY_OPTIONAL,
  Task: ENTITY_OPTIONAL,
  Metric: ENTITY_OPTIONAL,
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

/** A projected node as the API's row type, with missing properties as null or []. */
export function toNodeRow(raw: Raw): NodeRow {
  const label = raw.label as NodeLabel;
  const notRead = list(raw.notRead);
  const optional = <T>(property: OptionalProperty, value: T): T | NotRead => (notRead.includes(property) ? NOT_READ : value);
  if (label === 'Paper') {
    return {
      label,
      id: String(raw.id),
      title: text(raw.title) ?? untitledPaperTitle(raw),
      abstract: optional('abstract', text(raw.abstract)),
      arxivId: text(raw.arxivId),
      url: text(raw.url),
      urlAbs: text(raw.urlAbs),
      urlPdf: text(raw.urlPdf),
      publishedAt: text(raw.publishedAt),
      year: integer(raw.year),
      sources: list(raw.sources),
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
    return { label, id: String(raw.id), name: text(raw.name) ?? String(raw.id), description: optional('description', text(raw.description)), sources: list(raw.sources) };
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
    aliases: optional('aliases', list(raw.aliases)),
    fullName: text(raw.fullName),
    description: optional('description', text(raw.description)),
    sources: list(raw.sources),
    higherIsBetter: typeof raw.higherIsBetter === 'boolean' ? raw.higherIsBetter : null,
    metrics: list(raw.metrics),
    parentTask: text(raw.parentTask),
    modalities: list(raw.modalities),
    languages: list(raw.languages),
    parentDataset: text(raw.parentDataset),
    introducedYear: integer(raw.introducedYear),
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
