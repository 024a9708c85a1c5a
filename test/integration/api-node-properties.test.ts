import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphqlClient } from '../support/graphql.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * Statements read a node's optional properties (all but its key and name: abstract, aliases,
 * dates, links, sources, ...) only where the request asks for them. Answers are the same as with every property read; a selection the
 * statement does not see (a fragment on a union's member) is answered by the node loader.
 */
const sent: string[] = [];
const { db, close } = connectTestDb();
const counted = db.withListener((cypher) => sent.push(cypher));
const trimmed = graphqlClient(db, () => counted);
const whole = graphqlClient(db, () => counted, { readAllProperties: true });
const perLevel = graphqlClient(db, () => counted, { compileNestedHops: false });

async function run(client: typeof trimmed, document: string, variables: Record<string, unknown> = {}) {
  sent.length = 0;
  const result = await client(document, variables);
  expect(result.errors).toBeUndefined();
  return { data: result.data!, trips: sent.length, cypher: [...sent] };
}

async function bothWays(document: string, variables: Record<string, unknown> = {}) {
  const one = await run(trimmed, document, variables);
  const other = await run(whole, document, variables);
  expect(one.data).toEqual(other.data);
  return { data: one.data, trimmed: one, whole: other };
}

const DPO_ABSTRACT = 'We propose DPO, trained on HH-RLHF and evaluated on MT-Bench.';

describe('optional node properties read where asked', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
  });
  afterAll(close);

  it('reads the abstracts, aliases and descriptions a nested shape asks for in its one statement', async () => {
    const { data, trimmed: asked } = await bothWays(
      `query ($b: String!) { benchmark(name: $b) { name aliases papers(first: 10) { edges { node { title abstract
        methods(first: 5) { edges { node { name aliases description } } } } } } } }`,
      { b: 'MT-Bench' },
    );
    expect(data.benchmark.aliases).toEqual(['MT Bench', 'MT-Bench']);
    const dpoPaper = data.benchmark.papers.edges.find((edge: any) => edge.node.title.startsWith('Direct Preference')).node;
    expect(dpoPaper.abstract).toBe(DPO_ABSTRACT);
    const dpo = dpoPaper.methods.edges.find((edge: any) => edge.node.name === 'DPO').node;
    expect(dpo).toEqual({ name: 'DPO', aliases: ['DPO', 'Direct Preference Optimization'], description: 'Preference optimisation without a reward model.' });
    // Asked for, read in the one statement: no loader query follows.
    expect(asked.trips).toBe(1);
  });

  it('leaves them out of the statement where nobody asks', async () => {
    const { trimmed: notAsked } = await bothWays(
      `query ($b: String!) { benchmark(name: $b) { name papers(first: 10) { edges { node { title methods(first: 5) { edges { node { name } } } } } } } }`,
      { b: 'MT-Bench' },
    );
    expect(notAsked.trips).toBe(1);
    // A paper shows its key and title, a method its key and name: nothing else is read.
    expect(notAsked.cypher[0]).toContain('m {label: head(labels(m)), .id, .title, .arxivId}');
    expect(notAsked.cypher[0]).toContain('m {label: head(labels(m)), .id, .name}');
  });

  it('reads the short properties a nested shape asks for too, in its one statement', async () => {
    const { data, trimmed: asked } = await bothWays(
      `query ($b: String!) { benchmark(name: $b) { name sources papers(first: 10) { edges { node { title publishedAt url
        methods(first: 5) { edges { node { name fullName } } } } } } } }`,
      { b: 'MT-Bench' },
    );
    const dpoPaper = data.benchmark.papers.edges.find((edge: any) => edge.node.title.startsWith('Direct Preference')).node;
    expect(dpoPaper.publishedAt).toBe('2023-05-29');
    expect(dpoPaper.methods.edges.find((edge: any) => edge.node.name === 'DPO').node.fullName).toBe('Direct Preference Optimization');
    expect(data.benchmark.sources.length).toBeGreaterThan(0);
    expect(asked.trips).toBe(1);
    expect(asked.cypher[0]).toContain('.publishedAt');
  });

  it("reads the links' evidence only where the edges ask for it", async () => {
    const document = (edge: string) => `{ paper(id: "paper:direct-preference-optimization-your-language-model-is-secretly-a-reward-model") {
      methods(first: 5) { edges { ${edge} relations node { name } } } } }`;
    const asked = await run(trimmed, document('evidence { sentence confidence }'));
    const dpo = asked.data.paper.methods.edges.find((edge: any) => edge.node.name === 'DPO');
    expect(dpo.evidence).toEqual([{ sentence: 'We propose Direct Preference Optimization (DPO).', confidence: expect.any(Number) }]);
    expect(asked.cypher.at(-1)).toContain('x.evidence');
    const notAsked = await run(trimmed, document(''));
    expect(notAsked.cypher.at(-1)).not.toContain('x.evidence');
    expect(notAsked.data.paper.methods.edges).toEqual(asked.data.paper.methods.edges.map(({ evidence: _evidence, ...edge }: any) => edge));
  });

  it('reads them through fragments and in a per-level query', async () => {
    const { data, trimmed: asked } = await bothWays(
      `query ($m: ID!) { method(id: $m) { ...Names variantOf(first: 5) { edges { node { ... on Method { name description } } } } } }
       fragment Names on Method { name aliases }`,
      { m: 'method:kto' },
    );
    expect(data.method.name).toBe('KTO');
    expect(data.method.variantOf.edges).toEqual([{ node: { name: 'DPO', description: 'Preference optimisation without a reward model.' } }]);
    expect(asked.trips).toBe(1);
    // Each level its own query (compilation off): each reads what its level asks for.
    const levels = await run(perLevel, `{ method(id: "method:kto") { ...Names variantOf(first: 5) { edges { node { ... on Method { name description } } } } } }
       fragment Names on Method { name aliases }`);
    expect(levels.data).toEqual(data);
    expect(levels.trips).toBe(2);
  });

  it('answers a selection the statement does not see from the node loader, one batched query per type', async () => {
    const document = `{ search(query: "DPO", first: 10) { node { __typename ... on Paper { key abstract } ... on Method { key aliases description } } } }`;
    const { data, trimmed: viaLoader, whole: allRead } = await bothWays(document);
    const nodes = data.search.map((hit: any) => hit.node);
    expect(nodes.find((node: any) => node.key === 'paper:direct-preference-optimization-your-language-model-is-secretly-a-reward-model').abstract).toBe(DPO_ABSTRACT);
    expect(nodes.find((node: any) => node.key === 'method:dpo').aliases).toEqual(['DPO', 'Direct Preference Optimization']);
    // The search, then one loader query for the papers and one for the methods.
    const labels = new Set(nodes.map((node: any) => node.__typename));
    expect(viaLoader.trips).toBe(1 + labels.size);
    expect(allRead.trips).toBe(1 + labels.size);
    // Not asked: nothing but the search.
    expect((await run(trimmed, '{ search(query: "DPO", first: 10) { node { __typename } } }')).trips).toBe(1);
  });

  it('answers a path whose nodes ask for optional properties by fragments on the union', async () => {
    const { data } = await bothWays(`{ path(from: "method:kto", to: "benchmark:mt-bench") { nodes { ... on Method { name description } ... on Benchmark { name aliases } } } }`);
    const ends = data.path.nodes;
    expect(ends.at(-1)).toEqual({ name: 'MT-Bench', aliases: ['MT Bench', 'MT-Bench'] });
  });
});
