import type { Plugin } from 'graphql-yoga';
import { pageLabelOf, pageTargetOf, type PageLabel } from '../../../core/page-paths.js';
import type { Database } from '../../db/database.js';
import { nodeExists } from '../../graph/nodes.js';
import { BUILT_PAGES_DIR, isReadMethod, methodNotAllowed, serveBuiltFile } from '../static-files.js';

/** The entity pages' one HTML file (dashboard/build.ts): its script reads the path and asks /graphql. */
const PAGE_FILE = { relativePath: 'page.html', immutable: false };

interface PagesOptions {
  db: Database;
  dir?: string;
}

/**
 * Serves the entity pages (`/benchmark/snli`, `/repo/github.com/owner/name`, see
 * core/page-paths.ts): the same page for every entity, answered 200 when the graph has the
 * entity and 404 when it has not (the page then shows its not-found view with search), from
 * one index lookup by key. The page's data comes from the public GraphQL API only.
 */
export function usePages({ db, dir = BUILT_PAGES_DIR }: PagesOptions): Plugin {
  return {
    async onRequest({ url, request, endResponse, fetchAPI }) {
      if (!pageLabelOf(url.pathname)) return;
      if (!isReadMethod(request)) {
        endResponse(methodNotAllowed(fetchAPI.Response));
        return;
      }
      const target = pageTargetOf(url.pathname);
      const status = target ? await existenceStatus(db, target.label, target.key) : 404;
      endResponse(await serveBuiltFile(dir, PAGE_FILE, request, fetchAPI.Response, { status }));
    },
  };
}

/** 200 or 404; 503 while the database does not answer (the page says why, from its own request). */
async function existenceStatus(db: Database, label: PageLabel, key: string): Promise<number> {
  try {
    return (await nodeExists(db, label, key)) ? 200 : 404;
  } catch {
    return 503;
  }
}
