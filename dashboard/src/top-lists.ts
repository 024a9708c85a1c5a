import * as Plot from '@observablehq/plot';
import { TYPE_COLOURS, truncate } from './entities.js';
import { entityPageUrl } from './page-links.js';
import { requireElement } from './panel.js';
import type { Ranked } from './stats.js';

/**
 * A horizontal bar per entity, longest first; each bar and name opens GraphiQL with a query
 * about that entity.
 */
export function renderTopList(panel: HTMLElement, rows: Ranked[], countLabel: string): void {
  const chart = requireElement(panel, '.chart');
  if (rows.length === 0) {
    chart.textContent = 'No evaluations in the graph yet.';
    return;
  }
  const data = rows.map((row) => ({
    name: row.entity.label,
    type: row.entity.type,
    count: row.count,
    evaluations: row.evaluations,
    href: entityPageUrl(row.entity),
  }));
  const width = Math.max(chart.clientWidth, 360);
  const plot = Plot.plot({
    width,
    height: 26 * data.length + 40,
    marginLeft: Math.min(220, width * 0.45),
    x: { label: countLabel, grid: true },
    y: { label: null, domain: data.map((row) => row.name), tickFormat: (name: string) => truncate(name, 30) },
    marks: [
      Plot.barX(data, {
        y: 'name',
        x: 'count',
        fill: (row: (typeof data)[number]) => TYPE_COLOURS[row.type],
        href: 'href',
        title: (row) => `${row.name} (${row.type}): ${row.count} ${countLabel}, ${row.evaluations} results`,
      }),
      Plot.text(data, { y: 'name', x: 'count', text: (row) => String(row.count), dx: 4, textAnchor: 'start', fill: 'currentColor' }),
      Plot.ruleX([0]),
    ],
  });
  plot.setAttribute('data-bars', String(data.length));
  chart.replaceChildren(plot);
}
