import { el, entityLink, section, typeBadge } from './dom.js';
import { searchEntities } from './search-box.js';

/**
 * What an unknown id gets (the server answers 404 too): what was asked for, and what the graph
 * holds under similar words, to go on from.
 */
export async function renderNotFound(main: HTMLElement, asked: string): Promise<void> {
  document.title = 'Not found · Research knowledge graph';
  main.dataset.status = 'not-found';
  const words = decodeURIComponent(asked.split('/').filter(Boolean).slice(1).join(' ')).replace(/[-_:/.]+/g, ' ').trim();
  const hits = words ? await searchEntities(words, 10).catch(() => []) : [];
  main.replaceChildren(
    section(
      'not-found',
      'Not in the graph',
      el('p', {}, `Nothing in the graph is at ${asked}. Search for it above, or try one of these:`),
      hits.length
        ? el('ul', { class: 'links', 'data-role': 'suggestions' }, ...hits.map((hit) => el('li', {}, typeBadge(hit.type), ' ', entityLink(hit))))
        : el('p', { class: 'note' }, 'No similar names.'),
    ),
  );
}
