import type { Board, Fixtures, Which } from './fixtures.js';

/**
 * The benchmark's fixed queries, each in three forms asking for the same data: ours (our
 * GraphQL API), the peer's (@neo4j/graphql over the same database; where it cannot say the
 * same, the nearest it can, noted in `peerNote`) and the floor's (the best hand-written Cypher
 * query for the question, sent by a minimal HTTP endpoint). Each shape runs on a hub target and
 * on a tail target (fixtures.ts); `stats` has no target.
 */

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  /** `shape-hub`, `shape-tail`, or the shape alone. */
  name: string;
  shape: string;
  target?: Which;
  ours: GraphQLRequest;
  peer: GraphQLRequest;
  floor: { cypher: string; params: Record<string, unknown> };
  peerNote?: string;
}

type Shape = Omit<BenchQuery, 'name' | 'shape' | 'target'>;

const ANY_NODE_FIELDS = `__typename
  ... on Method { key name } ... on Model { key name } ... on Dataset { key name } ... on Benchmark { key name }
  ... on Task { key name } ... on Paper { key title } ... on Repo { key url }`;

const SUBJECT_NAME = '... on Method { name } ... on Model { name }';

/** A paper's date as ours dates results (src/graph/sota-history.ts): its own, else its arXiv id's month. */
const PAPER_DATE = `CASE WHEN p.publishedAt IS NOT NULL THEN p.publishedAt
  WHEN p.arxivId =~ '^\\\\d{4}\\\\.\\\\d{4,5}$' THEN '20' + substring(p.arxivId, 0, 2) + '-' + substring(p.arxivId, 2, 2) END`;

export function benchQueries(f: Fixtures): BenchQuery[] {
  const both = (shape: string, make: (which: Which) => Shape): BenchQuery[] =>
    (['hub', 'tail'] as const).map((which) => ({ name: `${shape}-${which}`, shape, target: which, ...make(which) }));
  return [
    ...both('lookup', (w) => lookup(f.lookup[w].method)),
    ...both('nested3', (w) => nested3(f.nested[w].benchmark)),
    ...both('leaderboard', (w) => leaderboard(f.board[w])),
    ...both('search', (w) => search(f.search[w].query)),
    { name: 'stats', shape: 'stats', ...stats() },
    ...both('path', (w) => path(f.path[w], f.pathLabels)),
    ...both('taskBest', (w) => taskBest(f.task[w].task)),
    ...both('methodResults', (w) => methodResults(f.method[w].method)),
    ...both('sotaHistory', (w) => sotaHistory(f.sota[w])),
  ];
}

function lookup(name: string): Shape {
  return {
    ours: { query: 'query ($name: String!) { method(name: $name) { id key name fullName aliases } }', variables: { name } },
    peer: { query: 'query ($name: String!) { methods(where: { name: { eq: $name } }, limit: 1) { id name fullName aliases } }', variables: { name } },
    floor: { cypher: 'MATCH (m:Method {name: $name}) RETURN m {.id, .name, .fullName, .aliases} AS method LIMIT 1', params: { name } },
    peerNote: 'exact name only; ours also matches aliases, case and hyphenation',
  };
}

function nested3(b: string): Shape {
  return {
    ours: {
      query: `query ($b: String!) { benchmark(name: $b) { name papers(first: 10) { edges { node { title
        methods(first: 5) { edges { node { name repos(first: 3) { edges { node { url } } } } } } } } } } }`,
      variables: { b },
    },
    peer: {
      query: `query ($b: String!) { benchmarks(where: { name: { eq: $b } }, limit: 1) { name
        papers(limit: 10, sort: [{ publishedAt: DESC }]) { title methods(limit: 5) { name repos(limit: 3) { url } } } } }`,
      variables: { b },
    },
    floor: {
      cypher: `MATCH (b:Benchmark {name: $b})
        CALL (b) {
          MATCH (b)<-[:PROPOSES|MENTIONS|EVALUATES_ON]-(p:Paper)
          WITH DISTINCT p ORDER BY p.publishedAt DESC, p.id LIMIT 10
          CALL (p) {
            MATCH (p)-[:PROPOSES|MENTIONS]->(m:Method)
            WITH DISTINCT m ORDER BY m.name LIMIT 5
            CALL (m) { MATCH (m)-[:IMPLEMENTED_IN]->(r:Repo) WITH r ORDER BY r.url LIMIT 3 RETURN collect(r.url) AS repos }
            RETURN collect(m {.name, repos: repos}) AS methods
          }
          RETURN collect(p {.title, methods: methods}) AS papers
        }
        RETURN b.name AS name, papers LIMIT 1`,
      params: { b },
    },
    peerNote: 'papers by MENTIONS only (ours: PROPOSES|MENTIONS|EVALUATES_ON); methods by MENTIONS only',
  };
}

