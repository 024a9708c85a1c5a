import * as Plot from '@observablehq/plot';
import { truncate } from './entities.js';
import { entityPageUrl } from './page-links.js';
import { graphql } from './graphql.js';
import { requireElement } from './panel.js';
import type { Stats } from './stats.js';

interface MetricDirection {
  higherIsBetter: boolean | null;
}

/** Which way each metric counts as better, in one request (one aliased field per metric). */
async function metricDirections(metricNames: string[]): Promise<Map<string, boolean>> {
  const directions = new Map<string, boolean>();
  if (metricNames.length === 0) return directions;
  const variables = Object.fromEntries(metricNames.map((name, index) => [`m${index}`, name]));
  const query = `query MetricDirections(${metricNames.map((_, index) => `$m${index}: String!`).join(', ')}) {
    ${metricNames.map((_, index) => `m${index}: metric(name: $m${index}) { higherIsBetter }`).join('\n    ')}
  }`;
  const data = await graphql<Record<string, MetricDirection | null>>(query, variables);
  metricNames.forEach((name, index) => {
    const direction = data[`m${index}`]?.higherIsBetter;
    if (direction !== null && direction !== undefined) directions.set(name, direction);
  });
  return directions;
}

/**
 * The method × benchmark matrix. Scores on different benchmarks are not comparable, so a cell
 * is shaded by the method's standing among the matrix's methods on that benchmark (1 = best,
 * in the metric's direction); cells without a numeric value are drawn grey.
 */
export async function renderHeatmap(panel: HTMLElement, matrix: Stats['matrix']): Promise<void> {
  const chart = requireElement(panel, '.chart');
  if (matrix.cells.length === 0) {
    chart.textContent = 'No method has results on the top benchmarks yet.';
    return;
  }
  const metrics = [...new Set(matrix.cells.map((cell) => cell.metric).filter((metric): metric is string => metric !== null))];
  const directions = await metricDirections(metrics.slice(0, 60));

  const standing = new Map<string, number>();
  for (let column = 0; column < matrix.benchmarks.length; column++) {
    const scored = matrix.cells.filter((cell) => cell.column === column && cell.value !== null);
    const higherIsBetter = (cell: (typeof scored)[number]) => directions.get(cell.metric ?? '') ?? true;
    scored.sort((a, b) => (higherIsBetter(a) ? b.value! - a.value! : a.value! - b.value!));
    scored.forEach((cell, index) => standing.set(`${cell.row}:${cell.column}`, scored.length === 1 ? 1 : 1 - index / (scored.length - 1)));
  }

  const data = matrix.cells.map((cell) => {
    const method = matrix.methods[cell.row]!;
    const benchmark = matrix.benchmarks[cell.column]!;
    return {
      method: method.label,
      benchmark: benchmark.label,
      standing: standing.get(`${cell.row}:${cell.column}`) ?? null,
      text: cell.rawValue ?? (cell.value === null ? '' : String(cell.value)),
      title: `${method.label} on ${benchmark.label}: ${cell.rawValue ?? 'no value'}${cell.metric ? ` (${cell.metric})` : ''}, ${cell.evaluationCount} result${cell.evaluationCount === 1 ? '' : 's'}`,
      href: entityPageUrl(method),
    };
  });
  const methodNames = matrix.methods.map((method) => method.label);
  const benchmarkNames = matrix.benchmarks.map((benchmark) => benchmark.label);
  const width = Math.max(chart.clientWidth, 640);
  const plot = Plot.plot({
    width,
    height: 24 * methodNames.length + 150,
    marginLeft: 200,
    marginBottom: 120,
    padding: 0.06,
    x: { label: null, domain: benchmarkNames, tickRotate: -35, tickFormat: (name: string) => truncate(name, 24) },
    y: { label: null, domain: methodNames, tickFormat: (name: string) => truncate(name, 28) },
    color: { type: 'linear', domain: [0, 1], range: ['#dce7fb', '#1f4fb0'], unknown: '#d9dce1', legend: true, label: 'standing on the benchmark (1 = best)' },
    marks: [
      Plot.frame({ stroke: '#eef0f4' }),
      Plot.cell(data, { x: 'benchmark', y: 'method', fill: 'standing', href: 'href', title: 'title', inset: 0.5 }),
      // Light text on dark cells: two marks with constant fills, so no colour channel competes with the scale.
      Plot.text(data.filter((cell) => (cell.standing ?? 0) <= 0.55), { x: 'benchmark', y: 'method', text: (cell) => truncate(cell.text, 6), fill: 'black', fontSize: 9 }),
      Plot.text(data.filter((cell) => (cell.standing ?? 0) > 0.55), { x: 'benchmark', y: 'method', text: (cell) => truncate(cell.text, 6), fill: 'white', fontSize: 9 }),
    ],
  });
  plot.setAttribute('data-cells', String(data.length));
  chart.replaceChildren(plot);
}
