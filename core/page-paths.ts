import { nodeType } from './node-types.js';

/**
 * Where each entity's page lives: `/<type>/<key without its type prefix>`, so
 * `benchmark:mt-bench` is at `/benchmark/mt-bench`. Repository keys are URLs: a repository's
 * page is its URL without the scheme, `/repo/github.com/owner/name`. Server and pages share
 * this one mapping.
 */
export const PAGE_LABELS = ['Benchmark', 'Method', 'Model', 'Dataset', 'Task', 'Repo', 'Paper'] as const;
export type PageLabel = (typeof PAGE_LABELS)[number];

export interface PageTarget {
  label: PageLabel;
  key: string;
}

const segmentOf = (label: PageLabel) => nodeType(label).singular;

export function pagePath(label: PageLabel, key: string): string {
  if (label === 'Repo') {
    const rest = key.replace(/^https?:\/\//i, '');
    return `/repo/${rest.split('/').map(encodeURIComponent).join('/')}`;
  }
  const prefix = `${nodeType(label).keyPrefix}:`;
  const id = key.startsWith(prefix) ? key.slice(prefix.length) : key;
  return `/${segmentOf(label)}/${encodeURIComponent(id)}`;
}

/** The first segment of a page path, for any page type (`/method/...`). */
export function pageLabelOf(pathname: string): PageLabel | undefined {
  const first = pathname.split('/')[1];
  return PAGE_LABELS.find((label) => segmentOf(label) === first);
}

/** The entity a page path names; undefined when it names none (`/method/`, bad escapes). */
export function pageTargetOf(pathname: string): PageTarget | undefined {
  const label = pageLabelOf(pathname);
  if (!label) return undefined;
  const rest = pathname.split('/').slice(2).filter((segment) => segment !== '');
  let parts: string[];
  try {
    parts = rest.map((segment) => decodeURIComponent(segment));
  } catch {
    return undefined;
  }
  if (label === 'Repo') {
    // Keys of repositories are lower-cased URLs (ingest's normalisation).
    return parts.length >= 3 ? { label, key: `https://${parts.join('/').toLowerCase()}` } : undefined;
  }
  return parts.length === 1 ? { label, key: `${nodeType(label).keyPrefix}:${parts[0]}` } : undefined;
}
