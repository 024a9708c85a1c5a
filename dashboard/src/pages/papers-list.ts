import { el, paperLink } from './dom.js';

export interface PaperEdge {
  relations: string[];
  node: { key: string; title: string; publishedAt: string | null };
}

/** Papers as links, with their date and how they relate (proposes, mentions, evaluates on). */
export function papersList(edges: PaperEdge[], none = 'No papers yet.'): HTMLElement {
  if (edges.length === 0) return el('p', { class: 'note' }, none);
  return el(
    'ul',
    { class: 'links papers' },
    ...edges.map(({ relations, node }) =>
      el(
        'li',
        {},
        paperLink(node),
        node.publishedAt ? el('span', { class: 'date' }, ` ${node.publishedAt}`) : null,
        relations.length ? el('span', { class: 'relation' }, ` · ${relations.join(', ').toLowerCase().replace(/_/g, ' ')}`) : null,
      ),
    ),
  );
}
