import { execute, parse, type DocumentNode } from 'graphql';
import { pagePath } from '../../core/page-paths.js';
import { paperDate } from '../../core/paper-date.js';
import type { Database } from '../db/database.js';
import type { AtomEntry, AtomFeed } from './atom.js';
import { schema } from './schema.js';

/**
 * The Atom feed of a benchmark, task, method or model, built from one GraphQL query through
 * the public schema (in process): what a client of the API could build, entries dated by
 * their papers. Papers without a date (nor arXiv id) cannot be placed in time and are left
 * out; the feed's subtitle says how many.
 */
export const FEED_LABELS = ['Benchmark', 'Task', 'Method', 'Model'] as const;
export type FeedLabel = (typeof FEED_LABELS)[number];

const TAG = 'tag:research-kg,2026:';
const AUTHOR = 'Research knowledge graph';

interface Named {
  key: string;
  name: string;
}
interface PaperData {
  key: string;
  title: string;
  publishedAt: string | null;
  arxivId: string | null;
}
interface Step {
  value: number;
  rawValue: string | null;
  date: string;
  subject: Named;
  paper: PaperData | null;
}
interface History {
  metric: string | null;
  steps: Step[];
}
interface Result {
  metricName: string | null;
  rawValue: string | null;
  subject: Named;
  target: Named;
  paper: PaperData | null;
}
interface Edges<T> {
  edges: Array<{ relations?: string[]; node: T }>;
}
interface EntityData extends Named {
  sotaHistory?: History;
  evaluations?: Edges<Result>;
  papers?: Edges<PaperData>;
  benchmarks?: Edges<Named & { sotaHistory: History }>;
}

const FRAGMENTS = `
  fragment Named on Node { ... on Method { key name } ... on Model { key name } ... on Benchmark { key name } ... on Dataset { key name } }
  fragment Paper on Paper { key title publishedAt arxivId }
  fragment History on SotaHistory { metric steps { value rawValue date subject { ...Named } paper { ...Paper } } }
  fragment Result on Evaluation { metricName rawValue subject { ...Named } target { ...Named } paper { ...Paper } }
`;

const DOCUMENTS: Record<FeedLabel, DocumentNode> = {
  Benchmark: parse(`query BenchmarkFeed($key: ID!) { entity: benchmark(id: $key) {
    key name sotaHistory { ...History } evaluations(first: 100) { edges { node { ...Result } } }
  } } ${FRAGMENTS}`),
  Task: parse(`query TaskFeed($key: ID!) { entity: task(id: $key) {
    key name papers(first: 50) { edges { relations node { ...Paper } } }
    benchmarks(first: 20) { edges { node { key name sotaHistory { ...History } } } }
  } } ${FRAGMENTS}`),
  Method: parse(`query MethodFeed($key: ID!) { entity: method(id: $key) {
    key name papers(first: 50) { edges { relations node { ...Paper } } } evaluations(first: 100) { edges { node { ...Result } } }
  } } ${FRAGMENTS}`),
  Model: parse(`query ModelFeed($key: ID!) { entity: model(id: $key) {
    key name papers(first: 50) { edges { relations node { ...Paper } } } evaluations(first: 100) { edges { node { ...Result } } }
  } } ${FRAGMENTS}`),
};

