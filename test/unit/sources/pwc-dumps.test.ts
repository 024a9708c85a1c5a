import { afterAll, describe, expect, it } from 'vitest';
import { readPwcDatasets } from '../../../ingest/sources/pwc-datasets.js';
import { readPwcLinks } from '../../../ingest/sources/pwc-links.js';
import { readPwcMethods } from '../../../ingest/sources/pwc-methods.js';
import { readPwcPapers } from '../../../ingest/sources/pwc-papers.js';
import { spamSign } from '../../../ingest/sources/spam-text.js';
import { collect, fixture, nodeById, scratch } from './fixtures.js';

const BERT = 'paper:bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding';
const files = scratch();
afterAll(() => files.remove());

describe('pwc-papers', async () => {
  const file = fixture('papers-with-abstracts.json');
  const result = await collect(readPwcPapers(file));

  it('yields a document per paper, so abstracts still go through extraction', () => {
    expect(result.documents.map((doc) => doc.id)).toEqual([
      BERT,
      'paper:adam-a-method-for-stochastic-optimization',
      'paper:a-large-annotated-corpus-for-learning-natural-language-inference',
    ]);
    expect(result.documents[0]).toMatchObject({
      arxivId: '1810.04805',
      url: 'http://arxiv.org/abs/1810.04805v2',
      publishedAt: '2018-10-11',
      source: 'pwc-papers',
      location: { file, line: 1 },
    });
  });

  it('tolerates null lists, a null abstract, a numeric arXiv id and an empty date', () => {
    const [, adam, snli] = result.documents;
    expect(adam).toMatchObject({ arxivId: '1412.6980' });
    expect(snli).toMatchObject({ abstract: '', arxivId: '1508.05326' });
    expect(snli?.publishedAt).toBeUndefined();
  });

  it('links papers to their tasks and methods', () => {
    const fromBert = result.edges.filter((edge) => edge.from.id === BERT).map((edge) => `${edge.type}->${edge.to.id}`);
    expect(fromBert).toEqual(expect.arrayContaining(['ADDRESSES->task:natural-language-inference', 'ADDRESSES->task:question-answering', 'USES->method:dropout']));
    expect(result.edges.every((edge) => edge.props.source === 'pwc-papers')).toBe(true);
  });

  it('keeps what a document cannot carry on the Paper node', () => {
    expect(nodeById(result.nodes, BERT)?.props).toMatchObject({
      authors: ['Jacob Devlin', 'Ming-Wei Chang', 'Kenton Lee', 'Kristina Toutanova'],
      urlPdf: 'http://arxiv.org/pdf/1810.04805v2.pdf',
      proceeding: 'NAACL 2019 6',
    });
    // No authors listed is not "no authors": the property is left out, not emptied.
    expect(nodeById(result.nodes, 'paper:adam-a-method-for-stochastic-optimization')?.props.authors).toBeNull();
  });

  it('reads a gzipped copy the same way', async () => {
    const gz = await collect(readPwcPapers(files.gzip(file)));
    expect(gz.nodes).toEqual(result.nodes);
    expect(gz.edges).toEqual(result.edges);
    expect(gz.documents.map((doc) => ({ ...doc, location: undefined }))).toEqual(result.documents.map((doc) => ({ ...doc, location: undefined })));
  });
});

describe('pwc-links', async () => {
  const result = await collect(readPwcLinks(fixture('links-between-papers-and-code.json')));
  const hasCode = result.edges.filter((edge) => edge.type === 'HAS_CODE');

  it('links papers to normalised repositories with official, framework and source', () => {
    expect(hasCode.map((edge) => `${edge.from.id}->${edge.to.id}`)).toEqual([
      `${BERT}->https://github.com/google-research/bert`,
      `${BERT}->https://github.com/huggingface/transformers`,
      'paper:adam-a-method-for-stochastic-optimization->https://github.com/example/adam-optimizer',
    ]);
    expect(hasCode[0]?.props).toEqual({ official: true, framework: 'tf', mentionedInPaper: true, mentionedInGithub: true, source: 'pwc-links' });
    // "false" as a string is read as the boolean it means.
    expect(hasCode[1]?.props.official).toBe(false);
  });

  it('skips links to pages that are not repositories', () => {
    expect(result.nodes.some((node) => node.id.includes('github.io'))).toBe(false);
  });
});

