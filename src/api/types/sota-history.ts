import type { PaperRow } from '../../graph/rows.js';
import type { SotaHistoryRow, SotaStepRow } from '../../graph/sota-history.js';
import { builder } from '../builder.js';
import { EvaluationRef, PaperRef } from '../refs.js';
import { EvaluationSubjectUnion } from '../unions.js';

const SotaDateSourceEnum = builder.enumType('SotaDateSource', {
  description: 'Where the date of a state-of-the-art step comes from.',
  values: {
    PUBLISHED: { value: 'PUBLISHED', description: "The paper's publication date, as a source gave it." },
    ARXIV_ID: { value: 'ARXIV_ID', description: 'The month its arXiv id encodes (1509.06664: 2015-09); the paper has no date of its own.' },
  } as const,
});

const SotaStepRef = builder.objectRef<SotaStepRow>('SotaStep').implement({
  description: 'A result that beat every earlier one on the benchmark: a new state of the art.',
  fields: (t) => ({
    value: t.float({ description: 'The new best score.', resolve: (s) => s.evaluation.value ?? 0 }),
    rawValue: t.string({ nullable: true, description: 'The score as the source wrote it.', resolve: (s) => s.evaluation.rawValue }),
    subject: t.field({ type: EvaluationSubjectUnion, description: 'The method or model that reached it.', resolve: (s) => s.evaluation.subject }),
    paper: t.field({ type: PaperRef, description: 'The paper reporting it.', resolve: (s): PaperRow | null => s.evaluation.paper, nullable: true }),
    date: t.exposeString('date', { description: 'When: YYYY-MM-DD, or YYYY-MM where it comes from an arXiv id (see `dateSource`).' }),
    dateSource: t.field({ type: SotaDateSourceEnum, description: 'Where the date comes from.', resolve: (s) => s.dateSource }),
    evaluation: t.field({ type: EvaluationRef, description: 'The full result: metric, source, evidence.', resolve: (s) => s.evaluation }),
  }),
});

export const SotaHistoryRef = builder.objectRef<SotaHistoryRow>('SotaHistory').implement({
  description: "The running best on a benchmark in one metric, by paper date: each step a result that beat all earlier ones.",
  fields: (t) => ({
    metric: t.string({ nullable: true, description: 'The metric: the one asked for, else the main one of the benchmark (as `leaderboard` chooses).', resolve: (h) => h.metric }),
    higherIsBetter: t.boolean({
      description: 'Whether a larger value is better (from the Metric; assumed true when unknown, see `directionKnown`).',
      resolve: (h) => h.higherIsBetter ?? true,
    }),
    directionKnown: t.boolean({ description: 'Whether a source stated the metric direction.', resolve: (h) => h.higherIsBetter !== null }),
    steps: t.field({ type: [SotaStepRef], description: 'The steps, oldest first; a later result only equal to the best is no step.', resolve: (h) => h.steps }),
    undatedCount: t.exposeInt('undatedCount', { description: 'Results with a value whose paper has no date (nor arXiv id): left out of the steps.' }),
  }),
});
