import { EDGE_TYPES, NODE_LABELS } from '../../core/labels.js';
import { SOTA_HISTORY_CYPHER } from '../api/queries.js';

/**
 * The same graph described for @neo4j/graphql (the peer): one @node type per label and one
 * @relationship field per relationship the benchmark's queries walk. Where a field of ours
 * spans several relationship types (Benchmark.papers is PROPOSES|MENTIONS|EVALUATES_ON), the
 * peer walks MENTIONS, the one every text-derived link also has. Search, stats and path have
 * no generated equivalent: they are @cypher fields with the Cypher ours runs; so is the state of
 * the art over time, with the floor's Cypher.
 *
 * The path field's labels are part of its Cypher text (labels cannot be parameters), so the
 * type definitions are built for the benchmark's fixed endpoints.
 */
export function peerTypeDefs(path: { fromLabel: string; toLabel: string; maxHops: number }): string {
  return `#graphql
type Evaluation @relationshipProperties {
  key: String
  metric: String
  value: Float
  rawValue: String
  paper: String
}

type Paper @node {
  id: ID!
  title: String
  abstract: String
  url: String
  publishedAt: String
  methods: [Method!]! @relationship(type: "MENTIONS", direction: OUT)
  models: [Model!]! @relationship(type: "MENTIONS", direction: OUT)
  benchmarks: [Benchmark!]! @relationship(type: "EVALUATES_ON", direction: OUT)
  repos: [Repo!]! @relationship(type: "HAS_CODE", direction: OUT)
}

type Method @node {
  id: ID!
  name: String!
  fullName: String
  aliases: [String!]
  papers: [Paper!]! @relationship(type: "MENTIONS", direction: IN)
  repos: [Repo!]! @relationship(type: "IMPLEMENTED_IN", direction: OUT)
  benchmarks: [Benchmark!]! @relationship(type: "EVALUATED_ON", direction: OUT, properties: "Evaluation")
  variants: [Method!]! @relationship(type: "VARIANT_OF", direction: IN)
}

type Model @node {
  id: ID!
  name: String!
  fullName: String
  aliases: [String!]
  papers: [Paper!]! @relationship(type: "MENTIONS", direction: IN)
  benchmarks: [Benchmark!]! @relationship(type: "EVALUATED_ON", direction: OUT, properties: "Evaluation")
}

type Benchmark @node {
  id: ID!
  name: String!
  aliases: [String!]
  metrics: [String!]
  papers: [Paper!]! @relationship(type: "MENTIONS", direction: IN)
  evaluatedMethods: [Method!]! @relationship(type: "EVALUATED_ON", direction: IN, properties: "Evaluation")
  evaluatedModels: [Model!]! @relationship(type: "EVALUATED_ON", direction: IN, properties: "Evaluation")
  dataset: Dataset @relationship(type: "ON_DATASET", direction: OUT)
  tasks: [Task!]! @relationship(type: "FOR_TASK", direction: OUT)
}

type Dataset @node {
  id: ID!
  name: String!
  aliases: [String!]
  benchmarks: [Benchmark!]! @relationship(type: "ON_DATASET", direction: IN)
}

type Task @node {
  id: ID!
  name: String!
  benchmarks: [Benchmark!]! @relationship(type: "FOR_TASK", direction: IN)
}

type Repo @node {
  id: ID!
  url: String
  name: String
  owner: String
  papers: [Paper!]! @relationship(type: "HAS_CODE", direction: IN)
}

union AnyNode = Paper | Method | Model | Dataset | Benchmark | Task | Repo

type SearchHit {
  label: String!
  id: String!
  name: String
  title: String
  url: String
  score: Float!
}

type TypeCount {
  type: String!
  count: Int!
}

type RankedBenchmark {
  name: String!
  count: Int!
  evaluations: Int!
}

type PathNode {
  label: String!
  id: String!
  name: String
  title: String
}

type PathResult {
  length: Int!
  nodes: [PathNode!]!
  steps: [PathStep!]!
}

type SotaStep {
  value: Float
  rawValue: String
  date: String
  subject: String
  paper: String
}

type SotaHistory {
  undatedCount: Int!
  steps: [SotaStep!]!
}

type PathStep {
  type: String!
  fromKey: String!
  toKey: String!
}

type Query {
  search(query: String!, first: Int!): [SearchHit!]!
    @cypher(
      statement: """
      CALL () {
        CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $first * 4}) YIELD node, score RETURN node, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $first * 4}) YIELD node, score RETURN node, score
        UNION ALL
        CALL db.index.fulltext.queryNodes('repo_names', $query, {limit: $first * 4}) YIELD node, score RETURN node, score
      }
      WITH node, score ORDER BY score DESC, node.id LIMIT $first
      RETURN {label: head(labels(node)), id: node.id, name: node.name, title: node.title, url: node.url, score: score} AS hit
      """
      columnName: "hit"
    )
  nodeCounts: [TypeCount!]!
    @cypher(
      statement: """
      UNWIND [${NODE_LABELS.map((label) => `{type: '${label}', count: COUNT { (:${label}) }}`).join(', ')}] AS row
      RETURN row
      """
      columnName: "row"
    )
  relationshipCounts: [TypeCount!]!
    @cypher(
      statement: """
      UNWIND [${EDGE_TYPES.map((type) => `{type: '${type}', count: COUNT { ()-[:${type}]->() }}`).join(', ')}] AS row
      RETURN row
      """
      columnName: "row"
    )
  topBenchmarks(first: Int!): [RankedBenchmark!]!
    @cypher(
      statement: """
      MATCH (b:Benchmark) WHERE b.evaluatedSubjectCount > 0
      WITH b ORDER BY b.evaluatedSubjectCount DESC, b.evaluationCount DESC, toLower(b.name) LIMIT $first
      RETURN {name: b.name, count: b.evaluatedSubjectCount, evaluations: b.evaluationCount} AS row
      """
      columnName: "row"
    )
  sotaHistory(b: String!, metric: String!, metricId: String): SotaHistory
    @cypher(
      statement: """
      ${SOTA_HISTORY_CYPHER}
      """
      columnName: "history"
    )
  path(from: String!, to: String!): PathResult
    @cypher(
      statement: """
      MATCH (a:${path.fromLabel} {id: $from}), (b:${path.toLabel} {id: $to})
      MATCH p = shortestPath((a)-[*..${path.maxHops}]-(b))
      RETURN {
        length: length(p),
        nodes: [x IN nodes(p) | {label: head(labels(x)), id: x.id, name: x.name, title: x.title}],
        steps: [r IN relationships(p) | {type: type(r), fromKey: startNode(r).id, toKey: endNode(r).id}]
      } AS path
      """
      columnName: "path"
    )
}
`;
}
