import { evaluationGroupPages } from '../../graph/evaluation-groups.js';
import { TARGET_LABELS } from '../../../core/labels.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { EvaluationGroupConnection } from '../connections.js';
import { LIMITS } from '../limits.js';
import { resolveNodeInput } from '../node-input.js';
import { connectionFrom, pageFor } from '../pagination.js';
import { EvaluationGroupRef, EvaluationRef } from '../refs.js';
import { EvaluationEndpointUnion } from '../unions.js';

EvaluationGroupRef.implement({
  description:
    'The results between one node and one counterpart: a method on one benchmark (`Method.evaluatedOn`) or one method on a benchmark (`Benchmark.evaluatedMethods`, `methodsEvaluatedOn`).',
  fields: (t) => ({
    counterpart: t.field({
      type: EvaluationEndpointUnion,
      description: 'The other end: a benchmark or dataset for a method or model, a method or model for a benchmark or dataset.',
      resolve: (g) => g.other,
    }),
    evaluationCount: t.exposeInt('evaluationCount', { description: 'How many results the pair has in all.' }),
    evaluations: t.field({
      type: [EvaluationRef],
      description: 'The results, best value first per metric (at most `resultsPerGroup`).',
      resolve: (g) => g.evaluations,
    }),
  }),
});

builder.queryFields((t) => ({
  methodsEvaluatedOn: t.field({
    type: EvaluationGroupConnection,
    nullable: true,
    description:
      'Which methods and models were evaluated on a benchmark or dataset, by which papers, with which scores and evidence: one group per method or model, most results first. Null when nothing answers to `benchmark`.',
    args: {
      benchmark: t.arg.string({ required: true, description: 'Benchmark or dataset: global id, key or name (e.g. "MT-Bench").' }),
      ...t.arg.connectionArgs(),
      resultsPerGroup: t.arg.int({ required: false, description: `Results per method, best first (default 5, at most ${LIMITS.maxPageSize}).` }),
    },
    complexity: (args) => ({
      field: 1,
      multiplier: pagedComplexity(args).multiplier * Math.max(1, Math.min(args.resultsPerGroup ?? 5, LIMITS.maxPageSize)),
    }),
    resolve: async (_root, args, ctx) => {
      const page = pageFor(args);
      const perGroup = pageFor({ first: args.resultsPerGroup ?? 5 }).limit;
      const target = await resolveNodeInput(ctx.db, args.benchmark, TARGET_LABELS);
      if (!target) return null;
      const [found = { total: 0, items: [] }] = await evaluationGroupPages(ctx.db, 'target', target.label, [target.id], { offset: page.offset, limit: page.limit, perGroup });
      return connectionFrom(found.items, page, found.total);
    },
  }),
}));