/** The feed, or null when the graph has no such entity. `origin` makes the links absolute. */
export async function entityFeed(db: Database, label: FeedLabel, key: string, origin: string, feedPath: string): Promise<AtomFeed | null> {
  const result = await execute({ schema, document: DOCUMENTS[label], variableValues: { key }, contextValue: { db } });
  if (result.errors?.length) throw result.errors[0];
  const entity = entityOf(result.data);
  if (!entity) return null;

  const page = (path: string) => `${origin}${path}`;
  const undatedPapers = new Set<string>();
  const entries: AtomEntry[] = [];
  const dated = (paper: PaperData) => {
    const date = paperDate(paper);
    if (date === null) undatedPapers.add(paper.key);
    return date;
  };

  const sotaEntries = (benchmark: Named, history: History | undefined) => {
    for (const step of history?.steps ?? []) {
      const score = `${step.rawValue ?? step.value}${history?.metric ? ` ${history.metric}` : ''}`;
      entries.push({
        id: `${TAG}${benchmark.key}/sota/${encodeURIComponent(step.paper?.key ?? '')}/${encodeURIComponent(step.subject.key)}/${step.value}`,
        title: `New state of the art on ${benchmark.name}: ${step.subject.name}, ${score}`,
        updated: step.date,
        link: page(step.paper ? pagePath('Paper', step.paper.key) : pagePath('Benchmark', benchmark.key)),
        summary: `${step.subject.name} reached ${score} on ${benchmark.name}, beating every earlier result${step.paper ? `, in "${step.paper.title}"` : ''}.`,
      });
    }
  };

  // One entry per paper: how it relates to the entity, and the results it reports.
  const byPaper = new Map<string, { paper: PaperData; relations: Set<string>; results: string[] }>();
  const paperEntry = (paper: PaperData) => {
    let entry = byPaper.get(paper.key);
    if (!entry) byPaper.set(paper.key, (entry = { paper, relations: new Set(), results: [] }));
    return entry;
  };
  for (const edge of entity.papers?.edges ?? []) for (const relation of edge.relations ?? []) paperEntry(edge.node).relations.add(relation);
  for (const { node: result } of entity.evaluations?.edges ?? []) {
    if (!result.paper) continue;
    const score = `${result.rawValue ?? 'evaluated'}${result.metricName ? ` ${result.metricName}` : ''}`;
    paperEntry(result.paper).results.push(label === 'Benchmark' ? `${result.subject.name}: ${score}` : `${score} on ${result.target.name}`);
  }

  if (label === 'Benchmark') sotaEntries(entity, entity.sotaHistory);
  for (const { node: benchmark } of entity.benchmarks?.edges ?? []) sotaEntries(benchmark, benchmark.sotaHistory);

  for (const { paper, relations, results } of byPaper.values()) {
    const date = dated(paper);
    if (date === null) continue;
    const verb = relations.has('PROPOSES') ? 'Proposes' : relations.size > 0 ? 'Uses' : 'Results';
    entries.push({
      id: `${TAG}${entity.key}/paper/${encodeURIComponent(paper.key)}`,
      title: label === 'Benchmark' ? `New results on ${entity.name}: ${paper.title}` : `${verb === 'Results' ? `Results of ${entity.name}` : `${verb} ${entity.name}`}: ${paper.title}`,
      updated: date,
      link: page(pagePath('Paper', paper.key)),
      summary: results.length > 0 ? `"${paper.title}" reports ${results.join('; ')}.` : `"${paper.title}" ${verb === 'Proposes' ? 'proposes' : 'mentions'} ${entity.name}.`,
    });
  }

  const kind = label.toLowerCase();
  const what = label === 'Benchmark' ? 'new results and new states of the art' : label === 'Task' ? 'new papers and new states of the art on its benchmarks' : 'new papers and results';
  return {
    id: `${TAG}${entity.key}`,
    title: `${entity.name} (${kind}): ${what}`,
    subtitle:
      `Entries dated by their papers; the feed is updated when its newest entry is.` +
      (undatedPapers.size > 0 ? ` ${undatedPapers.size} paper${undatedPapers.size === 1 ? '' : 's'} without a date left out.` : ''),
    self: page(feedPath),
    alternate: page(pagePath(label, entity.key)),
    author: AUTHOR,
    entries,
  };
}

/** The query's `entity`, where it found one (the query's shape is ours: a key tells it apart from null). */
function entityOf(data: unknown): EntityData | null {
  if (typeof data !== 'object' || data === null || !('entity' in data)) return null;
  return isEntityData(data.entity) ? data.entity : null;
}

function isEntityData(value: unknown): value is EntityData {
  return typeof value === 'object' && value !== null && 'key' in value && typeof value.key === 'string';
}
