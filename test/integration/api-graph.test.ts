import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql.js';
import { DPO_PAPER, DPO_REPO, loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();
const query = graphqlClient(db);

async function ok(document: string, variables: Record<string, unknown> = {}) {
  const result = await query(document, variables);
  expect(result.errors).toBeUndefined();
  return result.data!;
}

describe('GraphQL: every type and relationship over the fixture graph', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it('finds entities by key, global id, name, full name and alias, ignoring case and hyphens', async () => {
    const data = await ok(`{
      byKey: method(id: "method:dpo") { id key name }
      byFullName: method(name: "direct preference optimization") { key }
      benchmark(name: "MT Bench") { key }
      hyphenless: benchmark(name: "mtbench") { key }
      model(name: "gpt4") { key }
      dataset(name: "anthropic hh") { key }
      task(name: "math word problems") { key parent { key } }
      metric(name: "perplexity") { key higherIsBetter }
      unknown: method(name: "no such method") { key }
    }`);
    expect(data.byKey.key).toBe('method:dpo');
    expect(data.byFullName.key).toBe('method:dpo');
    expect(data.benchmark.key).toBe('benchmark:mt-bench');
    expect(data.model.key).toBe('model:gpt-4');
    expect(data.dataset.key).toBe('dataset:hh-rlhf');
    expect(data.task).toEqual({ key: 'task:math-word-problems', parent: { key: 'task:reasoning' } });
    expect(data.metric).toEqual({ key: 'metric:perplexity', higherIsBetter: false });
    expect(data.unknown).toBeNull();
    const byGlobal = await ok(`query($id: ID!) { method(id: $id) { key } node(id: $id) { ... on Method { name } } }`, { id: data.byKey.id });
    expect(byGlobal).toEqual({ method: { key: 'method:dpo' }, node: { name: 'DPO' } });
    // The name rule ingest merges by ignores hyphens between letters too (name-lookup.test.ts).
    expect(data.hyphenless).toEqual({ key: 'benchmark:mt-bench' });
  });

  it('refuses a singular lookup with both or neither of id and name', async () => {
    const result = await query(`{ method { key } }`);
    expect(result.errors?.[0]?.message).toMatch(/exactly one of id and name/);
  });

  it('walks every relationship in both directions, with evidence and roles', async () => {
    const data = await ok(`query($paper: ID!) {
      paper(id: $paper) {
        methods { totalCount edges { relations evidence { sentence extractor confidence paper { key } } node { key } } }
        proposed: methods(role: PROPOSES) { edges { node { key } } }
        datasets { edges { relations node { key } } }
        benchmarks { edges { node { key } } }
        tasks { edges { node { key } } }
        repos { key }
        evaluations { totalCount edges { node { metricName value subject { ... on Method { key } } } } }
      }
      method(id: "method:dpo") {
        papers(role: PROPOSES) { edges { node { key } } }
        mentionedBy: papers(role: MENTIONS, first: 2) { totalCount pageInfo { hasNextPage } }
        benchmarks { edges { node { key } } }
        datasets { edges { node { key } } }
        repos { edges { node { url } } }
        variants(first: 3) { totalCount edges { evidence { sentence } node { key } } }
      }
      kto: method(id: "method:kto") { variantOf { edges { node { key } } } }
      benchmark(id: "benchmark:gsm8k") {
        dataset { key }
        tasks { edges { node { key } } }
        methods { edges { node { key } } }
        models { edges { node { key } } }
        papers(role: PROPOSES) { edges { node { key } } }
        evaluations { totalCount }
      }
      dataset(id: "dataset:gsm8k") { benchmarks { edges { node { key } } } papers { totalCount } }
      imagenet: dataset(id: "dataset:imagenet") { papers(role: MENTIONS) { edges { node { key } } } }
      task(id: "task:chat") { benchmarks { edges { node { key } } } papers { edges { relations node { key } } } }
      repo(id: "${DPO_REPO}") { papers { key } methods { edges { node { key } } } }
      model(id: "model:clip") { papers(role: PROPOSES) { totalCount } benchmarks { edges { node { key } } } }
    }`, { paper: DPO_PAPER });
    const keys = (connection: { edges: Array<{ node: { key?: string; url?: string } }> }) => connection.edges.map((e) => e.node.key ?? e.node.url);
    const paper = data.paper;
    expect(keys(paper.methods)).toEqual(['method:dpo', 'method:rlhf']);
    expect(paper.methods.edges[0].relations).toEqual(['PROPOSES']);
    expect(paper.methods.edges[0].evidence[0]).toEqual({
      sentence: 'We propose Direct Preference Optimization (DPO).',
      extractor: 'fixture-rule',
      confidence: 0.9,
      paper: { key: DPO_PAPER },
    });
    expect(keys(paper.proposed)).toEqual(['method:dpo']);
    expect(paper.datasets.edges[0].relations.sort()).toEqual(['EVALUATES_ON', 'MENTIONS']);
    expect(keys(paper.benchmarks)).toEqual(['benchmark:mt-bench']);
    expect(keys(paper.tasks)).toEqual(['task:chat']);
    expect(paper.repos.map((r: { key: string }) => r.key)).toEqual([DPO_REPO]);
    expect(paper.evaluations.totalCount).toBe(3);

    const dpo = data.method;
    expect(keys(dpo.papers)).toEqual([DPO_PAPER]);
    expect(dpo.mentionedBy.totalCount).toBe(52);
    expect(dpo.mentionedBy.pageInfo.hasNextPage).toBe(true);
    expect(keys(dpo.benchmarks).sort()).toEqual(['benchmark:gsm8k', 'benchmark:mt-bench']);
    expect(keys(dpo.datasets)).toEqual(['dataset:hh-rlhf']);
    expect(keys(dpo.repos)).toEqual([DPO_REPO]);
    expect(dpo.variants.totalCount).toBe(52);
    expect(keys(dpo.variants)).toHaveLength(3);
    expect(keys(data.kto.variantOf)).toEqual(['method:dpo']);

    const gsm8k = data.benchmark;
    expect(gsm8k.dataset.key).toBe('dataset:gsm8k');
    expect(keys(gsm8k.tasks)).toEqual(['task:math-word-problems']);
    expect(keys(gsm8k.methods).sort()).toEqual(['method:dpo', 'method:kto']);
    expect(keys(gsm8k.models)).toEqual(['model:gpt-4']);
    expect(keys(gsm8k.papers)).toEqual(['paper:training-verifiers-to-solve-math-word-problems']);
    expect(gsm8k.evaluations.totalCount).toBe(3);
    expect(keys(data.dataset.benchmarks)).toEqual(['benchmark:gsm8k']);
    expect(data.dataset.papers.totalCount).toBe(1);
    expect(keys(data.imagenet.papers)).toEqual(['paper:learning-transferable-visual-models-from-natural-language-supervision']);
    expect(keys(data.task.benchmarks)).toEqual(['benchmark:mt-bench']);
    expect(data.task.papers.edges[0].relations).toEqual(['ADDRESSES']);
    expect(data.repo.papers.map((p: { key: string }) => p.key)).toEqual([DPO_PAPER]);
    expect(keys(data.repo.methods)).toEqual(['method:dpo']);
    expect(data.model.papers.totalCount).toBe(1);
    expect(keys(data.model.benchmarks)).toEqual(['benchmark:imagenet']);
  });

  it('refetches a node of every type by global id through node and nodes', async () => {
    const keys = await ok(`{
      paper(id: "${DPO_PAPER}") { id } method(id: "method:dpo") { id } model(id: "model:gpt-4") { id }
      dataset(id: "dataset:imagenet") { id } benchmark(id: "benchmark:gsm8k") { id } task(id: "task:chat") { id }
      metric(id: "metric:accuracy") { id } repo(id: "${DPO_REPO}") { id }
    }`);
    const ids = Object.values(keys).map((node: any) => node.id);
    const data = await ok(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`, { ids });
    expect(data.nodes.map((n: any) => n.__typename)).toEqual(['Paper', 'Method', 'Model', 'Dataset', 'Benchmark', 'Task', 'Metric', 'Repo']);
    expect(data.nodes.map((n: any) => n.id)).toEqual(ids);
  });

  it('counts a relationship connection whenever totalCount is asked for, through fragments too', async () => {
    // The count is left out of the Cypher when totalCount is not selected; every way of
    // selecting it must still bring it.
    const direct = await ok(`{ method(id: "method:dpo") { variants(first: 1) { totalCount } } }`);
    const spread = await ok(`{ method(id: "method:dpo") { variants(first: 1) { ...Total } } } fragment Total on MethodConnection { totalCount }`);
    const inline = await ok(`{ method(id: "method:dpo") { variants(first: 1) { ... on MethodConnection { totalCount } } } }`);
    const aliased = await ok(`{ method(id: "method:dpo") { variants(first: 1) { n: totalCount } } }`);
    expect(direct.method.variants.totalCount).toBe(52);
    expect(spread.method.variants.totalCount).toBe(52);
    expect(inline.method.variants.totalCount).toBe(52);
    expect(aliased.method.variants.n).toBe(52);
    const evaluations = await ok(`{ benchmark(id: "benchmark:gsm8k") { evaluations(first: 1) { ...E } } } fragment E on EvaluationConnection { totalCount }`);
    expect(evaluations.benchmark.evaluations.totalCount).toBe(3);
  });

  it('pages a relationship connection forward without overlap', async () => {
    const page = `query($after: String) { method(id: "method:dpo") { variants(first: 20, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { key } } } } }`;
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 5; i++) {
      const data = await ok(page, { after });
      const variants = data.method.variants;
      seen.push(...variants.edges.map((e: any) => e.node.key));
      if (!variants.pageInfo.hasNextPage) break;
      after = variants.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(52);
    expect(new Set(seen).size).toBe(52);
  });

  it('filters, orders and pages the plurals', async () => {
    const data = await ok(`{
      byPapers: methods(first: 2, orderBy: {field: PAPERS, direction: DESC}) { totalCount edges { node { key } } }
      withCode: methods(where: {hasCode: true, nameContains: "dpo"}) { edges { node { key } } }
      proposed: methods(where: {proposedBy: "${DPO_PAPER}"}) { edges { node { key } } }
      onGsm8k: methods(where: {evaluatedOn: "GSM8K"}) { edges { node { key } } }
      models(where: {evaluatedOn: "benchmark:mt-bench"}, orderBy: {field: EVALUATIONS, direction: DESC}) { edges { node { key } } }
      recent: papers(where: {yearFrom: 2023, yearTo: 2023, titleContains: "o"}, orderBy: {field: PUBLISHED_AT}) { edges { node { publishedAt } } }
      withRepos: papers(where: {hasCode: true}) { totalCount }
      benchmarks(orderBy: {field: EVALUATIONS, direction: DESC}, first: 1) { edges { node { key } } }
      datasets(where: {nameContains: "image"}) { edges { node { key } } }
      tasks { totalCount }
      metrics { totalCount }
      repos(where: {urlContains: "openai"}) { edges { node { url } } }
    }`);
    const keys = (c: { edges: Array<{ node: { key: string } }> }) => c.edges.map((e) => e.node.key);
    expect(keys(data.byPapers)).toEqual(['method:dpo', 'method:rlhf']);
    expect(data.byPapers.totalCount).toBe(54);
    expect(keys(data.withCode)).toEqual(['method:dpo']);
    expect(keys(data.proposed)).toEqual(['method:dpo']);
    expect(keys(data.onGsm8k)).toEqual(['method:dpo', 'method:kto']);
    expect(keys(data.models)).toEqual(['model:gpt-4', 'model:llama-2-70b']);
    expect(data.recent.edges.map((e: any) => e.node.publishedAt)).toEqual(['2023-05-29', '2023-06-09', '2023-10-18']);
    expect(data.withRepos.totalCount).toBe(52);
    expect(keys(data.benchmarks)).toEqual(['benchmark:mt-bench']);
    expect(keys(data.datasets)).toEqual(['dataset:imagenet']);
    expect(data.tasks.totalCount).toBe(4);
    expect(data.metrics.totalCount).toBe(4);
    expect(data.repos.edges.map((e: any) => e.node.url)).toEqual(['https://github.com/openai/CLIP']);
  });

  it('ranks a leaderboard by value in the metric direction, and says which', async () => {
    const data = await ok(`{
      mt: benchmark(name: "MT-Bench") { leaderboard(first: 3) { metric higherIsBetter directionKnown rankedBy ordering totalCount entries { rank value subject { ... on Model { key } ... on Method { key } } evaluation { paper { key } } } } }
      hh: dataset(name: "HH-RLHF") { evaluations(metric: "perplexity") { edges { node { value higherIsBetter subject { ... on Method { key } } } } } }
      unknownMetric: benchmark(name: "MT-Bench") { leaderboard(metric: "BLEU") { totalCount entries { rank } } }
    }`);
    const board = data.mt.leaderboard;
    expect(board).toMatchObject({ metric: 'Score', higherIsBetter: true, directionKnown: true, rankedBy: 'VALUE', ordering: 'Score, higher is better', totalCount: 55 });
    expect(board.entries.map((e: any) => [e.rank, e.subject.key, e.value])).toEqual([
      [1, 'model:gpt-4', 8.99],
      [2, 'method:dpo', 7.5],
      [3, 'method:kto', 7.1],
    ]);
    expect(board.entries[1].evaluation.paper.key).toBe(DPO_PAPER);
    expect(data.hh.evaluations.edges.map((e: any) => e.node.subject.key)).toEqual(['method:dpo', 'method:kto']);
    expect(data.unknownMetric.leaderboard.totalCount).toBe(0);
  });

  it('answers which methods were evaluated on a benchmark, with evidence, and where a method was evaluated', async () => {
    const data = await ok(`{
      methodsEvaluatedOn(benchmark: "mt-bench", first: 100) {
        totalCount
        edges { node { counterpart { ... on Method { key } ... on Model { key } } evaluationCount evaluations { value source evidence { sentence } paper { title } } } }
      }
      method(name: "DPO") { evaluatedOn { edges { node { counterpart { ... on Benchmark { key } ... on Dataset { key } } evaluations { metricName value } } } } }
      missing: methodsEvaluatedOn(benchmark: "no such benchmark") { totalCount }
    }`);
    const groups = data.methodsEvaluatedOn.edges.map((e: any) => e.node);
    expect(data.methodsEvaluatedOn.totalCount).toBe(56);
    const rlhf = groups.find((g: any) => g.counterpart.key === 'method:rlhf');
    expect(rlhf.evaluations[0]).toMatchObject({ value: null, evidence: { sentence: 'RLHF baselines were evaluated on MT-Bench.' } });
    const dpo = groups.find((g: any) => g.counterpart.key === 'method:dpo');
    expect(dpo.evaluations[0]).toMatchObject({ value: 7.5, source: 'fixture', evidence: null });
    expect(data.method.evaluatedOn.edges.map((e: any) => e.node.counterpart.key).sort()).toEqual(['benchmark:gsm8k', 'benchmark:mt-bench', 'dataset:hh-rlhf']);
    expect(data.missing).toBeNull();
  });

  it('compares methods side by side on the benchmarks they share', async () => {
    const data = await ok(`{ compare(methods: ["DPO", "method:kto", "nothing-like-this"]) {
      subjects { ... on Method { key } } missing
      targets { target { ... on Benchmark { key } ... on Dataset { key } } subjectCount metrics { metric higherIsBetter best { ... on Method { key } } cells { value subject { ... on Method { key } } } } }
    } }`);
    const { subjects, missing, targets } = data.compare;
    expect(subjects.map((s: any) => s.key)).toEqual(['method:dpo', 'method:kto']);
    expect(missing).toEqual(['nothing-like-this']);
    const byKey = Object.fromEntries(targets.map((t: any) => [t.target.key, t.metrics[0]]));
    expect(Object.keys(byKey).sort()).toEqual(['benchmark:gsm8k', 'benchmark:mt-bench', 'dataset:hh-rlhf']);
    expect(byKey['benchmark:mt-bench'].cells.map((c: any) => c.value)).toEqual([7.5, 7.1]);
    expect(byKey['benchmark:mt-bench'].best.key).toBe('method:dpo');
    expect(byKey['benchmark:gsm8k'].best.key).toBe('method:kto');
    // Perplexity: lower is better.
    expect(byKey['dataset:hh-rlhf']).toMatchObject({ metric: 'Perplexity', higherIsBetter: false, best: { key: 'method:dpo' } });
  });

  it('finds related entities, shortest paths and search hits', async () => {
    const data = await ok(`{
      related(id: "DPO", first: 3) { score sharedPapers sharedBenchmarks node { ... on Method { key } ... on Model { key } } }
      path(from: "CLIP", to: "HH-RLHF") { length nodes { __typename ... on Model { key } ... on Dataset { key } } relationships { type fromKey toKey } }
      tooShort: path(from: "CLIP", to: "HH-RLHF", maxHops: 1) { length }
      same: path(from: "method:dpo", to: "DPO") { length nodes { ... on Method { key } } }
      search(query: "preference optimization", first: 5) { score node { __typename ... on Method { key } ... on Paper { title } } }
      onlyBenchmarks: search(query: "mt bench", types: [BENCHMARK]) { node { ... on Benchmark { key } } }
      repoSearch: search(query: "openai", types: [REPO]) { node { ... on Repo { url } } }
    }`);
    expect(data.related[0].node.key).toMatch(/^method:rlhf|model:clip$/);
    expect(data.related[0].sharedPapers).toBeGreaterThanOrEqual(50);
    expect(data.path.length).toBe(3);
    expect(data.path.nodes[0].key).toBe('model:clip');
    expect(data.path.nodes.at(-1).key).toBe('dataset:hh-rlhf');
    expect(data.path.relationships).toHaveLength(3);
    expect(data.tooShort).toBeNull();
    expect(data.same).toEqual({ length: 0, nodes: [{ key: 'method:dpo' }] });
    expect(data.search.length).toBeGreaterThan(0);
    expect(data.search.some((hit: any) => hit.node.key === 'method:dpo')).toBe(true);
    expect(data.onlyBenchmarks.map((h: any) => h.node.key)).toEqual(['benchmark:mt-bench']);
    expect(data.repoSearch.map((h: any) => h.node.url)).toEqual(['https://github.com/openai/CLIP']);
  });

  it('never lets query syntax, NUL or huge input break search or name lookup', async () => {
    const nasty = ['+-&&||!(){}[]^"~*?:\\/', 'dpo\u0000', '\u0000', 'AND OR NOT', '"unclosed', 'a'.repeat(100_000), 'x '.repeat(5_000), '', '   ', 'mt-bench:*'];
    for (const text of nasty) {
      const result = await query(`query($q: String!) { search(query: $q) { score } method(name: $q) { key } path(from: $q, to: "dpo") { length } }`, { q: text });
      expect(result.errors, JSON.stringify(text.slice(0, 40))).toBeUndefined();
    }
  });

  it('serves the dashboard stats in one request', async () => {
    const data = await ok(`{ stats {
      nodeCounts { type count } relationshipCounts { type count }
      topBenchmarks(first: 2) { count evaluations node { ... on Benchmark { key } } }
      topMethods(first: 3) { count node { ... on Method { key } ... on Model { key } } }
      matrix(size: 3) { methods { ... on Method { key } ... on Model { key } } benchmarks { key } cells { row column metric value evaluationCount } }
    } }`);
    const counts = Object.fromEntries(data.stats.nodeCounts.map((c: any) => [c.type, c.count]));
    expect(counts).toMatchObject({ PAPER: 57, METHOD: 54, MODEL: 3, DATASET: 3, BENCHMARK: 3, TASK: 4, METRIC: 4, REPO: 52 });
    const relations = Object.fromEntries(data.stats.relationshipCounts.map((c: any) => [c.type, c.count]));
    expect(relations.EVALUATED_ON).toBe(62);
    expect(relations.VARIANT_OF).toBe(52);
    expect(data.stats.topBenchmarks[0]).toMatchObject({ count: 56, node: { key: 'benchmark:mt-bench' } });
    expect(data.stats.topMethods.slice(0, 3).map((r: any) => r.node.key).sort()).toEqual(['method:dpo', 'method:kto', 'model:gpt-4']);
    const matrix = data.stats.matrix;
    expect(matrix.benchmarks).toHaveLength(3);
    expect(matrix.cells.length).toBeGreaterThan(0);
    const gpt4 = matrix.methods.findIndex((m: any) => m.key === 'model:gpt-4');
    const mt = matrix.benchmarks.findIndex((b: any) => b.key === 'benchmark:mt-bench');
    expect(matrix.cells.find((c: any) => c.row === gpt4 && c.column === mt)).toMatchObject({ metric: 'Score', value: 8.99 });
  });
});
