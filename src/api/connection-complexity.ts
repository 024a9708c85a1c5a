import { LIMITS } from './limits.js';

/**
 * A connection or list field costs its own 1 plus its selection times the page it asks for
 * (capped at the maximum page size: a larger `first` fails with the page-size error instead).
 */
export function pagedComplexity(args: { first?: number | null }) {
  const first = args.first ?? LIMITS.defaultPageSize;
  return { field: 1, multiplier: Math.max(1, Math.min(first, LIMITS.maxPageSize)) };
}
