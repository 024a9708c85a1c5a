import DataLoader from 'dataloader';
import type { Database } from '../../db/database.js';
import { matrixResults, statsParts, toNodeCounts, toRankedRows, toRelationshipCounts, topSubjectsOn, type MatrixResultRow, type RankedRow, type StatsPart } from '../../graph/stats.js';
import { SUBJECT_LABELS, type EdgeType, type NodeLabel, type SubjectLabel } from '../../../core/labels.js';
import type { RowOf } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { NodeTypeEnum, RelationEnum } from '../enums.js';
import { LIMITS } from '../limits.js';
import { pageFor } from '../pagination.js';
import { BenchmarkRef } from '../refs.js';
import { AnyNodeUnion, EvaluationSubjectUnion } from '../unions.js';

/**
 * What a dashboard needs in one request: the selected fields' parts are gathered while the
 * fields resolve and sent in one statement (src/graph/stats.ts), each part once per request.
 */
class StatsRoot {
  private readonly parts: DataLoader<StatsPart, unknown, string>;
  constructor(readonly db: Database) {
    this.parts = new DataLoader((asked: readonly StatsPart[]) => statsParts(db, asked), { cacheKeyFn: (part) => JSON.stringify(part) });
  }

  async nodeCounts(): Promise<Array<{ label: NodeLabel; count: number }>> {
    return toNodeCounts(await this.parts.load({ kind: 'nodeCounts' }));
  }

  async relationshipCounts(): Promise<Array<{ type: EdgeType; count: number }>> {
    return toRelationshipCounts(await this.parts.load({ kind: 'relationshipCounts' }));
  }

  // Top lists are shared by their own fields and the matrix.
  async topBenchmarks(limit: number): Promise<RankedRow<'Benchmark'>[]> {
    return toRankedRows(await this.parts.load({ kind: 'topBenchmarks', limit }), ['Benchmark']);
  }

  async topSubjects(limit: number): Promise<RankedRow<SubjectLabel>[]> {
    return toRankedRows(await this.parts.load({ kind: 'topSubjects', limit }), SUBJECT_LABELS);
  }
}

const TypeCountRef = builder.objectRef<{ label: NodeLabel; count: number }>('TypeCount').implement({
  description: 'How many nodes of one type the graph holds.',
  fields: (t) => ({
    type: t.field({ type: NodeTypeEnum, description: 'Node type.', resolve: (c) => c.label }),
    count: t.exposeInt('count', { description: 'Number of nodes.' }),
  }),
});

const RelationCountRef = builder.objectRef<{ type: EdgeType; count: number }>('RelationCount').implement({
  description: 'How many relationships of one type the graph holds.',
  fields: (t) => ({
    type: t.field({ type: RelationEnum, description: 'Relationship type.', resolve: (c) => c.type }),
    count: t.exposeInt('count', { description: 'Number of relationships.' }),
  }),
});

const RankedRef = builder.objectRef<RankedRow>('RankedNode').implement({
  description: 'A node in a top list.',
  fields: (t) => ({
    node: t.field({ type: AnyNodeUnion, description: 'The benchmark, method or model.', resolve: (r) => r.node }),
    count: t.exposeInt('count', { description: 'Distinct counterparts: methods and models of a benchmark, benchmarks of a method or model.' }),
    evaluations: t.exposeInt('evaluations', { description: 'Results counted in all.' }),
  }),
});

interface MatrixCell {
  row: number;
  column: number;
  subject: RowOf<SubjectLabel>;
  benchmark: RowOf<'Benchmark'>;
  metric: string | null;
  value: number | null;
  rawValue: string | null;
  evaluationCount: number;
}

interface MatrixShape {
  methods: RowOf<SubjectLabel>[];
  benchmarks: RowOf<'Benchmark'>[];
  cells: MatrixCell[];
}

const MatrixCellRef = builder.objectRef<MatrixCell>('MatrixCell').implement({
  description: "A method's results on a benchmark: its best value in the benchmark's main metric.",
  fields: (t) => ({
    row: t.exposeInt('row', { description: 'Index into `methods`.' }),
    column: t.exposeInt('column', { description: 'Index into `benchmarks`.' }),
    method: t.field({ type: EvaluationSubjectUnion, description: 'The method or model.', resolve: (c) => c.subject }),
    benchmark: t.field({ type: BenchmarkRef, description: 'The benchmark.', resolve: (c) => c.benchmark }),
    metric: t.string({ nullable: true, description: "The benchmark's most reported metric in this matrix.", resolve: (c) => c.metric }),
    value: t.float({ nullable: true, description: 'Best value for that metric (null when only other metrics or no values).', resolve: (c) => c.value }),
    rawValue: t.string({ nullable: true, description: 'That value as the source wrote it.', resolve: (c) => c.rawValue }),
    evaluationCount: t.exposeInt('evaluationCount', { description: 'Results of the pair in all.' }),
  }),
});

