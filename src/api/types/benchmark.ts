import { hopPages } from '../../graph/neighbours.js';
import { emptyLeaderboard, leaderboards } from '../../graph/leaderboards.js';
import { emptySotaHistory, sotaHistories } from '../../graph/sota-history.js';
import { pagedComplexity } from '../connection-complexity.js';
import { BenchmarkConnection, MethodConnection, ModelConnection, PaperConnection, TaskConnection } from '../connections.js';
import { entityBaseFields, entityRootFields } from '../entity-fields.js';
import { placeOf } from '../nested-hop-selection.js';
import { optionalProperty } from '../node-properties.js';
import { pageFor } from '../pagination.js';
import { prefetchedLeaderboard, prefetchedSotaHistory } from '../prefetched-boards.js';
import { BenchmarkRef, DatasetRef } from '../refs.js';
import { evaluationConnection, evaluationGroupConnection, hopConnection } from '../relationship-fields.js';
import { LeaderboardRef } from './leaderboard.js';
import { SotaHistoryRef } from './sota-history.js';

BenchmarkRef.implement({
  description: 'A benchmark (MT-Bench, GSM8K, SQuAD1.1 dev): where methods and models are evaluated; usually on a dataset, for a task.',
  fields: (t) => ({
    ...entityBaseFields(t),
    metricNames: t.stringList({ description: 'Metric columns its leaderboard lists, in source order.', resolve: (b, _args, ctx) => optionalProperty(b, ctx, (row) => row.metrics) }),
    leaderboard: t.loadable({
      type: LeaderboardRef,
      byPath: true,
      description:
        'Results ranked by a metric: by value where values exist, in the metric direction (higher or lower is better, stated in the result); otherwise by paper.',
      args: {
        metric: t.arg.string({ required: false, description: 'Metric name (case-insensitive) or key; default: the main metric.' }),
        first: t.arg.int({ required: false, description: 'How many rows (default 20, at most 100).' }),
      },
      complexity: pagedComplexity,
      load: async (ids: string[], ctx, args, info) => {
        const metric = args.metric ?? null;
        const limit = pageFor(args).limit;
        const place = placeOf(info.path);
        // A board that came back with the lookup's statement answers without a query of its own.
        const kept = ids.map((id) => prefetchedLeaderboard(ctx, place, id, metric, limit));
        const missing = ids.filter((_, i) => kept[i] === undefined);
        const fetched = missing.length > 0 ? await leaderboards(ctx.db, missing, metric, limit) : [];
        return ids.map((_, i) => kept[i] ?? fetched[missing.indexOf(ids[i]!)] ?? emptyLeaderboard(metric));
      },
      resolve: (b) => b.id,
    }),
    sotaHistory: t.loadable({
      type: SotaHistoryRef,
      byPath: true,
      description:
        'State of the art over time: the running best by paper date in a metric (the main one by default), oldest first; results of undated papers are counted, not placed.',
      args: {
        metric: t.arg.string({ required: false, description: 'Metric name (case-insensitive) or key; default: the main metric.' }),
      },
      load: async (ids: string[], ctx, args, info) => {
        const metric = args.metric ?? null;
        const place = placeOf(info.path);
        const kept = ids.map((id) => prefetchedSotaHistory(ctx, place, id, metric));
        const missing = ids.filter((_, i) => kept[i] === undefined);
        const fetched = missing.length > 0 ? await sotaHistories(ctx.db, missing, metric) : [];
        return ids.map((_, i) => kept[i] ?? fetched[missing.indexOf(ids[i]!)] ?? emptySotaHistory(metric));
      },
      resolve: (b) => b.id,
    }),
    evaluations: evaluationConnection(t, { side: 'target', label: 'Benchmark', description: 'All results on it, by metric, best first.' }),
    evaluatedMethods: evaluationGroupConnection(t, {
      side: 'target',
      label: 'Benchmark',
      description: 'Methods and models evaluated on it, each with its results (most results first).',
    }),
    methods: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Benchmark', types: ['EVALUATED_ON'], direction: 'in', to: ['Method'] },
      description: 'Methods evaluated on it.',
    }),
    models: hopConnection(t, {
      type: ModelConnection,
      hop: { from: 'Benchmark', types: ['EVALUATED_ON'], direction: 'in', to: ['Model'] },
      description: 'Models evaluated on it.',
    }),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Benchmark', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'in', to: ['Paper'] },
      roles: true,
      description: 'Papers that propose, mention or report results on it, newest first; `role` picks one.',
    }),
    dataset: t.loadable({
      type: DatasetRef,
      nullable: true,
      description: 'The dataset it is built on.',
      load: async (ids: string[], ctx) => {
        const pages = await hopPages(ctx.db, { from: 'Benchmark', types: ['ON_DATASET'], direction: 'out', to: ['Dataset'] }, ids, { offset: 0, limit: 0 });
        return pages.map((page) => page.items[0]?.node ?? null);
      },
      resolve: (b) => b.id,
    }),
    tasks: hopConnection(t, {
      type: TaskConnection,
      hop: { from: 'Benchmark', types: ['FOR_TASK'], direction: 'out', to: ['Task'] },
      description: 'Tasks it measures.',
    }),
  }),
});

entityRootFields('Benchmark', BenchmarkRef, BenchmarkConnection, 'benchmarks', 'MT-Bench');
