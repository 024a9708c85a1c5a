import { PAGE_LABELS, pagePath, type PageLabel } from '../../core/page-paths.js';
import type { Entity } from './entities.js';
import { entityGraphiqlUrl } from './graphiql-link.js';

const isPageLabel = (type: string): type is PageLabel => PAGE_LABELS.some((label) => label === type);

/** The page of an entity (`/method/dpo`); metrics have none, so theirs opens GraphiQL. */
export function entityPageUrl(entity: Pick<Entity, 'type' | 'key'>): string {
  return isPageLabel(entity.type) ? pagePath(entity.type, entity.key) : entityGraphiqlUrl(entity);
}

/** The Atom feed of a benchmark, task, method or model. */
export function feedUrl(type: 'Benchmark' | 'Task' | 'Method' | 'Model', key: string): string {
  return `/feeds${pagePath(type, key)}.atom`;
}
