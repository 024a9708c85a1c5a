import { cursorToOffset, offsetToCursor } from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import { LIMITS } from './limits.js';

export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export interface Page {
  offset: number;
  limit: number;
}

/** Offset and size of a forward page; `first` over the maximum is an error, not a silent cut. */
export function pageFor(args: PageArgs, max: number = LIMITS.maxPageSize): Page {
  if (args.last != null || args.before != null) {
    throw new GraphQLError('Only forward pagination (first/after) is supported', { extensions: { code: 'BAD_USER_INPUT' } });
  }
  const first = args.first ?? LIMITS.defaultPageSize;
  if (first < 0) throw new GraphQLError('first must not be negative', { extensions: { code: 'BAD_USER_INPUT' } });
  if (first > max) {
    throw new GraphQLError(`first must be at most ${max} (maximum page size)`, {
      extensions: { code: 'PAGE_SIZE_LIMIT', limit: 'pageSize', max },
    });
  }
  let offset = 0;
  if (args.after != null) {
    try {
      offset = cursorToOffset(args.after) + 1;
    } catch {
      throw new GraphQLError('after is not a cursor from this connection', { extensions: { code: 'BAD_USER_INPUT' } });
    }
  }
  return { offset, limit: first };
}

/** A Relay connection from one page of rows fetched with limit + 1 (the extra row says "more"). */
export function connectionFrom<T>(rows: readonly T[], page: Page, totalCount: number) {
  const items = rows.slice(0, page.limit);
  const edges = items.map((node, i) => ({ node, cursor: offsetToCursor(page.offset + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
    totalCount,
  };
}
