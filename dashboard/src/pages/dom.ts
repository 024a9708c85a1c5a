import type { Entity, EntityType } from '../entities.js';
import { entityPageUrl } from '../page-links.js';

type Child = Node | string | number | null | undefined | false;

/** An element with attributes and children; text children are text nodes, never parsed as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === 'number' ? String(child) : child);
  }
  return element;
}

/** A link to an entity's page, typed for styling and for the browser tests. */
export function entityLink(entity: Pick<Entity, 'type' | 'key' | 'label'>): HTMLAnchorElement {
  return el('a', { href: entityPageUrl(entity), class: `entity ${entity.type.toLowerCase()}`, 'data-key': entity.key }, entity.label);
}

export function paperLink(paper: { key: string; title: string }): HTMLAnchorElement {
  return entityLink({ type: 'Paper', key: paper.key, label: paper.title });
}

/** A titled section of a page; `role` names it for the tests (`[data-section="leaderboard"]`). */
export function section(role: string, title: string, ...children: Child[]): HTMLElement {
  return el('section', { class: 'panel', 'data-section': role }, el('h2', {}, title), ...children);
}

/** A list of entity links, or a note saying there are none. */
export function entityList(entities: Array<Pick<Entity, 'type' | 'key' | 'label'>>, none: string, extra?: (entity: Pick<Entity, 'type' | 'key' | 'label'>) => Child): HTMLElement {
  if (entities.length === 0) return el('p', { class: 'note' }, none);
  return el('ul', { class: 'links' }, ...entities.map((entity) => el('li', {}, entityLink(entity), extra?.(entity))));
}

export function typeBadge(type: EntityType): HTMLElement {
  return el('span', { class: `badge ${type.toLowerCase()}` }, type);
}

/** "3 of 120 shown" where a list was cut. */
export function countNote(shown: number, total: number, what: string): HTMLElement | null {
  return total > shown ? el('p', { class: 'note' }, `${shown} of ${total} ${what} shown.`) : null;
}