function leaderboard(board: Board): Shape {
  const b = board.benchmarkName;
  return {
    ours: {
      query: `query ($b: String!) { benchmark(name: $b) { name leaderboard(first: 10) { metric totalCount
        entries { rank value rawValue subject { ${SUBJECT_NAME} } evaluation { paper { title } } } } } }`,
      variables: { b },
    },
    peer: {
      query: `query ($b: String!, $metric: String!) { benchmarks(where: { name: { eq: $b } }, limit: 1) { name
        evaluatedMethodsConnection(first: 10, where: { edge: { metric: { eq: $metric } } }, sort: [{ edge: { value: DESC } }]) {
          totalCount edges { properties { value rawValue paper } node { name } } }
        evaluatedModelsConnection(first: 10, where: { edge: { metric: { eq: $metric } } }, sort: [{ edge: { value: DESC } }]) {
          totalCount edges { properties { value rawValue paper } node { name } } } } }`,
      variables: { b, metric: board.metric },
    },
    floor: {
      cypher: `OPTIONAL MATCH (mt:Metric {id: $metricId})
        WITH coalesce(mt.higherIsBetter, true) AS up
        MATCH (b:Benchmark {name: $b})<-[r:EVALUATED_ON]-(s) WHERE (s:Method OR s:Model) AND r.metric = $metric
        WITH r, s ORDER BY r.value IS NULL, CASE WHEN up THEN -r.value ELSE r.value END, s.name LIMIT 10
        OPTIONAL MATCH (p:Paper {id: r.paper})
        RETURN s.name AS subject, r.value AS value, r.rawValue AS rawValue, p.title AS paper`,
      params: { b, metric: board.metric, metricId: board.metricId },
    },
    peerNote: 'metric given by the client (ours picks the main one and its direction); methods and models as two lists; paper as its key, not its title',
  };
}

function search(q: string): Shape {
  return {
    ours: { query: `query ($q: String!) { search(query: $q, first: 10) { score node { ${ANY_NODE_FIELDS} } } }`, variables: { q } },
    peer: { query: 'query ($q: String!) { search(query: $q, first: 10) { label id name title url score } }', variables: { q } },
    floor: {
      cypher: `CALL () {
          CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: 40}) YIELD node, score RETURN node, score
          UNION ALL
          CALL db.index.fulltext.queryNodes('paper_text', $q, {limit: 40}) YIELD node, score RETURN node, score
          UNION ALL
          CALL db.index.fulltext.queryNodes('repo_names', $q, {limit: 40}) YIELD node, score RETURN node, score
        }
        WITH node, score ORDER BY score DESC, node.id LIMIT 10
        RETURN head(labels(node)) AS label, node.id AS id, node.name AS name, node.title AS title, node.url AS url, score`,
      params: { q },
    },
    peerNote: '@cypher field (the peer has no cross-type full-text search)',
  };
}

function stats(): Shape {
  return {
    ours: {
      query: '{ stats { nodeCounts { type count } relationshipCounts { type count } topBenchmarks(first: 5) { count evaluations node { ... on Benchmark { name } } } } }',
      variables: {},
    },
    peer: { query: '{ nodeCounts { type count } relationshipCounts { type count } topBenchmarks(first: 5) { name count evaluations } }', variables: {} },
    floor: {
      cypher: `CALL () {
          MATCH (b:Benchmark) WHERE b.evaluatedSubjectCount > 0
          WITH b ORDER BY b.evaluatedSubjectCount DESC, b.evaluationCount DESC, toLower(b.name) LIMIT 5
          RETURN collect({name: b.name, count: b.evaluatedSubjectCount, evaluations: b.evaluationCount}) AS top
        }
        RETURN COUNT { (:Paper) } AS papers, COUNT { (:Method) } AS methods, COUNT { (:Model) } AS models,
               COUNT { (:Dataset) } AS datasets, COUNT { (:Benchmark) } AS benchmarks, COUNT { (:Task) } AS tasks,
               COUNT { (:Repo) } AS repos, COUNT { ()-[:MENTIONS]->() } AS mentions,
               COUNT { ()-[:EVALUATED_ON]->() } AS evaluated, COUNT { ()-[:HAS_CODE]->() } AS code, top`,
      params: {},
    },
    peerNote: '@cypher fields with the Cypher ours runs (over the counts each ingest stores)',
  };
}

