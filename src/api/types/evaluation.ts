import type { PaperRow } from '../../graph/rows.js';
import { optionalProperty } from '../node-properties.js';
import { EvaluationRef, EvidenceRef, MetricRef, PaperRef } from '../refs.js';
import { EvaluationSubjectUnion, EvaluationTargetUnion } from '../unions.js';

EvaluationRef.implement({
  description:
    'One result: a method or model evaluated on a benchmark or dataset, in a paper, with a metric and value where known. From a leaderboard (with `source`) or from text (with `evidence`).',
  fields: (t) => ({
    key: t.exposeString('key', { description: 'Identity of the result among those between the same two nodes (paper, metric, raw value).' }),
    subject: t.field({ type: EvaluationSubjectUnion, description: 'The method or model evaluated.', resolve: (e) => e.subject }),
    target: t.field({ type: EvaluationTargetUnion, description: 'The benchmark or dataset it was evaluated on.', resolve: (e) => e.target }),
    paper: t.field({ type: PaperRef, nullable: true, description: 'The paper reporting the result.', resolve: (e): PaperRow | null => e.paper }),
    metricName: t.string({ nullable: true, description: 'Metric as the source named it (e.g. "Accuracy").', resolve: (e) => e.metricName }),
    metric: t.field({ type: MetricRef, nullable: true, description: 'The metric node, with its direction.', resolve: (e) => e.metric }),
    value: t.float({ nullable: true, description: 'The score as a number, where it parses as one.', resolve: (e) => e.value }),
    rawValue: t.string({ nullable: true, description: 'The score as the source wrote it (e.g. "88.5%").', resolve: (e) => e.rawValue }),
    higherIsBetter: t.boolean({
      nullable: true,
      description: "Whether a larger value is better for this result's metric; null when unknown.",
      resolve: (e, _args, ctx) => (e.metric ? optionalProperty(e.metric, ctx, (row) => row.higherIsBetter) : null),
    }),
    source: t.string({ nullable: true, description: 'Dump the result came from (dump-derived results).', resolve: (e) => e.source }),
    evidence: t.field({ type: EvidenceRef, nullable: true, description: 'Sentence the result was read from (text-derived results).', resolve: (e) => e.evidence }),
    paperCitation: t.string({
      nullable: true,
      description: 'Leaderboard results: how the row cites its paper where that names no paper by itself ("[10]", "Liu et al. \'19"); then `paper` is null.',
      resolve: (e) => e.paperCitation,
    }),
    paperUrl: t.string({ nullable: true, description: "Leaderboard results: the row's paper URL.", resolve: (e) => e.paperUrl }),
    paperDate: t.string({ nullable: true, description: "Leaderboard results: the row's paper date (ISO), where the table gave one.", resolve: (e) => e.paperDate }),
    usesAdditionalData: t.boolean({ nullable: true, description: 'Leaderboard results: whether the entry used extra training data, where the table said.', resolve: (e) => e.usesAdditionalData }),
    codeLinks: t.stringList({ description: "Leaderboard results: the row's code links (URLs).", resolve: (e) => e.codeLinks }),
    modelLinks: t.stringList({ description: "Leaderboard results: the row's model links (URLs).", resolve: (e) => e.modelLinks }),
  }),
});
