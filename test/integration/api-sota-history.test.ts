import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EdgeRecord, NodeRecord } from '../../core/graph-records.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { GraphLoader } from '../../ingest/load/graph-loader.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * A toy leaderboard whose running best is known: results in both metric directions, on one
 * date and across dates, an equal value reached later, a paper dated only by its arXiv id,
 * and results without a date or without a paper.
 */
interface ToyResult {
  subject: string;
  paper: string | null;
  metric: 'Accuracy' | 'Error';
  value: number;
}

interface ToyPaper {
  id: string;
  publishedAt?: string;
  arxivId?: string;
}

const PAPERS: ToyPaper[] = [
  { id: 'paper:arxiv-only', arxivId: '1806.01234' }, // 2018-06
  { id: 'paper:old-style-arxiv', arxivId: 'cs.CL/9912001' }, // 1999-12
  { id: 'paper:early-2019', publishedAt: '2019-01-01' },
  { id: 'paper:spring-2020', publishedAt: '2020-03-01' },
  { id: 'paper:may-2020', publishedAt: '2020-05-01' },
  { id: 'paper:2021', publishedAt: '2021-01-01' },
  { id: 'paper:2022', publishedAt: '2022-01-01' },
  { id: 'paper:undated' },
];

const RESULTS: ToyResult[] = [
  { subject: 'method:c', paper: 'paper:arxiv-only', metric: 'Accuracy', value: 60 },
  { subject: 'method:a', paper: 'paper:early-2019', metric: 'Accuracy', value: 70 },
  { subject: 'method:b', paper: 'paper:early-2019', metric: 'Accuracy', value: 75 }, // beats A on the same day
  { subject: 'method:d', paper: 'paper:spring-2020', metric: 'Accuracy', value: 75 }, // only equals B, later
  { subject: 'method:e', paper: 'paper:may-2020', metric: 'Accuracy', value: 80 },
  { subject: 'method:h', paper: 'paper:2021', metric: 'Accuracy', value: 79 },
  { subject: 'method:j', paper: 'paper:2022', metric: 'Accuracy', value: 85 }, // tie on one day: I's name sorts first
  { subject: 'method:i', paper: 'paper:2022', metric: 'Accuracy', value: 85 },
  { subject: 'method:f', paper: 'paper:undated', metric: 'Accuracy', value: 99 },
  { subject: 'method:g', paper: null, metric: 'Accuracy', value: 98 },
  { subject: 'method:z', paper: 'paper:old-style-arxiv', metric: 'Error', value: 12 },
  { subject: 'method:a', paper: 'paper:early-2019', metric: 'Error', value: 10 },
  { subject: 'method:b', paper: 'paper:spring-2020', metric: 'Error', value: 11 },
  { subject: 'method:e', paper: 'paper:may-2020', metric: 'Error', value: 8 },
  { subject: 'method:h', paper: 'paper:2021', metric: 'Error', value: 8 },
];

const DIRECTION = { Accuracy: true, Error: false } as const;

/** The paper's date as the API defines it: its own, else the month its arXiv id encodes. */
function dateOf(paperId: string | null): string | null {
  const paper = PAPERS.find((candidate) => candidate.id === paperId);
  if (!paper) return null;
  if (paper.publishedAt) return paper.publishedAt;
  const newStyle = paper.arxivId?.match(/^(\d{2})(\d{2})\.\d{4,5}$/);
  if (newStyle) return `20${newStyle[1]}-${newStyle[2]}`;
  const oldStyle = paper.arxivId?.match(/\/(\d{2})(\d{2})\d{3}$/);
  if (oldStyle) return `${Number(oldStyle[1]) >= 91 ? '19' : '20'}${oldStyle[1]}-${oldStyle[2]}`;
  return null;
}

/** The running best computed the plain way, to compare with the API's. */
function expectedSteps(metric: 'Accuracy' | 'Error') {
  const higherIsBetter = DIRECTION[metric];
  const better = (a: number, b: number) => (higherIsBetter ? a > b : a < b);
  const dated = RESULTS.filter((result) => result.metric === metric && dateOf(result.paper) !== null)
    .map((result) => ({ ...result, date: dateOf(result.paper)! }))
    .sort((x, y) => x.date.localeCompare(y.date) || (higherIsBetter ? y.value - x.value : x.value - y.value) || x.subject.localeCompare(y.subject));
  const steps: Array<{ subject: string; value: number; date: string }> = [];
  for (const result of dated) {
    if (steps.length === 0 || better(result.value, steps.at(-1)!.value)) steps.push({ subject: result.subject, value: result.value, date: result.date });
  }
  return steps;
}

function toyGraph(): { nodes: NodeRecord[]; edges: EdgeRecord[] } {
  const subjects = [...new Set(RESULTS.map((result) => result.subject))];
  const nodes: NodeRecord[] = [
    { label: 'Benchmark', id: 'benchmark:toy', props: { name: 'Toy', metrics: ['Accuracy', 'Error'] }, aliases: ['Toy'], sources: ['fixture'] },
    { label: 'Metric', id: 'metric:accuracy', props: { name: 'Accuracy', higherIsBetter: true }, sources: ['fixture'] },
    { label: 'Metric', id: 'metric:error', props: { name: 'Error', higherIsBetter: false }, sources: ['fixture'] },
    ...subjects.map((id): NodeRecord => ({ label: 'Method', id, props: { name: id.slice('method:'.length).toUpperCase() }, sources: ['fixture'] })),
    ...PAPERS.map((paper): NodeRecord => ({
      label: 'Paper',
      id: paper.id,
      props: { title: paper.id, publishedAt: paper.publishedAt ?? null, arxivId: paper.arxivId ?? null },
      sources: ['fixture'],
    })),
  ];
  const edges = RESULTS.map((result): EdgeRecord => ({
    type: 'EVALUATED_ON',
    from: { label: 'Method', id: result.subject },
    to: { label: 'Benchmark', id: 'benchmark:toy' },
    key: `${result.paper ?? 'no-paper'}|${result.metric}|${result.value}`,
    props: { paper: result.paper, metric: result.metric, metricId: `metric:${result.metric.toLowerCase()}`, value: result.value, rawValue: `${result.value}`, source: 'fixture' },
  }));
  return { nodes, edges };
}