function path(ends: { from: string; to: string }, labels: Fixtures['pathLabels']): Shape {
  const variables = { from: ends.from, to: ends.to };
  return {
    ours: {
      query: `query ($from: String!, $to: String!) { path(from: $from, to: $to) { length nodes { ${ANY_NODE_FIELDS} } relationships { type fromKey toKey } } }`,
      variables,
    },
    peer: {
      query: 'query ($from: String!, $to: String!) { path(from: $from, to: $to) { length nodes { label id name title } steps { type fromKey toKey } } }',
      variables,
    },
    floor: {
      cypher: `MATCH (a:${labels.fromLabel} {id: $from}), (b:${labels.toLabel} {id: $to})
        MATCH p = shortestPath((a)-[*..${labels.maxHops}]-(b))
        RETURN length(p) AS length,
               [x IN nodes(p) | {label: head(labels(x)), id: x.id, name: x.name, title: x.title}] AS nodes,
               [r IN relationships(p) | {type: type(r), fromKey: startNode(r).id, toKey: endNode(r).id}] AS steps`,
      params: variables,
    },
    peerNote: '@cypher field with the Cypher ours runs',
  };
}

/** The task page's table: its benchmarks, each with its best result in its main metric. */
function taskBest(task: string): Shape {
  return {
    ours: {
      query: `query ($t: ID!) { task(id: $t) { name benchmarks(first: 10) { totalCount edges { node { name
        leaderboard(first: 1) { metric totalCount entries { rawValue subject { ${SUBJECT_NAME} } evaluation { paper { title } } } } } } } } }`,
      variables: { t: task },
    },
    peer: {
      query: `query ($t: ID!) { tasks(where: { id: { eq: $t } }, limit: 1) { name benchmarksConnection { totalCount }
        benchmarks(limit: 10, sort: [{ name: ASC }]) { name
          evaluatedMethodsConnection(first: 1, sort: [{ edge: { value: DESC } }]) { totalCount edges { properties { metric rawValue paper } node { name } } }
          evaluatedModelsConnection(first: 1, sort: [{ edge: { value: DESC } }]) { totalCount edges { properties { metric rawValue paper } node { name } } } } } }`,
      variables: { t: task },
    },
    floor: {
      // The main metric is the first listed column (every table-built board lists its metrics),
      // its direction the Metric node's; one bounded sort per benchmark.
      cypher: `MATCH (t:Task {id: $t})
        CALL (t) {
          MATCH (t)<-[:FOR_TASK]-(b:Benchmark)
          WITH b ORDER BY toLower(b.name), b.id LIMIT 10
          CALL (b) {
            OPTIONAL MATCH (mt:Metric {name: b.metrics[0]})
            WITH b, coalesce(mt.higherIsBetter, true) AS up
            OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-(s) WHERE (s:Method OR s:Model) AND r.metric = b.metrics[0] AND r.value IS NOT NULL
            WITH r, s ORDER BY CASE WHEN up THEN -r.value ELSE r.value END LIMIT 1
            OPTIONAL MATCH (p:Paper {id: r.paper})
            RETURN CASE WHEN r IS NULL THEN null ELSE {rawValue: r.rawValue, subject: s.name, paper: p.title} END AS best
          }
          RETURN collect({name: b.name, metric: b.metrics[0], best: best}) AS benchmarks
        }
        RETURN t.name AS name, COUNT { (t)<-[:FOR_TASK]-(:Benchmark) } AS total, benchmarks`,
      params: { t: task },
    },
    peerNote: "best by the highest value in any metric (the peer cannot pick each board's main metric and direction); methods and models apart; benchmarks by name",
  };
}

