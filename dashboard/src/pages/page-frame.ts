import type { EntityType } from '../entities.js';
import { entityGraphiqlUrl } from '../graphiql-link.js';
import { el, typeBadge } from './dom.js';

/** The head of every entity page: type, names, and links to the same data elsewhere. */
export function pageHeading(entity: { type: EntityType; key: string; name: string; fullName?: string | null; aliases?: string[] }, ...extra: Array<Node | null>): HTMLElement {
  document.title = `${entity.name} · ${entity.type} · Research knowledge graph`;
  const graphiql = document.querySelector<HTMLAnchorElement>('[data-role="graphiql"]');
  if (graphiql) graphiql.href = entityGraphiqlUrl(entity);
  // Names differing only in case or spacing from the name or full name add nothing.
  const plain = (name: string) => name.toLowerCase().replace(/[\s.-]+/g, '');
  const shown = new Set([entity.name, entity.fullName ?? ''].map(plain));
  const otherNames = (entity.aliases ?? []).filter((alias) => !shown.has(plain(alias)));
  return el(
    'header',
    { class: 'entity-heading panel wide' },
    typeBadge(entity.type),
    el('h1', { 'data-role': 'name' }, entity.name),
    entity.fullName && entity.fullName !== entity.name ? el('p', { class: 'full-name', 'data-role': 'full-name' }, entity.fullName) : null,
    otherNames.length ? el('p', { class: 'aliases', 'data-role': 'aliases' }, 'Also known as: ', otherNames.join(', ')) : null,
    ...extra,
  );
}

/** A titled set of entity links (dataset, tasks) shown in the heading. */
export function facts(...rows: Array<[string, Node | string | null]>): HTMLElement {
  return el('dl', { class: 'facts' }, ...rows.filter(([, value]) => value !== null).flatMap(([name, value]) => [el('dt', {}, name), el('dd', {}, value)]));
}