describe('pwc-methods', async () => {
  const result = await collect(readPwcMethods(fixture('methods.json')));

  it('makes Method nodes with full name, description, year and aliases', () => {
    expect(nodeById(result.nodes, 'method:dropout')).toMatchObject({
      label: 'Method',
      props: { name: 'Dropout', fullName: 'Dropout', introducedYear: 2014, numPapers: 13543, collections: ['Regularization'] },
      aliases: ['Dropout'],
    });
    expect(nodeById(result.nodes, 'method:adam')?.props.collections).toBeNull();
  });

  it('links the introducing paper and the implementing repository', () => {
    const edges = result.edges.map((edge) => `${edge.from.id}-${edge.type}->${edge.to.id}`);
    expect(edges).toContain('paper:dropout-a-simple-way-to-prevent-neural-networks-from-overfitting-PROPOSES->method:dropout');
    expect(edges).toContain('method:dropout-IMPLEMENTED_IN->https://github.com/google/jax');
  });

  it('reads numbers given as strings', () => {
    const resnet = result.nodes.find((node) => node.props.name === 'ResNet');
    expect(resnet?.props).toMatchObject({ introducedYear: 2015, numPapers: 2000, fullName: 'Residual Network' });
    expect(resnet?.aliases).toContain('Residual Network');
  });
});

describe('pwc-datasets', async () => {
  const result = await collect(readPwcDatasets(fixture('datasets.json')));

  it('makes Dataset nodes with full name and variants as aliases', () => {
    expect(nodeById(result.nodes, 'dataset:snli')).toMatchObject({
      label: 'Dataset',
      props: { fullName: 'Stanford Natural Language Inference', introducedDate: '2015-08-21', modalities: ['Texts'], tasks: ['Natural Language Inference'] },
    });
    expect(nodeById(result.nodes, 'dataset:snli')?.aliases).toEqual(expect.arrayContaining(['Stanford Natural Language Inference', 'snli 1.0']));
    expect(nodeById(result.nodes, 'dataset:cifar-10')?.aliases).toEqual(expect.arrayContaining(['CIFAR 10', 'cifar10']));
  });

  it('links the introducing paper, its Papers with Code page kept apart from its URL', () => {
    const proposes = result.edges.find((edge) => edge.type === 'PROPOSES');
    expect(proposes?.to.id).toBe('dataset:snli');
    const paper = nodeById(result.nodes, proposes!.from.id);
    expect(paper?.props).toMatchObject({ url: null, pwcUrl: 'https://paperswithcode.com/paper/a-large-annotated-corpus-for-learning-natural' });
  });
});

describe('spam in the methods dump', async () => {
  const file = fixture('methods-spam.json');
  const result = await collect(readPwcMethods(file));

  it('passes over call-centre entries by record, counted, and keeps every real method', () => {
    expect(result.passedOver).toEqual([2, 3, 5, 6, 8].map((record) => ({ what: 'spam methods', record })));
    const methods = result.nodes.filter((node) => node.label === 'Method' || node.label === 'Model').map((node) => node.props.name);
    expect([...new Set(methods)].sort()).toEqual(['Adam', 'Batch Normalization', 'Dropout', 'ResNet']);
    expect(result.nodes.some((node) => /care|helpline|support|accounting|router/i.test(String(node.props.name)))).toBe(false);
  });
});

describe('spam signs', () => {
  it.each([
    ['QuickBooks Customer Care Number', undefined, 'call-centre phrase'],
    ['HP Printer Tech Support', undefined, 'call-centre phrase'],
    ['I8OO.385.4895 Aol mail', undefined, 'phone number'],
    ['quickbooks error quickbooks support quickbooks', undefined, 'repeated keywords'],
    ['Router Setup', 'Call +1 (844) 313-4859, our toll free line', 'phone number'],
  ] as const)('%j is spam (%j): %s', (name, description, sign) => {
    expect(spamSign(name, undefined, description)).toBe(sign);
  });

  it.each(['Support Vector Machine', 'ResNet-1001', 'GPT-3 175B', 'Attention Is All You Need', 'Multi-Head Attention'])('%j is a method', (name) => {
    expect(spamSign(name, name, 'A description that mentions customer service and 2014-2016.')).toBeUndefined();
  });
});

