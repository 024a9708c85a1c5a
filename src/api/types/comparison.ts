import { GraphQLError } from 'graphql';
import { sharedTargets, type ComparedResult } from '../../graph/comparisons.js';
import { SUBJECT_LABELS, type SubjectLabel, type TargetLabel } from '../../../core/labels.js';
import { nodesByKeys } from '../../graph/nodes.js';
import type { RowOf } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { LIMITS } from '../limits.js';
import { resolveNodeInput } from '../node-input.js';
import { pageFor } from '../pagination.js';
import { PaperRef } from '../refs.js';
import { EvaluationSubjectUnion, EvaluationTargetUnion } from '../unions.js';

/** How many methods one comparison may line up. */
const MAX_COMPARED = 10;

type Subject = RowOf<SubjectLabel>;

interface Cell {
  subject: Subject;
  value: number | null;
  rawValue: string | null;
  paperId: string | null;
  resultCount: number;
}

interface MetricRow {
  metric: string | null;
  higherIsBetter: boolean | null;
  cells: Cell[];
  best: Subject | null;
}

interface TargetRow {
  target: RowOf<TargetLabel>;
  subjectCount: number;
  metrics: MetricRow[];
}

interface ComparisonShape {
  subjects: Subject[];
  missing: string[];
  targets: TargetRow[];
}

const CellRef = builder.objectRef<Cell>('ComparisonCell').implement({
  description: "One compared method's best result for one metric on one benchmark.",
  fields: (t) => ({
    subject: t.field({ type: EvaluationSubjectUnion, description: 'The method or model.', resolve: (c) => c.subject }),
    value: t.float({ nullable: true, description: 'Best value (in the metric direction); null when it has no result for this metric.', resolve: (c) => c.value }),
    rawValue: t.string({ nullable: true, description: 'That value as the source wrote it.', resolve: (c) => c.rawValue }),
    paper: t.field({ type: PaperRef, nullable: true, description: 'The paper reporting that value.', resolve: (c) => c.paperId }),
    resultCount: t.exposeInt('resultCount', { description: 'How many results it has for this metric here.' }),
  }),
});

const MetricRowRef = builder.objectRef<MetricRow>('ComparisonMetric').implement({
  description: 'The compared methods side by side for one metric: one cell per method, in the order asked.',
  fields: (t) => ({
    metric: t.string({ nullable: true, description: 'Metric name (null for results without one).', resolve: (m) => m.metric }),
    higherIsBetter: t.boolean({ nullable: true, description: 'Metric direction; null when unknown (then higher is assumed better).', resolve: (m) => m.higherIsBetter }),
    cells: t.field({ type: [CellRef], description: 'One cell per compared method.', resolve: (m) => m.cells }),
    best: t.field({ type: EvaluationSubjectUnion, nullable: true, description: 'The method with the best value, if any has one.', resolve: (m) => m.best }),
  }),
});

const TargetRowRef = builder.objectRef<TargetRow>('ComparisonTarget').implement({
  description: 'A benchmark or dataset the compared methods share.',
  fields: (t) => ({
    target: t.field({ type: EvaluationTargetUnion, description: 'The benchmark or dataset.', resolve: (r) => r.target }),
    subjectCount: t.exposeInt('subjectCount', { description: 'How many of the compared methods were evaluated on it.' }),
    metrics: t.field({ type: [MetricRowRef], description: 'One row per metric reported there.', resolve: (r) => r.metrics }),
  }),
});

const ComparisonRef = builder.objectRef<ComparisonShape>('Comparison').implement({
  description: 'Methods or models side by side on the benchmarks and datasets they share.',
  fields: (t) => ({
    subjects: t.field({ type: [EvaluationSubjectUnion], description: 'The compared methods and models found, in the order asked.', resolve: (c) => c.subjects }),
    missing: t.exposeStringList('missing', { description: 'Inputs that named no method or model.' }),
    targets: t.field({ type: [TargetRowRef], description: 'Shared benchmarks and datasets, most shared first.', resolve: (c) => c.targets }),
  }),
});

builder.queryFields((t) => ({
  compare: t.field({
    type: ComparisonRef,
    description: `Methods or models (2 to ${MAX_COMPARED}: global ids, keys or names) side by side: the benchmarks they share with each one's best value per metric.`,
    args: {
      methods: t.arg.stringList({ required: true, description: 'Methods or models to compare.' }),
      minShared: t.arg.int({ required: false, description: 'Only benchmarks at least this many of them share (default: all of them).' }),
      first: t.arg.int({ required: false, description: `How many benchmarks (default 20, at most ${LIMITS.maxPageSize}).` }),
    },
    complexity: (args) => ({ field: 1, multiplier: Math.min(args.first ?? LIMITS.defaultPageSize, LIMITS.maxPageSize) * Math.min(args.methods.length, MAX_COMPARED) }),
    resolve: async (_root, args, ctx) => {
      if (args.methods.length < 1 || args.methods.length > MAX_COMPARED) {
        throw new GraphQLError(`compare takes 1 to ${MAX_COMPARED} methods`, { extensions: { code: 'BAD_USER_INPUT', limit: 'compareMethods', max: MAX_COMPARED } });
      }
      const page = pageFor(args);
      const keys = await Promise.all(args.methods.map((input) => resolveNodeInput(ctx.db, input, SUBJECT_LABELS)));
      const found = keys.flatMap((key) => (key ? [key] : []));
      const nodes = (await nodesByKeys(ctx.db, found)).flatMap((node) => (node ? [node] : []));
      const subjects = nodes.filter((node, i) => nodes.findIndex((other) => other.id === node.id) === i);
      const missing = args.methods.filter((_, i) => !keys[i] || !nodes.some((node) => node.id === keys[i]!.id));
      if (subjects.length === 0) return { subjects, missing, targets: [] };
      const shared = await sharedTargets(
        ctx.db,
        { methods: subjects.filter((s) => s.label === 'Method').map((s) => s.id), models: subjects.filter((s) => s.label === 'Model').map((s) => s.id) },
        Math.min(args.minShared ?? subjects.length, subjects.length),
        page.limit,
      );
      return {
        subjects,
        missing,
        targets: shared.map((row) => ({ target: row.target, subjectCount: row.subjectCount, metrics: sideBySide(subjects, row.results) })),
      };
    },
  }),
}));

/** Per metric, one cell per subject holding its best value in the metric's direction. */
function sideBySide(subjects: Subject[], results: ComparedResult[]): MetricRow[] {
  const metrics = [...new Set(results.map((r) => r.metric))].sort((a, b) => String(a).localeCompare(String(b)));
  return metrics.map((metric) => {
    const ofMetric = results.filter((r) => r.metric === metric);
    const higherIsBetter = ofMetric.find((r) => r.higherIsBetter !== null)?.higherIsBetter ?? null;
    const better = (a: number, b: number) => ((higherIsBetter ?? true) ? a > b : a < b);
    const cells = subjects.map((subject): Cell => {
      const own = ofMetric.filter((r) => r.subjectId === subject.id);
      const best = own.reduce<ComparedResult | null>((top, r) => (r.value !== null && (top?.value == null || better(r.value, top.value)) ? r : top), null) ?? own[0] ?? null;
      return { subject, value: best?.value ?? null, rawValue: best?.rawValue ?? null, paperId: best?.paperId ?? null, resultCount: own.length };
    });
    const winner = cells.reduce<Cell | null>((top, c) => (c.value !== null && (top === null || better(c.value, top.value!)) ? c : top), null);
    return { metric, higherIsBetter, cells, best: winner?.subject ?? null };
  });
}
