/**
 * One declaration per node type: everything else that lists labels (the closed label lists,
 * the GraphQL unions and root fields, the full-text index statements, which labels text
 * extraction types names into) is derived from this table. Adding a type starts here.
 */

export interface FullTextDeclaration {
  /** Name of the Neo4j full-text index the type's nodes belong to (shared by several types). */
  index: string;
  /** Properties indexed for search. */
  properties: readonly string[];
}

export interface NodeTypeDeclaration {
  /** Neo4j label, which is also the GraphQL object type's name. */
  label: string;
  /** Prefix of its canonical keys (`method:dpo`); null where the key is the URL itself (Repo). */
  keyPrefix: string | null;
  /** GraphQL root fields: `method(...)` and `methods(...)`. */
  singular: string;
  plural: string;
  /** A named entity: `name`, `aliases`, `fullName`, and lookup by any spelling of a name. */
  named: boolean;
  /** Whether text extraction types mentions into it (Metric comes from leaderboards only). */
  extracted: boolean;
  /** Its side of EVALUATED_ON, where it takes part. */
  evaluation?: 'subject' | 'target';
  fullText: FullTextDeclaration;
}

const ENTITY_NAMES: FullTextDeclaration = { index: 'entity_names', properties: ['name', 'fullName', 'aliases'] };

/** In order of preference where a name could mean several types (a benchmark before its dataset). */
export const NODE_TYPES = [
  {
    label: 'Paper',
    keyPrefix: 'paper',
    singular: 'paper',
    plural: 'papers',
    named: false,
    extracted: false,
    fullText: { index: 'paper_text', properties: ['title', 'abstract'] },
  },
  { label: 'Method', keyPrefix: 'method', singular: 'method', plural: 'methods', named: true, extracted: true, evaluation: 'subject', fullText: ENTITY_NAMES },
  { label: 'Model', keyPrefix: 'model', singular: 'model', plural: 'models', named: true, extracted: true, evaluation: 'subject', fullText: ENTITY_NAMES },
  { label: 'Benchmark', keyPrefix: 'benchmark', singular: 'benchmark', plural: 'benchmarks', named: true, extracted: true, evaluation: 'target', fullText: ENTITY_NAMES },
  { label: 'Dataset', keyPrefix: 'dataset', singular: 'dataset', plural: 'datasets', named: true, extracted: true, evaluation: 'target', fullText: ENTITY_NAMES },
  { label: 'Task', keyPrefix: 'task', singular: 'task', plural: 'tasks', named: true, extracted: true, fullText: ENTITY_NAMES },
  { label: 'Metric', keyPrefix: 'metric', singular: 'metric', plural: 'metrics', named: true, extracted: false, fullText: ENTITY_NAMES },
  {
    label: 'Repo',
    keyPrefix: null,
    singular: 'repo',
    plural: 'repos',
    named: false,
    extracted: false,
    fullText: { index: 'repo_names', properties: ['url', 'owner', 'name'] },
  },
  // Keyed by a stable identifier where a source gives one (ingest/records/author-key.ts), never by name alone.
  { label: 'Author', keyPrefix: 'author', singular: 'author', plural: 'authors', named: false, extracted: false, fullText: { index: 'author_names', properties: ['name'] } },
  // A venue series (ACL, EMNLP, a journal), keyed by its name; the year is on the paper.
  { label: 'Venue', keyPrefix: 'venue', singular: 'venue', plural: 'venues', named: false, extracted: false, fullText: { index: 'venue_names', properties: ['name'] } },
  // The Papers with Code methods taxonomy: a method sits in collections ("Regularization"), each in an area ("General").
  { label: 'Collection', keyPrefix: 'collection', singular: 'collection', plural: 'collections', named: false, extracted: false, fullText: { index: 'taxonomy_names', properties: ['name'] } },
  { label: 'Area', keyPrefix: 'area', singular: 'area', plural: 'areas', named: false, extracted: false, fullText: { index: 'taxonomy_names', properties: ['name'] } },
] as const satisfies readonly NodeTypeDeclaration[];

export type NodeTypeOf<Label extends NodeLabel> = Extract<(typeof NODE_TYPES)[number], { label: Label }>;
export type NodeLabel = (typeof NODE_TYPES)[number]['label'];

export function nodeType<Label extends NodeLabel>(label: Label): NodeTypeOf<Label> {
  const found = NODE_TYPES.find((type): type is NodeTypeOf<Label> => type.label === label);
  if (!found) throw new Error(`no declaration for ${label}`);
  return found;
}
