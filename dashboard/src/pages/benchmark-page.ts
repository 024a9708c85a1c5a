import { paperDate } from '../../../core/paper-date.js';
import { ENTITY_FRAGMENT, toEntity } from '../entities.js';
import { graphql } from '../graphql.js';
import { loadPanel } from '../panel.js';
import { feedUrl } from '../page-links.js';
import { countNote, el, entityLink, entityList, section } from './dom.js';
import { leaderboardTable, type LeaderboardData } from './leaderboard-table.js';
import { papersList, type PaperEdge } from './papers-list.js';
import { facts, pageHeading } from './page-frame.js';
import { sotaChart, type SotaHistoryData } from './sota-chart.js';

const BOARD_ROWS = 100;

const BENCHMARK_QUERY = /* GraphQL */ `
  query BenchmarkPage($key: ID!) {
    benchmark(id: $key) {
      key name fullName aliases description metricNames
      dataset { key name }
      tasks(first: 20) { edges { node { key name } } }
      papers(first: 50) { totalCount edges { relations node { key title publishedAt } } }
    }
  }
`;

const BOARD_QUERY = /* GraphQL */ `
  query BenchmarkBoard($key: ID!, $metric: String, $rows: Int!) {
    benchmark(id: $key) {
      leaderboard(metric: $metric, first: $rows) {
        metric higherIsBetter ordering rankedBy totalCount
        entries { rank value rawValue subject { ...Entity } evaluation { paper { key title publishedAt arxivId } } }
      }
      sotaHistory(metric: $metric) {
        metric higherIsBetter undatedCount
        steps { value rawValue date dateSource subject { ...Entity } paper { key title } }
      }
    }
  }
  ${ENTITY_FRAGMENT}
`;

interface BenchmarkData {
  benchmark: {
    key: string;
    name: string;
    fullName: string | null;
    aliases: string[];
    description: string | null;
    metricNames: string[];
    dataset: { key: string; name: string } | null;
    tasks: { edges: Array<{ node: { key: string; name: string } }> };
    papers: { totalCount: number; edges: PaperEdge[] };
  } | null;
}

interface BoardData {
  benchmark: { leaderboard: LeaderboardData; sotaHistory: SotaHistoryData } | null;
}

/** `/benchmark/<id>`: its leaderboard per metric, the state of the art over time, its papers, dataset and tasks. */
export async function renderBenchmarkPage(main: HTMLElement, key: string): Promise<boolean> {
  // The board is asked for at once, beside the rest: the chart is what the page is for.
  const firstBoard = graphql<BoardData>(BOARD_QUERY, { key, metric: null, rows: BOARD_ROWS });
  firstBoard.catch(() => undefined); // a failure is shown by the board's panel
  const { benchmark } = await graphql<BenchmarkData>(BENCHMARK_QUERY, { key });
  if (!benchmark) return false;
  const metricSelect = el('select', { name: 'metric', 'aria-label': 'Metric' });
  metricSelect.append(...benchmark.metricNames.map((metric) => new Option(metric, metric)));
  metricSelect.disabled = benchmark.metricNames.length < 2;

  const boardSection = section('leaderboard', 'Leaderboard', el('form', { class: 'controls' }, el('label', {}, 'Metric ', metricSelect)), el('p', { class: 'note', 'data-role': 'ordering' }), el('div', { class: 'board' }));
  const sotaSection = section('sota', 'State of the art over time', el('div', { class: 'chart' }));
  main.replaceChildren(
    pageHeading(
      { type: 'Benchmark', ...benchmark },
      benchmark.description ? el('p', { class: 'description' }, benchmark.description) : null,
      facts(
        ['Dataset', benchmark.dataset ? entityLink({ type: 'Dataset', key: benchmark.dataset.key, label: benchmark.dataset.name }) : null],
        ['Tasks', benchmark.tasks.edges.length ? entityList(benchmark.tasks.edges.map(({ node }) => ({ type: 'Task', key: node.key, label: node.name })), '') : null],
        ['Feed', el('a', { href: feedUrl('Benchmark', benchmark.key), 'data-role': 'feed' }, 'new results and states of the art (Atom)')],
      ),
    ),
    sotaSection,
    boardSection,
    section(
      'papers',
      'Papers evaluating on it',
      papersList(benchmark.papers.edges),
      countNote(benchmark.papers.edges.length, benchmark.papers.totalCount, 'papers'),
    ),
  );

  const showBoard = (board: Promise<BoardData>) =>
    Promise.all([
      loadPanel(boardSection, async () => {
        const data = await board;
        if (!data.benchmark) throw new Error('the benchmark is no longer in the graph');
        const { leaderboard, sotaHistory } = data.benchmark;
        if (leaderboard.metric) metricSelect.value = leaderboard.metric;
        boardSection.querySelector('[data-role="ordering"]')!.textContent =
          `${leaderboard.totalCount} result${leaderboard.totalCount === 1 ? '' : 's'}, ${leaderboard.ordering}; equal scores share a rank (=).` +
          (leaderboard.totalCount > BOARD_ROWS ? ` The best ${BOARD_ROWS} shown.` : '');
        boardSection.querySelector('.board')!.replaceChildren(leaderboardTable(leaderboard));
        await loadPanel(sotaSection, async () => {
          const chart = sotaSection.querySelector<HTMLElement>('.chart')!;
          const dated = leaderboard.entries.flatMap((entry) => {
            const date = entry.evaluation.paper && paperDate(entry.evaluation.paper);
            return date && entry.value !== null ? [{ date, value: entry.value, label: `${toEntity(entry.subject).label} ${entry.rawValue ?? entry.value}` }] : [];
          });
          chart.replaceChildren(sotaChart(sotaHistory, dated, chart.clientWidth));
          chart.dataset.metric = sotaHistory.metric ?? '';
          document.body.dataset.chartDrawnMs = String(Math.round(performance.now()));
        });
      }),
    ]);
  metricSelect.addEventListener('change', () => void showBoard(graphql<BoardData>(BOARD_QUERY, { key, metric: metricSelect.value || null, rows: BOARD_ROWS })));
  await showBoard(firstBoard);
  return true;
}
