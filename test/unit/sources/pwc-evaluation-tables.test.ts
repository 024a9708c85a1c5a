import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { readEvaluationTables } from '../../../ingest/sources/pwc-evaluation-tables.js';
import { collect, distinctEdges, fixture, nodeById, scratch } from './fixtures.js';

interface Row {
  model_name: string;
  paper_title: string | null;
  metrics: Record<string, unknown>;
  code_links: { title: string; url: string }[];
}
interface Table {
  dataset?: string;
  subdataset?: string;
  sota: { rows: Row[] };
  subdatasets?: Table[];
}
interface Task {
  task: string;
  datasets: Table[];
  subtasks: Task[];
}

/** Every row of a file, read the plain way, to check the streaming parser against. */
function plainRows(file: string): Row[] {
  const rows: Row[] = [];
  const walkTables = (tables: Table[]): void => {
    for (const table of tables) {
      rows.push(...table.sota.rows);
      walkTables(table.subdatasets ?? []);
    }
  };
  const walkTasks = (tasks: Task[]): void => {
    for (const task of tasks) {
      walkTables(task.datasets);
      walkTasks(task.subtasks ?? []);
    }
  };
  walkTasks(JSON.parse(readFileSync(file, 'utf8')) as Task[]);
  return rows;
}

const files = scratch();
afterAll(() => files.remove());

describe('pwc-evaluation-tables on SNLI (the whole real table)', async () => {
  const file = fixture('evaluation-tables-snli.json');
  const result = await collect(readEvaluationTables(file));
  const evaluations = result.edges.filter((edge) => edge.type === 'EVALUATED_ON');
  const rows = plainRows(file);

  it('gives one EVALUATED_ON per metric cell of every row, as JSON.parse counts them', () => {
    const cells = rows.flatMap((row) => Object.entries(row.metrics));
    expect(rows).toHaveLength(64);
    expect(evaluations).toHaveLength(cells.length);
    expect(distinctEdges(evaluations).size).toBe(cells.length);
  });

  it('keeps every raw cell and parses its value', () => {
    const raw = rows.flatMap((row) => Object.values(row.metrics).map(String)).sort();
    expect(evaluations.map((edge) => edge.props.rawValue).sort()).toEqual(raw);
    const accuracy = evaluations.find((edge) => edge.from.id === 'model:unlexicalized-features' && edge.props.metric === '% Test Accuracy');
    expect(accuracy?.props).toMatchObject({
      value: 50.4,
      rawValue: '50.4',
      paper: 'paper:a-large-annotated-corpus-for-learning-natural-language-inference',
      source: 'pwc-evaluation-tables',
      metricId: 'metric:test-accuracy',
    });
    expect(evaluations.filter((edge) => edge.props.rawValue === '').every((edge) => edge.props.value === null)).toBe(true);
  });

  it('names the benchmark by the dataset, as the abstract extractor does, on its Dataset and Task', () => {
    expect(nodeById(result.nodes, 'benchmark:snli')?.label).toBe('Benchmark');
    expect(nodeById(result.nodes, 'dataset:snli')?.label).toBe('Dataset');
    const benchmarkEdges = result.edges.filter((edge) => edge.from.id === 'benchmark:snli').map((edge) => `${edge.type}->${edge.to.id}`);
    expect(benchmarkEdges.sort()).toEqual(['FOR_TASK->task:natural-language-inference', 'ON_DATASET->dataset:snli']);
    expect(evaluations.every((edge) => edge.to.id === 'benchmark:snli')).toBe(true);
  });

  it('makes one Paper per real title or arXiv link, each evaluating on the benchmark and proposing its models', () => {
    // SNLI's table cites most papers as "Qian Chen et al. '17" with an arXiv link: the link names the paper, the citation stays on the result.
    const citations = rows.filter((row) => /'\d\d[a-z]?$/.test(row.paper_title ?? ''));
    expect(citations.length).toBeGreaterThan(30);
    const titles = new Set(rows.filter((row) => !citations.includes(row)).map((row) => row.paper_title));
    expect(titles.size).toBe(4);
    const arxivIds = new Set(citations.map((row) => /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/.exec((row as Row & { paper_url: string }).paper_url)?.[1]).filter(Boolean));
    expect(arxivIds.size).toBeGreaterThan(20);
    const papers = result.nodes.filter((node) => node.label === 'Paper');
    expect(new Set(papers.filter((node) => node.props.title !== undefined).map((node) => node.id)).size).toBe(titles.size);
    expect(new Set(papers.filter((node) => node.props.title === undefined).map((node) => node.props.arxivId))).toEqual(arxivIds);
    expect(papers.some((node) => /et al/.test(String(node.props.title)))).toBe(false);
    const evaluatesOn = distinctEdges(result.edges.filter((edge) => edge.type === 'EVALUATES_ON'));
    expect(evaluatesOn.size).toBe(titles.size + arxivIds.size);
    const proposes = result.edges.filter((edge) => edge.type === 'PROPOSES');
    expect(proposes.every((edge) => papers.some((node) => node.id === edge.from.id) && ['Model', 'Method'].includes(edge.to.label))).toBe(true);
    const cited = evaluations.filter((edge) => edge.props.paperCitation === "Xiaodong Liu et al. '19");
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.every((edge) => edge.props.paper === 'paper:arxiv-1901-11504' && edge.props.paperUrl === 'https://arxiv.org/pdf/1901.11504.pdf')).toBe(true);
  });

  it('makes Metric nodes with a guessed direction', () => {
    const metrics = result.nodes.filter((node) => node.label === 'Metric');
    expect(Object.fromEntries(metrics.map((node) => [node.id, node.props.higherIsBetter]))).toEqual({
      'metric:test-accuracy': true,
      'metric:train-accuracy': true,
      'metric:parameters': false,
    });
  });

  it('gives the same records on every read', async () => {
    expect(await collect(readEvaluationTables(file))).toEqual(result);
  });

  it('gives the same records from a gzipped copy', async () => {
    const gz = await collect(readEvaluationTables(files.gzip(file)));
    expect(gz).toEqual(result);
  });
});

