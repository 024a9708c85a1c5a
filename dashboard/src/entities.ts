/** What every panel selects about a node, so any of them can be labelled, coloured and linked. */
export const ENTITY_FRAGMENT = /* GraphQL */ `
  fragment Entity on Node {
    __typename
    id
    ... on Paper { key title }
    ... on Method { key name }
    ... on Model { key name }
    ... on Dataset { key name }
    ... on Benchmark { key name }
    ... on Task { key name }
    ... on Metric { key name }
    ... on Repo { key owner name }
  }
`;

export type EntityType = 'Paper' | 'Method' | 'Model' | 'Dataset' | 'Benchmark' | 'Task' | 'Metric' | 'Repo';

export interface EntityData {
  __typename: EntityType;
  id: string;
  key: string;
  name?: string;
  title?: string;
  owner?: string;
}

export interface Entity {
  type: EntityType;
  /** Relay global id, for `node(id:)`. */
  id: string;
  /** Canonical key, for the per-type root fields. */
  key: string;
  label: string;
}

export function toEntity(data: EntityData): Entity {
  const label = data.__typename === 'Paper' ? data.title : data.__typename === 'Repo' ? `${data.owner}/${data.name}` : data.name;
  return { type: data.__typename, id: data.id, key: data.key, label: label ?? data.key };
}

/** One colour per node type, shared by the charts and the graph. */
export const TYPE_COLOURS: Record<EntityType, string> = {
  Paper: '#8a94a6',
  Method: '#3563c9',
  Model: '#8e44ad',
  Dataset: '#2e9e5b',
  Benchmark: '#e07b24',
  Task: '#1a9aa0',
  Metric: '#9c6b3c',
  Repo: '#37404f',
};

export const TYPE_NAMES: Record<string, string> = {
  PAPER: 'Papers',
  METHOD: 'Methods',
  MODEL: 'Models',
  DATASET: 'Datasets',
  BENCHMARK: 'Benchmarks',
  TASK: 'Tasks',
  METRIC: 'Metrics',
  REPO: 'Repositories',
};

export function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
