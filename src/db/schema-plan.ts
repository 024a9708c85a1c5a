import { FULL_TEXT_INDEXES } from '../../core/full-text-indexes.js';
import { KEYED_EDGE_TYPES } from '../../core/graph-records.js';
import { NODE_TYPES } from '../../core/node-types.js';

/**
 * The Neo4j schema the graph needs, derived from the node type declarations: a uniqueness
 * constraint on `id` per label (it also gives the index every MERGE and lookup by id uses),
 * the range indexes the API sorts and filters by, and the full-text indexes. Each item's
 * definition is its version: applySchema recreates an item whose stored definition differs
 * (a new label in a full-text index), so a change reaches an existing database.
 */

export interface SchemaItem {
  name: string;
  kind: 'constraint' | 'range' | 'fulltext';
  /** Node labels, or the relationship type of a relationship index. */
  entity: 'node' | 'relationship';
  labelsOrTypes: string[];
  properties: string[];
  analyzer?: string;
  create: string;
}

function constraint(label: string): SchemaItem {
  const name = `${label.toLowerCase()}_id`;
  return {
    name,
    kind: 'constraint',
    entity: 'node',
    labelsOrTypes: [label],
    properties: ['id'],
    create: `CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE`,
  };
}

function nodeIndex(name: string, label: string, property: string): SchemaItem {
  return {
    name,
    kind: 'range',
    entity: 'node',
    labelsOrTypes: [label],
    properties: [property],
    create: `CREATE INDEX ${name} IF NOT EXISTS FOR (n:${label}) ON (n.${property})`,
  };
}

function relationshipIndex(name: string, type: string, property: string): SchemaItem {
  return {
    name,
    kind: 'range',
    entity: 'relationship',
    labelsOrTypes: [type],
    properties: [property],
    create: `CREATE INDEX ${name} IF NOT EXISTS FOR ()-[r:${type}]-() ON (r.${property})`,
  };
}

export function schemaPlan(): SchemaItem[] {
  const named = NODE_TYPES.filter((type) => type.named);
  return [
    ...NODE_TYPES.map((type) => constraint(type.label)),
    // Lookups and orderings the API makes besides by id.
    nodeIndex('paper_arxiv_id', 'Paper', 'arxivId'),
    nodeIndex('paper_published_at', 'Paper', 'publishedAt'),
    nodeIndex('paper_title', 'Paper', 'title'),
    ...named.map((type) => nodeIndex(`${type.label.toLowerCase()}_name`, type.label, 'name')),
    nodeIndex('repo_url', 'Repo', 'url'),
    // A paper's reported results (Paper.evaluations) find EVALUATED_ON by the paper key they store.
    relationshipIndex('evaluated_on_paper', 'EVALUATED_ON', 'paper'),
    // The loader finds an edge of these types by its key (ingest/load/cypher.ts).
    ...KEYED_EDGE_TYPES.map((type) => relationshipIndex(`${type.toLowerCase()}_key`, type, 'key')),
    // The evaluation counts each ingest stores (ingest/load/evaluation-counts.ts), which `stats`
    // ranks by: an index finds the few methods and models with results among all of them.
    ...NODE_TYPES.filter((type) => 'evaluation' in type && type.evaluation === 'subject').map((type) =>
      nodeIndex(`${type.label.toLowerCase()}_evaluated_benchmark_count`, type.label, 'evaluatedBenchmarkCount'),
    ),
    nodeIndex('benchmark_evaluated_subject_count', 'Benchmark', 'evaluatedSubjectCount'),
    ...FULL_TEXT_INDEXES.map(
      (index): SchemaItem => ({
        name: index.name,
        kind: 'fulltext',
        entity: 'node',
        labelsOrTypes: index.labels,
        properties: index.properties,
        ...(index.analyzer ? { analyzer: index.analyzer } : {}),
        create:
          `CREATE FULLTEXT INDEX ${index.name} IF NOT EXISTS FOR (n:${index.labels.join('|')}) ON EACH [${index.properties.map((p) => `n.${p}`).join(', ')}]` +
          (index.analyzer ? ` OPTIONS {indexConfig: {\`fulltext.analyzer\`: '${index.analyzer}'}}` : ''),
      }),
    ),
  ];
}