describe('pwc-evaluation-tables on nested tasks and tables (nlp-progress subset)', async () => {
  const file = fixture('evaluation-tables-nlp-progress.json');
  const result = await collect(readEvaluationTables(file));
  const evaluations = result.edges.filter((edge) => edge.type === 'EVALUATED_ON');

  it('reads every metric cell of every row, subdatasets and subtasks included', () => {
    const cells = plainRows(file).flatMap((row) => Object.values(row.metrics).filter((cell) => cell !== null));
    expect(evaluations).toHaveLength(cells.length);
  });

  it('makes subtasks Tasks that name their parent', () => {
    const hypernym = nodeById(result.nodes, 'task:hypernym-discovery');
    expect(hypernym?.props.parentTask).toBe('task:taxonomy-learning');
  });

  it('makes a subdataset a Benchmark of its own on the parent Dataset', () => {
    const general = result.edges.filter((edge) => edge.from.id === 'benchmark:semeval-2018-general');
    expect(general.map((edge) => `${edge.type}->${edge.to.id}`).sort()).toEqual([
      'FOR_TASK->task:hypernym-discovery',
      'ON_DATASET->dataset:semeval-2018',
    ]);
    expect(nodeById(result.nodes, 'benchmark:semeval-2018-general')?.props.subdataset).toBe('General');
  });

  it('keeps two-number cells raw, without a value', () => {
    const mrpc = evaluations.filter((edge) => edge.props.rawValue === '93.0/90.7');
    expect(mrpc.length).toBeGreaterThan(0);
    expect(mrpc.every((edge) => edge.props.value === null)).toBe(true);
  });

  it('strips the year from model names and keeps it on the edge', () => {
    const bert = evaluations.find((edge) => edge.props.modelName === 'BERT Large (2018)');
    expect(bert?.from).toEqual({ label: 'Model', id: 'model:bert-large' });
    expect(bert?.props.nameYear).toBe(2018);
  });

  it('keeps both scores when one model and paper appear twice in one table with different values', () => {
    const abs = evaluations.filter((edge) => edge.from.id === 'model:abs' && edge.to.id === 'benchmark:gigaword' && edge.props.metric === 'ROUGE-1');
    expect(new Set(abs.map((edge) => edge.props.value)).size).toBe(2);
    expect(distinctEdges(abs).size).toBe(2);
  });
});

describe('pwc-evaluation-tables on loose rows (chexpert and eff subsets)', async () => {
  it('makes no titled Paper when the title field holds a URL; an arXiv link still names the paper, by its arXiv id', async () => {
    const result = await collect(readEvaluationTables(fixture('evaluation-tables-chexpert.json')));
    const papers = result.nodes.filter((node) => node.label === 'Paper');
    expect(papers.length).toBeGreaterThan(0);
    expect(papers.every((node) => node.props.title === undefined && /^paper:arxiv-/.test(node.id) && typeof node.props.arxivId === 'string')).toBe(true);
    const first = result.edges.find((edge) => edge.type === 'EVALUATED_ON');
    expect(first?.props).toMatchObject({ paper: 'paper:arxiv-2012-03173', paperUrl: 'https://arxiv.org/abs/2012.03173', paperCitation: null, usesAdditionalData: false });
    expect(first?.key).toBe(`${first?.from.id}|paper:arxiv-2012-03173|AVERAGE AUC ON 14 LABEL|0.930`);
    // A row whose link is no arXiv one keeps its URL on the result, with no Paper.
    const offArxiv = result.edges.find((edge) => edge.type === 'EVALUATED_ON' && edge.props.paper === null);
    expect(offArxiv === undefined || typeof offArxiv.props.paperUrl === 'string' || offArxiv.props.paperUrl === null).toBe(true);
  });

  it('turns code links into Repos with HAS_CODE, "Replicated" ones not official', async () => {
    const result = await collect(readEvaluationTables(fixture('evaluation-tables-eff.json')));
    const pixelCnn = result.edges.find((edge) => edge.type === 'HAS_CODE' && edge.to.id === 'https://github.com/openai/pixel-cnn');
    expect(pixelCnn?.props).toEqual({ official: false, source: 'pwc-evaluation-tables' });
    expect(nodeById(result.nodes, 'https://github.com/openai/pixel-cnn')?.props).toMatchObject({ host: 'github.com', owner: 'openai', name: 'pixel-cnn' });
    const numbers = result.edges.filter((edge) => edge.type === 'EVALUATED_ON' && typeof edge.props.value === 'number');
    expect(numbers.length).toBeGreaterThan(100);
  });
});

