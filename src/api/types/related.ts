import { NODE_LABELS } from '../../../core/labels.js';
import { relatedNodes, type RelatedRow } from '../../graph/related.js';
import { builder } from '../builder.js';
import { LIMITS } from '../limits.js';
import { resolveNodeInput } from '../node-input.js';
import { pageFor } from '../pagination.js';
import { AnyNodeUnion } from '../unions.js';

const RelatedRef = builder.objectRef<RelatedRow>('Related').implement({
  description: 'A node that co-occurs with the one asked about, and how much.',
  fields: (t) => ({
    node: t.field({ type: AnyNodeUnion, description: 'The co-occurring node.', resolve: (r) => r.node }),
    sharedPapers: t.exposeInt('sharedPapers', { description: 'Papers naming both (for a paper: entities both name).' }),
    sharedBenchmarks: t.exposeInt('sharedBenchmarks', { description: 'Benchmarks and datasets both were evaluated on.' }),
    score: t.int({ description: 'sharedPapers + sharedBenchmarks: the ranking.', resolve: (r) => r.sharedPapers + r.sharedBenchmarks }),
  }),
});

builder.queryFields((t) => ({
  related: t.field({
    type: [RelatedRef],
    description: 'The entities that co-occur most with a node through shared papers and shared benchmarks, most first.',
    args: {
      id: t.arg.string({ required: true, description: 'Global id, key, or a name of a method, model, dataset, benchmark, task or metric.' }),
      first: t.arg.int({ required: false, description: `How many (default 20, at most ${LIMITS.maxPageSize}).` }),
    },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? LIMITS.defaultPageSize, LIMITS.maxPageSize) }),
    resolve: async (_root, args, ctx) => {
      const page = pageFor(args);
      const key = await resolveNodeInput(ctx.db, args.id, NODE_LABELS);
      return key ? relatedNodes(ctx.db, key.label, key.id, page.limit) : [];
    },
  }),
}));
