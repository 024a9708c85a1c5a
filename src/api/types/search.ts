import { NODE_LABELS } from '../../../core/labels.js';
import { searchNodes, type SearchHitRow } from '../../graph/search.js';
import { builder } from '../builder.js';
import { NodeTypeEnum } from '../enums.js';
import { LIMITS } from '../limits.js';
import { pageFor } from '../pagination.js';
import { AnyNodeUnion } from '../unions.js';

const SearchHitRef = builder.objectRef<SearchHitRow>('SearchHit').implement({
  description: 'A search result and its full-text score.',
  fields: (t) => ({
    score: t.exposeFloat('score', { description: 'Lucene relevance score (comparable within one index only).' }),
    node: t.field({ type: AnyNodeUnion, description: 'The matching node.', resolve: (h) => h.node }),
  }),
});

builder.queryFields((t) => ({
  search: t.field({
    type: [SearchHitRef],
    description:
      'Full-text search over entity names, full names and aliases, paper titles and abstracts, and repository URLs. The query is taken as plain words: query syntax characters are escaped, never an error.',
    args: {
      query: t.arg.string({ required: true, description: 'Words to look for.' }),
      types: t.arg({ type: [NodeTypeEnum], required: false, description: 'Only these node types (default: all).' }),
      first: t.arg.int({ required: false, description: `How many (default 20, at most ${LIMITS.maxPageSize}).` }),
    },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? LIMITS.defaultPageSize, LIMITS.maxPageSize) }),
    resolve: async (_root, args, ctx) => {
      const page = pageFor(args);
      return searchNodes(ctx.db, args.query, args.types?.length ? args.types : NODE_LABELS, page.limit);
    },
  }),
}));
