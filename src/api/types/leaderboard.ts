import type { EvaluationRow } from '../../graph/evaluations.js';
import type { LeaderboardRow } from '../../graph/leaderboards.js';
import { builder } from '../builder.js';
import { EvaluationRef } from '../refs.js';
import { EvaluationSubjectUnion } from '../unions.js';

const LeaderboardRankingEnum = builder.enumType('LeaderboardRanking', {
  description: 'How a leaderboard is ordered.',
  values: {
    VALUE: { value: 'VALUE', description: 'By value in the direction of the metric; results without a value follow by paper date.' },
    PAPER: { value: 'PAPER', description: 'No result has a value: by paper date, oldest first.' },
  } as const,
});

interface LeaderboardEntry {
  rank: number;
  evaluation: EvaluationRow;
}

const LeaderboardEntryRef = builder.objectRef<LeaderboardEntry>('LeaderboardEntry').implement({
  description: 'One row of a leaderboard.',
  fields: (t) => ({
    rank: t.exposeInt('rank', { description: 'Position, from 1.' }),
    subject: t.field({ type: EvaluationSubjectUnion, description: 'The method or model.', resolve: (e) => e.evaluation.subject }),
    value: t.float({ nullable: true, description: 'The score.', resolve: (e) => e.evaluation.value }),
    rawValue: t.string({ nullable: true, description: 'The score as the source wrote it.', resolve: (e) => e.evaluation.rawValue }),
    evaluation: t.field({ type: EvaluationRef, description: 'The full result: paper, metric, evidence or source.', resolve: (e) => e.evaluation }),
  }),
});

export const LeaderboardRef = builder.objectRef<LeaderboardRow>('Leaderboard').implement({
  description: "A benchmark's results for one metric, ranked; says which direction counts as better.",
  fields: (t) => ({
    metric: t.string({ nullable: true, description: 'The metric ranked by: the one asked for, else the main one of the benchmark.', resolve: (l) => l.metric }),
    higherIsBetter: t.boolean({
      description: 'Whether a larger value ranks higher (from the Metric; assumed true when unknown, see `directionKnown`).',
      resolve: (l) => l.higherIsBetter ?? true,
    }),
    directionKnown: t.boolean({ description: 'Whether a source stated the metric direction.', resolve: (l) => l.higherIsBetter !== null }),
    rankedBy: t.field({ type: LeaderboardRankingEnum, description: 'Whether rows are ranked by value or by paper.', resolve: (l) => l.rankedBy }),
    ordering: t.string({
      description: 'The ranking in words, e.g. "Accuracy, higher is better".',
      resolve: (l) =>
        l.rankedBy === 'PAPER'
          ? 'by paper date (no values)'
          : `${l.metric ?? 'value'}, ${(l.higherIsBetter ?? true) ? 'higher' : 'lower'} is better${l.higherIsBetter === null ? ' (assumed)' : ''}`,
    }),
    totalCount: t.exposeInt('total', { description: 'How many results the leaderboard has in all.' }),
    entries: t.field({
      type: [LeaderboardEntryRef],
      description: 'The first rows, best first.',
      resolve: (l) => l.entries.map((evaluation, i) => ({ rank: i + 1, evaluation })),
    }),
  }),
});
