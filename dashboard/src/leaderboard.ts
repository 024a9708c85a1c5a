import * as Plot from '@observablehq/plot';
import { ENTITY_FRAGMENT, TYPE_COLOURS, toEntity, truncate, type Entity, type EntityData } from './entities.js';
import { graphiqlUrl, leaderboardQuery } from './graphiql-link.js';
import { entityPageUrl } from './page-links.js';
import { graphql } from './graphql.js';
import { loadPanel, requireElement } from './panel.js';
import type { Ranked } from './stats.js';

const ROWS = 20;

const LEADERBOARD_QUERY = /* GraphQL */ `
  query Leaderboard($benchmark: ID!, $metric: String, $rows: Int!) {
    benchmark(id: $benchmark) {
      name
      metricNames
      leaderboard(metric: $metric, first: $rows) {
        metric
        ordering
        higherIsBetter
        rankedBy
        totalCount
        entries {
          rank
          value
          rawValue
          subject { ...Entity }
          evaluation { paper { title } }
        }
      }
    }
  }
  ${ENTITY_FRAGMENT}
`;

interface LeaderboardData {
  benchmark: {
    name: string;
    metricNames: string[];
    leaderboard: {
      metric: string | null;
      ordering: string;
      higherIsBetter: boolean;
      rankedBy: 'VALUE' | 'PAPER';
      totalCount: number;
      entries: Array<{ rank: number; value: number | null; rawValue: string | null; subject: EntityData; evaluation: { paper: { title: string } | null } }>;
    };
  } | null;
}

interface Row {
  rank: number;
  subject: Entity;
  value: number | null;
  rawValue: string | null;
  paper: string;
}

/**
 * The leaderboard of a chosen benchmark for a chosen metric: a dot per method at its score,
 * best on top. Where no result has a numeric value (text-derived results), the ranked results
 * are listed instead.
 */
export class LeaderboardPanel {
  private readonly benchmarkSelect: HTMLSelectElement;
  private readonly metricSelect: HTMLSelectElement;

  constructor(private readonly panel: HTMLElement) {
    this.benchmarkSelect = requireElement<HTMLSelectElement>(panel, 'select[name="benchmark"]');
    this.metricSelect = requireElement<HTMLSelectElement>(panel, 'select[name="metric"]');
    this.benchmarkSelect.addEventListener('change', () => void this.show(this.benchmarkSelect.value, null));
    this.metricSelect.addEventListener('change', () => void this.show(this.benchmarkSelect.value, this.metricSelect.value || null));
  }

  /** Fills the benchmark selector (those with most methods first) and shows the first with scores. */
  async start(benchmarks: Ranked[], preferred?: string): Promise<void> {
    this.benchmarkSelect.replaceChildren(
      ...benchmarks.map(({ entity, count }) => new Option(`${truncate(entity.label, 48)} (${count})`, entity.key)),
    );
    const first = preferred ?? benchmarks[0]?.entity.key;
    if (first === undefined) {
      await loadPanel(this.panel, async () => {
        requireElement(this.panel, '.chart').textContent = 'No benchmark has results yet.';
      });
      return;
    }
    this.benchmarkSelect.value = first;
    await this.show(first, null);
  }

  async show(benchmarkKey: string, metric: string | null): Promise<void> {
    await loadPanel(this.panel, async () => {
      const { benchmark } = await graphql<LeaderboardData>(LEADERBOARD_QUERY, { benchmark: benchmarkKey, metric, rows: ROWS });
      if (!benchmark) throw new Error(`no benchmark ${benchmarkKey}`);
      const board = benchmark.leaderboard;
      this.metricSelect.replaceChildren(...benchmark.metricNames.map((name) => new Option(name, name)));
      if (benchmark.metricNames.length === 0) this.metricSelect.append(new Option('(results without a metric)', ''));
      this.metricSelect.value = board.metric ?? '';
      this.metricSelect.disabled = benchmark.metricNames.length < 2;

      const link = requireElement<HTMLAnchorElement>(this.panel, '[data-role="query"]');
      link.href = graphiqlUrl(leaderboardQuery(benchmarkKey, board.metric));
      link.target = '_blank';
      requireElement(this.panel, '[data-role="summary"]').textContent =
        `${benchmark.name}: ${board.totalCount} result${board.totalCount === 1 ? '' : 's'}, ${board.ordering}` +
        (board.totalCount > ROWS ? `; the top ${ROWS} shown` : '');

      const rows: Row[] = board.entries.map((entry) => ({
        rank: entry.rank,
        subject: toEntity(entry.subject),
        value: entry.value,
        rawValue: entry.rawValue,
        paper: entry.evaluation.paper?.title ?? '',
      }));
      const chart = requireElement(this.panel, '.chart');
      chart.dataset.benchmark = benchmarkKey;
      chart.dataset.metric = board.metric ?? '';
      const scored = rows.filter((row) => row.value !== null);
      chart.replaceChildren(scored.length > 0 ? this.chart(scored, board.higherIsBetter, board.metric ?? 'score', chart.clientWidth) : this.table(rows));
    });
  }

  private chart(rows: Row[], higherIsBetter: boolean, metric: string, availableWidth: number): Element {
    const data = rows.map((row) => ({
      ...row,
      label: `${row.rank}. ${row.subject.label}`,
      href: entityPageUrl(row.subject),
      title: `#${row.rank} ${row.subject.label} (${row.subject.type}): ${row.rawValue ?? row.value} ${metric}${row.paper ? `\n${row.paper}` : ''}`,
    }));
    const values = data.map((row) => row.value!);
    const worst = higherIsBetter ? Math.min(...values) : Math.max(...values);
    const plot = Plot.plot({
      width: Math.max(availableWidth, 480),
      height: 24 * data.length + 50,
      marginLeft: 260,
      marginRight: 60,
      x: { label: `${metric} (${higherIsBetter ? 'higher' : 'lower'} is better)`, grid: true, zero: false, nice: true, reverse: !higherIsBetter },
      y: { label: null, domain: data.map((row) => row.label), tickFormat: (label: string) => truncate(label, 38) },
      marks: [
        Plot.ruleY(data, { y: 'label', x1: worst, x2: 'value', stroke: '#c4cad4' }),
        Plot.dot(data, { y: 'label', x: 'value', r: 5, fill: (row: (typeof data)[number]) => TYPE_COLOURS[row.subject.type], href: 'href', title: 'title' }),
        Plot.text(data, { y: 'label', x: 'value', text: (row) => row.rawValue ?? String(row.value), dx: higherIsBetter ? 10 : -10, textAnchor: higherIsBetter ? 'start' : 'end', fontSize: 10 }),
      ],
    });
    plot.setAttribute('data-entries', String(data.length));
    return plot;
  }

  /** Results without numeric values: ranked by paper, as the API orders them. */
  private table(rows: Row[]): Element {
    const table = document.createElement('table');
    table.className = 'results';
    table.setAttribute('data-entries', String(rows.length));
    table.innerHTML = '<thead><tr><th>#</th><th>Method or model</th><th>Score</th><th>Paper</th></tr></thead><tbody></tbody>';
    for (const row of rows) {
      const tr = table.tBodies[0]!.insertRow();
      tr.insertCell().textContent = String(row.rank);
      const link = document.createElement('a');
      link.href = entityPageUrl(row.subject);
      link.textContent = row.subject.label;
      tr.insertCell().append(link);
      tr.insertCell().textContent = row.rawValue ?? '—';
      tr.insertCell().textContent = row.paper;
    }
    return table;
  }
}