describe('pwc-evaluation-tables on unnamed, anonymous and cited rows (hand-made)', async () => {
  const file = fixture('evaluation-tables-unnamed.json');
  const result = await collect(readEvaluationTables(file));
  const evaluations = distinctEdges(result.edges.filter((edge) => edge.type === 'EVALUATED_ON'));
  const [task] = JSON.parse(readFileSync(file, 'utf8')) as Task[];
  const tableRows = task!.datasets[0]!.sota.rows;
  const cells = tableRows.flatMap((row) => Object.values(row.metrics).filter((cell) => cell !== null));

  it('gives every cell of the table a result of its own; the table listed again under another task adds none', () => {
    expect(cells).toHaveLength(17);
    expect(evaluations.size).toBe(cells.length);
  });

  it('keeps rows with an empty model name as an unnamed entry of their paper and date', () => {
    const unnamed = result.nodes.filter((node) => node.props.unnamed === true);
    expect([...new Set(unnamed.map((node) => node.id))].sort()).toEqual([
      'model:unnamed-entry-of-reading-toy-passages-with-recurrent-readers-2019-01-02',
      'model:unnamed-entry-of-toyqa-2020-03-04',
    ]);
    const ofPaper = result.edges.filter((edge) => edge.type === 'EVALUATED_ON' && edge.from.id === unnamed[0]!.id);
    expect(new Set(ofPaper.map((edge) => edge.key)).size).toBe(4);
    expect(ofPaper[0]!.props).toMatchObject({ paper: 'paper:reading-toy-passages-with-recurrent-readers', paperDate: '2019-01-02', modelName: null });
    // An unnamed entry proposes nothing: the paper named no model.
    expect(result.edges.some((edge) => edge.type === 'PROPOSES' && edge.to.id === unnamed[0]!.id)).toBe(false);
  });

  it('makes no Paper of a citation mark or an author-year citation, and keeps the text on the result', () => {
    const papers = result.nodes.filter((node) => node.label === 'Paper');
    expect([...new Set(papers.map((node) => node.props.title ?? `arXiv ${String(node.props.arxivId)}`))].sort()).toEqual([
      'Reading Toy Passages with Recurrent Readers',
      'Span Masters: Reading with Spans',
      // "Xiaodong Liu et al. '19" links arxiv.org/pdf/1901.11504: the paper, by its arXiv id, untitled.
      'arXiv 1901.11504',
    ]);
    const cited = [...new Set(result.edges.filter((edge) => edge.type === 'EVALUATED_ON' && edge.props.paperCitation).map((edge) => edge.props.paperCitation))];
    expect(cited.sort()).toEqual(['Xiaodong Liu et al. \'19', '[10]', '[13] [code]']);
  });
});

describe("pwc-evaluation-tables: a row's links and data flags on its results", async () => {
  const files = scratch();
  afterAll(() => files.remove());
  const result = await collect(readEvaluationTables(fixture('evaluation-tables-unnamed.json')));

  it('keeps code links, model links, uses_additional_data and paper_date on every result of the row', () => {
    const span = result.edges.filter((edge) => edge.type === 'EVALUATED_ON' && edge.props.modelName === 'SpanMaster');
    expect(span).toHaveLength(2);
    for (const edge of span) {
      expect(edge.props).toMatchObject({
        codeLinks: ['https://github.com/toyorg/spanmaster'],
        modelLinks: ['https://huggingface.co/toyorg/spanmaster'],
        usesAdditionalData: true,
        paperDate: '2020-01-05',
      });
    }
    // A row without links says nothing about them: null, never an empty list the bulk path could not store.
    const anonymous = result.edges.find((edge) => edge.type === 'EVALUATED_ON' && edge.props.modelName === 'Anonymous');
    expect(anonymous?.props).toMatchObject({ codeLinks: null, modelLinks: null, usesAdditionalData: null });
  });

  it('fails on a model link that is neither a URL nor an object, naming file, record and row', async () => {
    const file = files.write('bad-links.json', JSON.stringify([{ task: 'T', datasets: [{ dataset: 'D', sota: { metrics: ['A'], rows: [{ model_name: 'M', metrics: { A: 1 }, model_links: [7] }] } }] }]));
    const error = await collect(readEvaluationTables(file)).catch((e: unknown) => e);
    expect((error as Error).message).toBe(`${file}:1: record 1 (dataset 1 > sota > row 1): model link 1 must be a URL or an object with "url"`);
  });
});