/** The method page's results: the benchmarks it was evaluated on, each with its results there. */
function methodResults(method: string): Shape {
  return {
    ours: {
      query: `query ($m: ID!) { method(id: $m) { name evaluatedOn(first: 10) { totalCount edges { node {
        counterpart { ... on Benchmark { name } ... on Dataset { name } } evaluationCount evaluations { metricName value rawValue paper { title } } } } } } }`,
      variables: { m: method },
    },
    peer: {
      query: `query ($m: ID!) { methods(where: { id: { eq: $m } }, limit: 1) { name
        benchmarksConnection(first: 10, sort: [{ edge: { value: DESC } }]) { totalCount edges { properties { metric value rawValue paper } node { name } } } } }`,
      variables: { m: method },
    },
    floor: {
      cypher: `MATCH (s:Method {id: $m})
        CALL (s) {
          MATCH (s)-[r:EVALUATED_ON]->(t)
          WITH t, collect(r) AS results
          ORDER BY size(results) DESC, toLower(t.name), t.id
          WITH collect({t: t, results: results}) AS groups
          RETURN size(groups) AS total, groups[0..10] AS page
        }
        CALL (page) {
          UNWIND page AS g
          CALL (g) {
            UNWIND g.results AS r
            OPTIONAL MATCH (mt:Metric {id: r.metricId})
            WITH r ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END LIMIT 5
            OPTIONAL MATCH (p:Paper {id: r.paper})
            RETURN collect({metric: r.metric, value: r.value, rawValue: r.rawValue, paper: p.title}) AS results
          }
          RETURN collect({name: g.t.name, count: size(g.results), results: results}) AS groups
        }
        RETURN s.name AS name, total, groups`,
      params: { m: method },
    },
    peerNote: 'results as one list by value (not grouped per benchmark, no per-metric direction); benchmarks only (ours: benchmarks and datasets)',
  };
}

/** The benchmark page's chart: the running best by paper date in the board's metric. */
function sotaHistory(board: Board): Shape {
  const params = { b: board.benchmark, metric: board.metric, metricId: board.metricId };
  return {
    ours: {
      query: `query ($b: ID!) { benchmark(id: $b) { name sotaHistory { metric undatedCount
        steps { value rawValue date subject { ${SUBJECT_NAME} } paper { title } } } } }`,
      variables: { b: board.benchmark },
    },
    peer: {
      query: `query ($b: String!, $metric: String!, $metricId: String) { sotaHistory(b: $b, metric: $metric, metricId: $metricId) {
        undatedCount steps { value rawValue date subject paper } } }`,
      variables: params,
    },
    floor: { cypher: SOTA_HISTORY_CYPHER, params },
    peerNote: '@cypher field with the floor\'s Cypher (the peer has no running best); metric given by the client',
  };
}

/**
 * The floor's state of the art over time, also the peer's @cypher field: results in the metric,
 * dated and ordered once, folded into the steps that beat every earlier result; titles are
 * read for the steps only.
 */
export const SOTA_HISTORY_CYPHER = `MATCH (b:Benchmark {id: $b})
  OPTIONAL MATCH (mt:Metric {id: $metricId})
  WITH b, coalesce(mt.higherIsBetter, true) AS up
  MATCH (b)<-[r:EVALUATED_ON]-(s) WHERE (s:Method OR s:Model) AND r.metric = $metric AND r.value IS NOT NULL
  OPTIONAL MATCH (p:Paper {id: r.paper})
  WITH up, r, s, p, ${PAPER_DATE} AS date
  ORDER BY date, CASE WHEN up THEN -r.value ELSE r.value END, toLower(s.name), r.key
  WITH up, collect(CASE WHEN date IS NOT NULL THEN {r: r, s: s, p: p, date: date} END) AS dated, count(CASE WHEN date IS NULL THEN 1 END) AS undated
  WITH undated, reduce(run = {best: null, steps: []}, e IN dated |
         CASE WHEN run.best IS NULL OR (up AND e.r.value > run.best) OR (NOT up AND e.r.value < run.best)
              THEN {best: e.r.value, steps: run.steps + [e]} ELSE run END).steps AS steps
  RETURN {undatedCount: undated,
          steps: [e IN steps | {value: e.r.value, rawValue: e.r.rawValue, date: e.date, subject: e.s.name, paper: e.p.title}]} AS history`;
