import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The fields of the four dumps beyond names, through a real ingest and the API: the methods
 * taxonomy, the papers dump's methods (USES), the paper's links, the links dump's facts on
 * HAS_CODE, the datasets dump's modalities, languages and parent, a leaderboard row's links.
 */
const DUMPS = ['papers-with-abstracts', 'links-between-papers-and-code', 'methods', 'datasets', 'evaluation-tables-unnamed'].map((name) => `test/fixtures/pwc/${name}.json`);
const BERT = 'paper:bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding';
const { db, close } = connectTestDb();
const query = graphqlClient(db);

describe('the dump fields, ingested and served', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, DUMPS);
  });
  afterAll(close);

  it('builds the taxonomy: methods in collections, collections in areas, from both dumps', async () => {
    const rows = await db.read(
      `MATCH (m)-[:IN_COLLECTION]->(c:Collection) OPTIONAL MATCH (c)-[:IN_AREA]->(a:Area)
       RETURN m.id AS method, c.name AS collection, a.name AS area, c.sources AS sources ORDER BY method, collection`,
    );
    expect(rows).toEqual([
      { method: 'method:dropout', collection: 'Regularization', area: 'General', sources: ['pwc-methods'] },
      { method: 'model:bert', collection: 'Language Models', area: 'Natural Language Processing', sources: ['pwc-papers'] },
      { method: 'model:resnet', collection: 'Convolutional Neural Networks', area: 'Computer Vision', sources: ['pwc-methods'] },
      { method: 'model:resnet', collection: 'Image Models', area: null, sources: ['pwc-methods'] },
    ]);
  });

  it('serves Method.collections with their areas, and the introduced year', async () => {
    const response = await query<{ method: { introducedYear: number; collections: { edges: Array<{ node: { name: string; areas: { edges: Array<{ node: { key: string; name: string } }> } } }> } } }>(
      `{ method(name: "Dropout") { introducedYear collections { edges { node { name areas { edges { node { key name } } } } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.method).toEqual({
      introducedYear: 2014,
      collections: { edges: [{ node: { name: 'Regularization', areas: { edges: [{ node: { key: 'area:general', name: 'General' } }] } } }] },
    });
    const area = await query<{ area: { collections: { totalCount: number } } }>(`{ area(id: "Computer Vision") { collections { totalCount } } }`);
    expect(area.data!.area.collections.totalCount).toBe(1);
  });

  it("links a paper to the papers dump's methods with USES, and Paper.methods lists them", async () => {
    const rows = await db.read(`MATCH (:Paper {id: $id})-[r:USES]->(m) RETURN m.id AS method, r.source AS source ORDER BY method`, { id: BERT });
    expect(rows).toEqual([
      { method: 'method:dropout', source: 'pwc-papers' },
      { method: 'model:bert', source: 'pwc-papers' },
    ]);
    const response = await query<{ paper: { methods: { edges: Array<{ relations: string[]; node: { key: string } }> } } }>(
      `query ($id: ID!) { paper(id: $id) { methods { edges { relations node { key } } } } }`,
      { id: BERT },
    );
    expect(response.data!.paper.methods.edges.find((edge) => edge.node.key === 'method:dropout')?.relations).toContain('USES');
  });

  it('serves the paper links and the code links with what the links dump says of them', async () => {
    const response = await query<{ paper: { arxivId: string; urlAbs: string; urlPdf: string; codeLinks: { edges: Array<{ official: boolean; framework: string; mentionedInPaper: boolean; mentionedInGithub: boolean; node: { url: string } }> } } }>(
      `query ($id: ID!) { paper(id: $id) { arxivId urlAbs urlPdf codeLinks { edges { official framework mentionedInPaper mentionedInGithub node { url } } } } }`,
      { id: BERT },
    );
    expect(response.errors).toBeUndefined();
    expect(response.data!.paper).toEqual({
      arxivId: '1810.04805',
      urlAbs: 'http://arxiv.org/abs/1810.04805v2',
      urlPdf: 'http://arxiv.org/pdf/1810.04805v2.pdf',
      codeLinks: {
        edges: [
          { official: true, framework: 'tf', mentionedInPaper: true, mentionedInGithub: true, node: { url: 'https://github.com/google-research/bert' } },
          { official: false, framework: 'pytorch', mentionedInPaper: false, mentionedInGithub: true, node: { url: 'https://github.com/huggingface/transformers' } },
        ],
      },
    });
  });

  it("serves a dataset's modalities, languages and parent", async () => {
    const response = await query<{ c: { modalities: string[]; parent: { key: string } | null }; snli: { modalities: string[]; languages: string[] }; cifar: { parts: { edges: Array<{ node: { key: string } }> } } }>(
      `{ c: dataset(name: "CIFAR-10-C") { modalities parent { key } }
         snli: dataset(name: "SNLI") { modalities languages }
         cifar: dataset(name: "CIFAR-10") { parts { edges { node { key } } } } }`,
    );
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({
      c: { modalities: ['Images'], parent: { key: 'dataset:cifar-10' } },
      snli: { modalities: ['Texts'], languages: ['English'] },
      cifar: { parts: { edges: [{ node: { key: 'dataset:cifar-10-c' } }] } },
    });
  });

  it("keeps a leaderboard row's links, date and data flag on each of its results", async () => {
    const rows = await db.read(
      `MATCH (:Model {id: 'model:spanmaster'})-[r:EVALUATED_ON]->() RETURN r.metric AS metric, r.codeLinks AS code, r.modelLinks AS models, r.usesAdditionalData AS extra, r.paperDate AS date ORDER BY metric`,
    );
    expect(rows).toEqual([
      { metric: 'EM', code: ['https://github.com/toyorg/spanmaster'], models: ['https://huggingface.co/toyorg/spanmaster'], extra: true, date: '2020-01-05' },
      { metric: 'F1', code: ['https://github.com/toyorg/spanmaster'], models: ['https://huggingface.co/toyorg/spanmaster'], extra: true, date: '2020-01-05' },
    ]);
  });
});