const { db, close } = connectTestDb();
const query = graphqlClient(db);
afterAll(close);

const HISTORY = `query($benchmark: ID!, $metric: String) { benchmark(id: $benchmark) { sotaHistory(metric: $metric) {
  metric higherIsBetter directionKnown undatedCount
  steps { value rawValue date dateSource subject { ... on Method { key } ... on Model { key } } paper { key publishedAt arxivId } }
} } }`;

interface Step {
  value: number;
  date: string;
  dateSource: string;
  subject: { key: string };
  paper: { key: string; publishedAt: string | null; arxivId: string | null };
}

describe('Benchmark.sotaHistory on a leaderboard whose running best is known', () => {
  beforeAll(async () => {
    await resetGraph(db);
    const loader = new GraphLoader(db);
    await loader.add(toyGraph());
    await loader.flush();
  });

  it('steps up through the results that beat all earlier ones, in the main metric by default', async () => {
    const result = await query(HISTORY, { benchmark: 'benchmark:toy' });
    expect(result.errors).toBeUndefined();
    const history = result.data!.benchmark.sotaHistory;
    expect(history).toMatchObject({ metric: 'Accuracy', higherIsBetter: true, directionKnown: true });
    const expected = expectedSteps('Accuracy');
    expect(expected.length).toBeGreaterThan(2);
    expect(history.steps.map((step: Step) => ({ subject: step.subject.key, value: step.value, date: step.date }))).toEqual(expected);
    // Undated: a paper without date or arXiv id, and a result without a paper.
    const undated = RESULTS.filter((row) => row.metric === 'Accuracy' && dateOf(row.paper) === null).length;
    expect(undated).toBe(2);
    expect(history.undatedCount).toBe(undated);
  });

  it('says where each date comes from', async () => {
    const { data } = await query(HISTORY, { benchmark: 'benchmark:toy' });
    for (const step of data!.benchmark.sotaHistory.steps as Step[]) {
      expect(step.dateSource).toBe(step.paper.publishedAt ? 'PUBLISHED' : 'ARXIV_ID');
      if (step.dateSource === 'ARXIV_ID') expect(step.paper.arxivId).toBeTruthy();
    }
  });

  it('goes down for a lower-is-better metric asked for, old-style arXiv ids dated too', async () => {
    const result = await query(HISTORY, { benchmark: 'benchmark:toy', metric: 'error' });
    expect(result.errors).toBeUndefined();
    const history = result.data!.benchmark.sotaHistory;
    expect(history).toMatchObject({ metric: 'Error', higherIsBetter: false, undatedCount: 0 });
    const expected = expectedSteps('Error');
    expect(expected[0]!.date).toBe('1999-12');
    expect(history.steps.map((step: Step) => ({ subject: step.subject.key, value: step.value, date: step.date }))).toEqual(expected);
  });

  it('is empty, not an error, for a metric no result reports', async () => {
    const result = await query(HISTORY, { benchmark: 'benchmark:toy', metric: 'BLEU' });
    expect(result.errors).toBeUndefined();
    expect(result.data!.benchmark.sotaHistory).toMatchObject({ steps: [], undatedCount: 0 });
  });
});

describe('Benchmark.sotaHistory on the shipped SNLI leaderboard', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, ['data/pwc-evaluation-tables/snli.json']);
  });

  it('rises strictly through dated results, each beating every dated result before it', async () => {
    const result = await query(`{ benchmark(id: "benchmark:snli") {
      sotaHistory { metric higherIsBetter undatedCount steps { value date } }
      leaderboard(first: 100) { metric totalCount entries { value evaluation { paper { publishedAt arxivId } } } }
    } }`);
    expect(result.errors).toBeUndefined();
    const { sotaHistory: history, leaderboard } = result.data!.benchmark;
    expect(history.metric).toBe(leaderboard.metric);
    expect(history.steps.length).toBeGreaterThanOrEqual(2);
    const steps = history.steps as Array<{ value: number; date: string }>;
    for (let i = 1; i < steps.length; i++) {
      expect(steps[i]!.value).toBeGreaterThan(steps[i - 1]!.value);
      expect(steps[i]!.date >= steps[i - 1]!.date).toBe(true);
    }
    // No dated result before a step's date beats it, and the last step is the best dated result.
    const dated = (leaderboard.entries as Array<{ value: number | null; evaluation: { paper: { publishedAt: string | null; arxivId: string | null } | null } }>)
      .filter((entry) => entry.value !== null && (entry.evaluation.paper?.publishedAt || entry.evaluation.paper?.arxivId));
    expect(steps.at(-1)!.value).toBe(Math.max(...dated.map((entry) => entry.value!)));
    const undated = leaderboard.entries.filter((entry: { value: number | null }) => entry.value !== null).length - dated.length;
    expect(history.undatedCount).toBe(undated);
  });
});