const MatrixRef = builder.objectRef<MatrixShape>('EvaluationMatrix').implement({
  description: 'Top benchmarks (columns) by the methods and models evaluated on most of them (rows); cells only where results exist.',
  fields: (t) => ({
    methods: t.field({ type: [EvaluationSubjectUnion], description: 'Rows: methods and models evaluated on most of the column benchmarks.', resolve: (m) => m.methods }),
    benchmarks: t.field({ type: [BenchmarkRef], description: 'Columns: benchmarks with most methods and models.', resolve: (m) => m.benchmarks }),
    cells: t.field({ type: [MatrixCellRef], description: 'Filled cells.', resolve: (m) => m.cells }),
  }),
});

const StatsRef = builder.objectRef<StatsRoot>('Stats').implement({
  description: 'Aggregates for dashboards: counts per type and relationship, top benchmarks and methods, and a method × benchmark matrix.',
  fields: (t) => ({
    nodeCounts: t.field({ type: [TypeCountRef], description: 'Nodes per type.', resolve: (s) => s.nodeCounts() }),
    relationshipCounts: t.field({ type: [RelationCountRef], description: 'Relationships per type.', resolve: (s) => s.relationshipCounts() }),
    topBenchmarks: t.field({
      type: [RankedRef],
      description: 'Benchmarks evaluated by the most distinct methods and models.',
      args: { first: t.arg({ type: 'Int', required: false, description: 'How many (default 10, at most 100).' }) },
      complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? 10, LIMITS.maxPageSize) }),
      resolve: (s, args) => s.topBenchmarks(pageFor({ first: args.first ?? 10 }).limit),
    }),
    topMethods: t.field({
      type: [RankedRef],
      description: 'Methods and models evaluated on the most distinct benchmarks.',
      args: { first: t.arg({ type: 'Int', required: false, description: 'How many (default 10, at most 100).' }) },
      complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? 10, LIMITS.maxPageSize) }),
      resolve: (s, args) => s.topSubjects(pageFor({ first: args.first ?? 10 }).limit),
    }),
    matrix: t.field({
      type: MatrixRef,
      description: 'The top `size` benchmarks (by methods evaluated) as columns, and as rows the `size` methods and models evaluated on most of them.',
      args: { size: t.arg({ type: 'Int', required: false, description: `Rows and columns (default 10, at most ${MAX_MATRIX}).` }) },
      complexity: (args) => ({ field: 1, multiplier: Math.min(args.size ?? 10, MAX_MATRIX) ** 2 }),
      resolve: async (s, args) => {
        const size = pageFor({ first: args.size ?? 10 }, MAX_MATRIX).limit;
        const benchmarks = await s.topBenchmarks(size);
        const methods = await topSubjectsOn(s.db, benchmarks.map((r) => r.node.id), size);
        return matrixOf(
          methods.map((r) => r.node),
          benchmarks.map((r) => r.node),
          await matrixResults(s.db, methods.map((r) => r.node.id), benchmarks.map((r) => r.node.id)),
        );
      },
    }),
  }),
});

const MAX_MATRIX = 30;

function matrixOf(methods: RowOf<SubjectLabel>[], benchmarks: RowOf<'Benchmark'>[], results: MatrixResultRow[]): MatrixShape {
  // The main metric of a column: the one most of its results in the matrix report.
  const mainMetric = new Map<string, string | null>();
  for (const benchmark of benchmarks) {
    const tally = new Map<string | null, number>();
    for (const pair of results.filter((r) => r.targetId === benchmark.id)) {
      for (const result of pair.results) tally.set(result.metric, (tally.get(result.metric) ?? 0) + (result.value === null ? 0 : 1));
    }
    mainMetric.set(benchmark.id, [...tally].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null);
  }
  const cells = results.flatMap((pair): MatrixCell[] => {
    const row = methods.findIndex((m) => m.id === pair.subjectId);
    const column = benchmarks.findIndex((b) => b.id === pair.targetId);
    if (row < 0 || column < 0) return [];
    const metric = mainMetric.get(pair.targetId) ?? null;
    const valued = pair.results.filter((r) => r.metric === metric && r.value !== null);
    const higher = valued.find((r) => r.higherIsBetter !== null)?.higherIsBetter ?? true;
    const best = valued.sort((a, b) => (higher ? b.value! - a.value! : a.value! - b.value!))[0];
    return [{ row, column, subject: methods[row]!, benchmark: benchmarks[column]!, metric, value: best?.value ?? null, rawValue: best?.rawValue ?? null, evaluationCount: pair.results.length }];
  });
  return { methods, benchmarks, cells: cells.sort((a, b) => a.row - b.row || a.column - b.column) };
}

builder.queryFields((t) => ({
  stats: t.field({
    type: StatsRef,
    description: 'Aggregates for a dashboard in one request: counts, top lists, a method × benchmark matrix.',
    resolve: (_root, _args, ctx) => new StatsRoot(ctx.db),
  }),
}));
