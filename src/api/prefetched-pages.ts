import type { EdgeType } from '../../core/labels.js';
import { linkReadingCovers, type LinkPage, type LinkReading } from '../graph/neighbours.js';
import type { NestedLinkPage } from '../graph/nested-hops.js';
import type { Context } from './context.js';
import type { CompiledHop } from './nested-hop-selection.js';
import type { Page } from './pagination.js';

/**
 * Pages of nested hop connections that came back with their parent's statement, kept for the
 * request until the nested field resolves: by the field's place in the query (its response
 * path without list indices) and the parent's key. An entry says what it was fetched with, so a
 * field whose own arguments or totalCount differ (a merged selection the compiler did not see
 * whole) queries as before instead of answering from it.
 */
export interface PrefetchedPage {
  page: Page;
  types: readonly EdgeType[];
  total: boolean;
  /** What its links carry besides their nodes. */
  linkReading: LinkReading;
  links: LinkPage;
}

const requests = new WeakMap<Context, Map<string, PrefetchedPage>>();

function entryKey(path: string, parentKey: string): string {
  return `${path}\n${parentKey}`;
}

export function rememberPage(ctx: Context, path: string, parentKey: string, entry: PrefetchedPage): void {
  let pages = requests.get(ctx);
  if (!pages) requests.set(ctx, (pages = new Map()));
  pages.set(entryKey(path, parentKey), entry);
}

/** The page fetched for this parent at this place with the same page and types, and a count and link facts if those are read; else none. */
export function prefetchedPage(ctx: Context, path: string, parentKey: string, wanted: Omit<PrefetchedPage, 'links'>): LinkPage | undefined {
  const entry = requests.get(ctx)?.get(entryKey(path, parentKey));
  if (!entry) return undefined;
  const same =
    entry.page.offset === wanted.page.offset &&
    entry.page.limit === wanted.page.limit &&
    (entry.total || !wanted.total) &&
    linkReadingCovers(entry.linkReading, wanted.linkReading) &&
    entry.types.length === wanted.types.length &&
    entry.types.every((type, i) => type === wanted.types[i]);
  return same ? entry.links : undefined;
}

/** Keeps the pages that came back under each neighbour of `page`, at every depth compiled. */
export function rememberNestedPages(ctx: Context, compiled: readonly CompiledHop[], page: NestedLinkPage): void {
  for (const link of page.items) rememberPagesOf(ctx, compiled, link.node.id, link.children);
}

/** Keeps, for each neighbour of a compiled hop's page, what its compiled boards brought back. */
function rememberBoardsOf(ctx: Context, hop: CompiledHop, page: NestedLinkPage): void {
  if (hop.rememberBoards) for (const link of page.items) hop.rememberBoards(ctx, link.node.id, link.item);
}

/** Keeps the pages of one node's nested hops (`pages` in the order of `compiled`; none past a page), and those under them. */
export function rememberPagesOf(ctx: Context, compiled: readonly CompiledHop[], parentKey: string, pages: ReadonlyArray<NestedLinkPage | undefined>): void {
  compiled.forEach((child, k) => {
    const links = pages[k];
    if (!links) return;
    rememberPage(ctx, child.place, parentKey, { page: child.page, types: child.hop.types, total: child.total, linkReading: child.links ?? 'none', links });
    rememberBoardsOf(ctx, child, links);
    rememberNestedPages(ctx, child.children, links);
  });
}
