import { ENTITY_FRAGMENT, toEntity, type EntityData } from '../entities.js';
import { graphql } from '../graphql.js';
import { requireElement } from '../panel.js';
import { el, entityLink, typeBadge } from './dom.js';

const SEARCH_QUERY = /* GraphQL */ `
  query Search($query: String!, $first: Int!) {
    search(query: $query, first: $first) { node { ...Entity } }
  }
  ${ENTITY_FRAGMENT}
`;

export async function searchEntities(query: string, first: number) {
  const data = await graphql<{ search: Array<{ node: EntityData }> }>(SEARCH_QUERY, { query, first });
  return data.search.map((hit) => toEntity(hit.node));
}

/**
 * The header's search box: suggestions as you type (the API's full-text `search`), each a
 * link to its page; Enter opens the first one.
 */
export function startSearchBox(form: HTMLFormElement): void {
  const input = requireElement<HTMLInputElement>(form, 'input[name="query"]');
  const list = requireElement<HTMLUListElement>(form, '[data-role="search-results"]');
  let typing: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  const suggest = async () => {
    const text = input.value.trim();
    const ask = ++asked;
    if (text.length < 2) {
      list.hidden = true;
      return;
    }
    const hits = await searchEntities(text, 8).catch(() => []);
    if (ask !== asked) return; // a later keystroke's answer wins
    list.replaceChildren(...(hits.length ? hits.map((hit) => el('li', {}, typeBadge(hit.type), ' ', entityLink(hit))) : [el('li', { class: 'note' }, 'nothing matches')]));
    list.hidden = false;
    form.dataset.results = String(hits.length);
  };
  input.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => void suggest(), 200);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void (async () => {
      const [first] = await searchEntities(input.value.trim(), 1).catch(() => []);
      const link = first && entityLink(first);
      if (link) location.assign(link.href);
    })();
  });
  document.addEventListener('click', (event) => {
    if (event.target instanceof Node && !form.contains(event.target)) list.hidden = true;
  });
}
