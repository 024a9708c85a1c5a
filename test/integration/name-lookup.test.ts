import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../core/graph-records.js';
import { backfillNameKeys } from '../../ingest/load/name-keys-backfill.js';
import { GraphLoader } from '../../ingest/load/graph-loader.js';
import { nodeByName } from '../../src/graph/lookup.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();
const query = graphqlClient(db);

const entity = (label: NodeRecord['label'], id: string, name: string, extra: Partial<NodeRecord> = {}): NodeRecord => ({
  label,
  id,
  props: { name },
  sources: ['test'],
  ...extra,
});

async function keyOf(field: string, name: string): Promise<string | null> {
  const result = await query(`query($name: String!) { found: ${field}(name: $name) { key } }`, { name });
  expect(result.errors).toBeUndefined();
  return (result.data!.found as { key: string } | null)?.key ?? null;
}

describe('lookups by name follow the rule ingest merges names by', () => {
  beforeAll(async () => {
    await resetGraph(db);
    const loader = new GraphLoader(db);
    await loader.add({
      nodes: [
        // No aliases: every spelling below must come from the name rule alone.
        entity('Model', 'model:gpt-4', 'GPT-4'),
        entity('Benchmark', 'benchmark:mt-bench', 'MT-Bench'),
        entity('Model', 'model:llama-3-1-70b', 'Llama 3.1 70B'),
        entity('Method', 'method:dpo', 'DPO', { props: { name: 'DPO', fullName: 'Direct Preference Optimization' } }),
        // Two records of one node with different names: both names find it.
        entity('Dataset', 'dataset:squad', 'SQuAD'),
        entity('Dataset', 'dataset:squad', 'Stanford Question Answering Dataset'),
        entity('Task', 'task:cafe-recognition', 'Café recognition'),
        entity('Model', 'model:gemini', 'Gemini'),
        // A benchmark known by another key, and a dataset whose key is the name's guess.
        entity('Benchmark', 'benchmark:coco-captions-test', 'COCO Captions test', { aliases: ['COCO Captions'] }),
        entity('Dataset', 'dataset:coco-captions', 'COCO Captions'),
        // A name that ends with a kind word, beside the name without it.
        entity('Method', 'method:masked-language-model', 'Masked Language Model'),
        entity('Method', 'method:masked-language', 'Masked Language'),
      ],
      edges: [],
    });
    await loader.flush();
  });
  afterAll(close);

  it.each(['GPT4', 'gpt4', 'GPT 4', 'gpt-4', 'GPT-4', 'G.P.T.-4'])('model(name: %j) finds GPT-4', async (name) => {
    expect(await keyOf('model', name)).toBe('model:gpt-4');
  });

  it.each(['mtbench', 'MTBench', 'MT Bench', 'mt-bench', 'MT_Bench'])('benchmark(name: %j) finds MT-Bench', async (name) => {
    expect(await keyOf('benchmark', name)).toBe('benchmark:mt-bench');
  });

  it.each(['Llama3.1 70B', 'llama-3.1-70b', 'LLaMA 3.1-70B'])('dots and spaces never split a name: %j', async (name) => {
    expect(await keyOf('model', name)).toBe('model:llama-3-1-70b');
  });

  it('finds by full name and by every name any record gave', async () => {
    expect(await keyOf('method', 'direct-preference optimization')).toBe('method:dpo');
    expect(await keyOf('dataset', 'stanford question answering dataset')).toBe('dataset:squad');
    expect(await keyOf('dataset', 'Squad')).toBe('dataset:squad');
  });

  it('finds accented names with or without their accents', async () => {
    expect(await keyOf('task', 'café recognition')).toBe('task:cafe-recognition');
    expect(await keyOf('task', 'cafe recognition')).toBe('task:cafe-recognition');
  });

  it.each(['Google Gemini', "Google's Gemini", 'the Gemini family', 'Gemini models', 'Gemini architecture'])('a maker or a kind word around a name still finds it: %j', async (name) => {
    expect(await keyOf('model', name)).toBe('model:gemini');
  });

  it('prefers the name as written to the name without its kind word', async () => {
    expect(await keyOf('method', 'Masked Language Model')).toBe('method:masked-language-model');
    expect(await keyOf('method', 'Masked Language')).toBe('method:masked-language');
    expect(await keyOf('model', 'Gemini series')).toBe('model:gemini');
    expect(await keyOf('model', 'Google')).toBeNull();
  });

  it('prefers the first label asked, by name, to a later label whose key is the guess', async () => {
    expect((await nodeByName(db, ['Benchmark', 'Dataset'], 'COCO Captions'))?.id).toBe('benchmark:coco-captions-test');
    expect((await nodeByName(db, ['Dataset', 'Benchmark'], 'COCO Captions'))?.id).toBe('dataset:coco-captions');
    expect((await nodeByName(db, ['Benchmark', 'Dataset'], 'COCO Captions test'))?.id).toBe('benchmark:coco-captions-test');
  });

  it('answers null for a name nothing has, and for one of another type', async () => {
    expect(await keyOf('model', 'GPT5')).toBeNull();
    expect(await keyOf('method', 'GPT-4')).toBeNull();
  });

  it('gives nodes of a graph written before name keys their keys', async () => {
    await db.write(`MERGE (n:Benchmark {id: 'benchmark:glue'}) SET n.name = 'GLUE', n.aliases = ['G.L.U.E. benchmark'], n.sources = ['old']`);
    expect(await keyOf('benchmark', 'GLUE benchmark')).toBeNull();
    expect(await backfillNameKeys(db)).toBe(1);
    expect(await keyOf('benchmark', 'GLUE benchmark')).toBe('benchmark:glue');
    expect(await backfillNameKeys(db)).toBe(0);
  });
});