describe('the dump fields beyond names', async () => {
  const methods = await collect(readPwcMethods(fixture('methods.json')));
  const papers = await collect(readPwcPapers(fixture('papers-with-abstracts.json')));
  const datasets = await collect(readPwcDatasets(fixture('datasets.json')));
  const shown = (edges: Array<{ type: string; from: { id: string }; to: { id: string } }>, type: string) =>
    edges.filter((edge) => edge.type === type).map((edge) => `${edge.from.id}->${edge.to.id}`).sort();

  it("puts methods in their collections, and collections in their areas (the methods dump's taxonomy)", () => {
    expect(shown(methods.edges, 'IN_COLLECTION')).toEqual([
      'method:dropout->collection:regularization',
      'model:resnet->collection:convolutional-neural-networks',
      'model:resnet->collection:image-models',
    ].sort());
    expect(shown(methods.edges, 'IN_AREA')).toEqual(['collection:convolutional-neural-networks->area:computer-vision', 'collection:regularization->area:general']);
    expect(nodeById(methods.nodes, 'area:computer-vision')).toMatchObject({ label: 'Area', props: { name: 'Computer Vision' } });
  });

  it("links a paper to the methods the papers dump lists with USES, each in its main collection's area", () => {
    const uses = papers.edges.filter((edge) => edge.type === 'USES');
    expect(uses.map((edge) => edge.to.id).sort()).toEqual(['method:dropout', 'method:lstm', 'model:bert']);
    expect(uses.every((edge) => edge.props.source === 'pwc-papers')).toBe(true);
    expect(papers.edges.some((edge) => edge.type === 'MENTIONS')).toBe(false);
    expect(shown(papers.edges, 'IN_AREA')).toEqual(['collection:language-models->area:natural-language-processing']);
  });

  it('keeps the abstract page, PDF, proceeding and conference on the paper', () => {
    expect(nodeById(papers.nodes, BERT)?.props).toMatchObject({
      urlAbs: 'http://arxiv.org/abs/1810.04805v2',
      urlPdf: 'http://arxiv.org/pdf/1810.04805v2.pdf',
      arxivId: '1810.04805',
      proceeding: 'NAACL 2019 6',
      publishedAt: '2018-10-11',
    });
  });

  it("keeps a dataset's variants and links it to its parent dataset", () => {
    expect(nodeById(datasets.nodes, 'dataset:cifar-10-c')?.props).toMatchObject({ modalities: ['Images'], languages: null, variants: ['CIFAR-10-C', 'CIFAR10-C'], parentDataset: 'dataset:cifar-10' });
    expect(shown(datasets.edges, 'PART_OF')).toEqual(['dataset:cifar-10-c->dataset:cifar-10']);
  });
});

describe('bad input in the new fields: one error naming file, record and field', () => {
  const files = scratch();
  afterAll(() => files.remove());
  const one = (name: string, record: Record<string, unknown>) => files.write(name, JSON.stringify([record]));

  it.each([
    ['a collection that is a number', () => readPwcMethods(one('m1.json', { name: 'X', collections: [5] })), /record 1 \(collection 1\): expected collection 1 to be a JSON object or a name, got number 5/],
    ['an introduced_year that is no number', () => readPwcMethods(one('m2.json', { name: 'X', introduced_year: 'soon' })), /record 1: field "introduced_year" must be a number/],
    ['a parent_dataset that is a list', () => readPwcDatasets(one('d1.json', { name: 'X', modalities: [], parent_dataset: ['Y'] })), /record 1 \(parent_dataset\): expected field "parent_dataset" to be a JSON object, got a list/],
    ['modalities that are not texts', () => readPwcDatasets(one('d2.json', { name: 'X', modalities: [{ a: 1 }] })), /record 1: field "modalities" item 1 must be a string, got an object/],
    ['a main_collection that is a text', () => readPwcPapers(one('p1.json', { title: 'T', abstract: 'A', methods: [{ name: 'M', main_collection: 'Z' }] })), /record 1 \(method 1 > main_collection\): expected field "main_collection" to be a JSON object/],
  ])('%s', async (_what, read, message) => {
    const error = await collect(read()).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(message);
    expect((error as Error).message).not.toContain('\n');
  });
});

describe('spam in a paper\'s method list', async () => {
  const files = scratch();
  afterAll(() => files.remove());
  const file = files.write(
    'papers-with-abstracts.json',
    JSON.stringify([
      {
        paper_url: 'https://paperswithcode.com/paper/a-study-of-dropout',
        title: 'A Study of Dropout',
        abstract: '',
        methods: [
          { name: 'Dropout', full_name: 'Dropout', description: 'Randomly zeroes units.' },
          { name: 'QuickBooks Customer Care Number +1-800-555-0199', full_name: 'QuickBooks Customer Care Number +1-800-555-0199', description: 'Call the helpline.' },
          'Adam',
        ],
      },
    ]),
  );
  const result = await collect(readPwcPapers(file));

  it('keeps the real methods and counts the spam one, by record, never a node', () => {
    expect(result.passedOver).toEqual([{ what: 'spam method mentions', record: 1 }]);
    const uses = result.edges.filter((edge) => edge.type === 'USES').map((edge) => edge.to.id);
    expect(uses).toHaveLength(2);
    expect(result.nodes.some((node) => /customer care/i.test(String(node.props.name)))).toBe(false);
  });
});
