import type { EntityLabel, NodeLabel } from '../../core/labels.js';

/**
 * What the API reads from a node. Every query projects nodes the same way (`nodeMap`), so any
 * node row can be told apart by `label`, whichever query brought it.
 */
export interface PaperRow {
  label: 'Paper';
  id: string;
  title: string;
  abstract: string | null;
  arxivId: string | null;
  url: string | null;
  publishedAt: string | null;
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
  aliases: string[];
  fullName: string | null;
  description: string | null;
  sources: string[];
  /** Metric only: whether a larger value ranks higher (null when no source said). */
  higherIsBetter: boolean | null;
  /** Benchmark only: the metric columns its leaderboard lists. */
  metrics: string[];
  /** Task only: the parent task's key, where a source nested tasks. */
  parentTask: string | null;
}

export type NodeRow = PaperRow | RepoRow | EntityRow;

/** The one node projection: all properties and the label. `variable` is a fixed name in our Cypher. */
export function nodeMap(variable: string): string {
  if (!/^[a-z][a-zA-Z0-9]*$/.test(variable)) throw new Error(`not a Cypher variable: ${variable}`);
  return `${variable} {.*, label: head(labels(${variable}))}`;
}

type Raw = Record<string, unknown>;

/** A projected node as the API's row type, with missing properties as null or []. */
export function toNodeRow(raw: Raw): NodeRow {
  const label = raw.label as NodeLabel;
  if (label === 'Paper') {
    return {
      label,
      id: String(raw.id),
      title: text(raw.title) ?? String(raw.id),
      abstract: text(raw.abstract),
      arxivId: text(raw.arxivId),
      url: text(raw.url),
      publishedAt: text(raw.publishedAt),
      sources: list(raw.sources),
    };
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
    aliases: list(raw.aliases),
    fullName: text(raw.fullName),
    description: text(raw.description),
    sources: list(raw.sources),
    higherIsBetter: typeof raw.higherIsBetter === 'boolean' ? raw.higherIsBetter : null,
    metrics: list(raw.metrics),
    parentTask: text(raw.parentTask),
  };
}

export function toNodeRowOrNull(raw: unknown): NodeRow | null {
  return raw && typeof raw === 'object' ? toNodeRow(raw as Raw) : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function list(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}
