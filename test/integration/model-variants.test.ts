import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../core/graph-records.js';
import { GraphLoader } from '../../ingest/load/graph-loader.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/** Model.variants and Model.variantOf: the variants tree of the model pages, both ways. */
const { db, close } = connectTestDb();
const query = graphqlClient(db);

const model = (id: string, name: string): NodeRecord => ({ label: 'Model', id, props: { name }, aliases: [name], sources: ['fixture'] });

describe('Model variants', () => {
  beforeAll(async () => {
    await resetGraph(db);
    const loader = new GraphLoader(db);
    await loader.add({
      nodes: [model('model:llama-2', 'Llama 2'), model('model:llama-2-chat', 'Llama 2 Chat'), model('model:code-llama', 'Code Llama'), model('model:gpt-4', 'GPT-4')],
      edges: ['model:llama-2-chat', 'model:code-llama'].map((from) => ({
        type: 'VARIANT_OF' as const,
        from: { label: 'Model' as const, id: from },
        to: { label: 'Model' as const, id: 'model:llama-2' },
        key: '',
        props: { source: 'fixture' },
      })),
    });
    await loader.flush();
  });
  afterAll(close);

  it('lists the variants of a model and what a variant derives from', async () => {
    const result = await query(`{
      base: model(id: "model:llama-2") { variants(first: 10) { totalCount edges { node { key } } } variantOf(first: 5) { totalCount } }
      chat: model(id: "model:llama-2-chat") { variantOf(first: 5) { edges { node { key } } } }
      other: model(id: "model:gpt-4") { variants(first: 5) { totalCount } }
    }`);
    expect(result.errors).toBeUndefined();
    const { base, chat, other } = result.data!;
    expect(base.variants.totalCount).toBe(2);
    expect(base.variants.edges.map((edge: { node: { key: string } }) => edge.node.key).sort()).toEqual(['model:code-llama', 'model:llama-2-chat']);
    expect(base.variantOf.totalCount).toBe(0);
    expect(chat.variantOf.edges.map((edge: { node: { key: string } }) => edge.node.key)).toEqual(['model:llama-2']);
    expect(other.variants.totalCount).toBe(0);
  });
});
