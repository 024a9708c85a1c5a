import type { Fixtures } from './fixtures.js';

/**
 * The benchmark's fixed queries, each in three forms asking for the same data: ours (our
 * GraphQL API), the peer's (@neo4j/graphql over the same database; where it cannot say the
 * same, the nearest it can, noted in `peerNote`) and the floor's (one hand-written Cypher
 * query, sent by a minimal HTTP endpoint).
 */

export interface GraphQLRequest {
  query: string;
  variables: Record<string, unknown>;
}

export interface BenchQuery {
  name: string;
  ours: GraphQLRequest;
  peer: GraphQLRequest;
  floor: { cypher: string; params: Record<string, unknown> };
  peerNote?: string;
}

const ANY_NODE_FIELDS = `__typename
  ... on Method { key name } ... on Model { key name } ... on Dataset { key name } ... on Benchmark { key name }
  ... on Task { key name } ... on Paper { key title } ... on Repo { key url }`;

export function benchQueries(f: Fixtures): BenchQuery[] {
  return [
    {
      name: 'lookup',
      ours: { query: 'query ($name: String!) { method(name: $name) { id key name fullName aliases } }', variables: { name: f.method } },
      peer: { query: 'query ($name: String!) { methods(where: { name: { eq: $name } }, limit: 1) { id name fullName aliases } }', variables: { name: f.method } },
      floor: { cypher: 'MATCH (m:Method {name: $name}) RETURN m {.id, .name, .fullName, .aliases} AS method LIMIT 1', params: { name: f.method } },
      peerNote: 'exact name only; ours also matches aliases, case and hyphenation',
    },
    {
      name: 'nested3',
      ours: {
        query: `query ($b: String!) { benchmark(name: $b) { name papers(first: 10) { edges { node { title
          methods(first: 5) { edges { node { name repos(first: 3) { edges { node { url } } } } } } } } } } }`,
        variables: { b: f.linkedBenchmark },
      },
      peer: {
        query: `query ($b: String!) { benchmarks(where: { name: { eq: $b } }, limit: 1) { name
          papers(limit: 10, sort: [{ publishedAt: DESC }]) { title methods(limit: 5) { name repos(limit: 3) { url } } } } }`,
        variables: { b: f.linkedBenchmark },
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
        params: { b: f.linkedBenchmark },
      },
      peerNote: 'papers by MENTIONS only (ours: PROPOSES|MENTIONS|EVALUATES_ON); methods by MENTIONS only',
    },
    {
      name: 'leaderboard',
      ours: {
        query: `query ($b: String!) { benchmark(name: $b) { name leaderboard(first: 10) { metric totalCount
          entries { rank value rawValue subject { ... on Method { name } ... on Model { name } } evaluation { paper { title } } } } } }`,
        variables: { b: f.benchmark },
      },
      peer: {
        query: `query ($b: String!, $metric: String!) { benchmarks(where: { name: { eq: $b } }, limit: 1) { name
          evaluatedMethodsConnection(first: 10, where: { edge: { metric: { eq: $metric } } }, sort: [{ edge: { value: DESC } }]) {
            totalCount edges { properties { value rawValue paper } node { name } } }
          evaluatedModelsConnection(first: 10, where: { edge: { metric: { eq: $metric } } }, sort: [{ edge: { value: DESC } }]) {
            totalCount edges { properties { value rawValue paper } node { name } } } } }`,
        variables: { b: f.benchmark, metric: f.metric },
      },
      floor: {
        cypher: `MATCH (b:Benchmark {name: $b})<-[r:EVALUATED_ON]-(s) WHERE (s:Method OR s:Model) AND r.metric = $metric
          WITH b, r, s ORDER BY r.value IS NULL, r.value DESC, s.name LIMIT 10
          OPTIONAL MATCH (p:Paper {id: r.paper})
          RETURN s.name AS subject, r.value AS value, r.rawValue AS rawValue, p.title AS paper`,
        params: { b: f.benchmark, metric: f.metric },
      },
      peerNote: 'metric given by the client (ours picks the main one and its direction); methods and models as two lists; paper as its key, not its title',
    },
    {
      name: 'search',
      ours: { query: `query ($q: String!) { search(query: $q, first: 10) { score node { ${ANY_NODE_FIELDS} } } }`, variables: { q: f.search } },
      peer: { query: 'query ($q: String!) { search(query: $q, first: 10) { label id name title url score } }', variables: { q: f.search } },
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
        params: { q: f.search },
      },
      peerNote: '@cypher field (the peer has no cross-type full-text search)',
    },
    {
      name: 'stats',
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
    },
    {
      name: 'path',
      ours: {
        query: `query ($from: String!, $to: String!) { path(from: $from, to: $to) { length nodes { ${ANY_NODE_FIELDS} } relationships { type fromKey toKey } } }`,
        variables: { from: f.path.from, to: f.path.to },
      },
      peer: {
        query: 'query ($from: String!, $to: String!) { path(from: $from, to: $to) { length nodes { label id name title } steps { type fromKey toKey } } }',
        variables: { from: f.path.from, to: f.path.to },
      },
      floor: {
        cypher: `MATCH (a:${f.path.fromLabel} {id: $from}), (b:${f.path.toLabel} {id: $to})
          MATCH p = shortestPath((a)-[*..${f.path.maxHops}]-(b))
          RETURN length(p) AS length,
                 [x IN nodes(p) | {label: head(labels(x)), id: x.id, name: x.name, title: x.title}] AS nodes,
                 [r IN relationships(p) | {type: type(r), fromKey: startNode(r).id, toKey: endNode(r).id}] AS steps`,
        params: { from: f.path.from, to: f.path.to },
      },
      peerNote: '@cypher field with the Cypher ours runs',
    },
  ];
}
