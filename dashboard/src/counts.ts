import { TYPE_NAMES } from './entities.js';
import { graphiqlUrl } from './graphiql-link.js';
import { requireElement } from './panel.js';
import type { Stats } from './stats.js';

const COUNTS_QUERY = `{
  stats {
    nodeCounts { type count }
    relationshipCounts { type count }
  }
}`;

/** Tiles: nodes per type, then relationships per type, each a link to the query behind it. */
export function renderCounts(panel: HTMLElement, stats: Pick<Stats, 'nodeCounts' | 'relationshipCounts'>): void {
  const tile = (label: string, count: number, type: string) => {
    const link = document.createElement('a');
    link.className = 'count';
    link.href = graphiqlUrl(COUNTS_QUERY);
    link.dataset.type = type;
    link.innerHTML = '<span class="value"></span><span class="label"></span>';
    link.querySelector('.value')!.textContent = count.toLocaleString('en');
    link.querySelector('.label')!.textContent = label;
    return link;
  };
  requireElement(panel, '[data-role="nodes"]').replaceChildren(...stats.nodeCounts.map(({ type, count }) => tile(TYPE_NAMES[type] ?? type, count, type)));
  requireElement(panel, '[data-role="relationships"]').replaceChildren(
    ...stats.relationshipCounts.filter(({ count }) => count > 0).map(({ type, count }) => tile(type, count, type)),
  );
}
