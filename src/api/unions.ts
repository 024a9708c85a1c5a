import type { NodeRow } from '../graph/rows.js';
import { builder } from './builder.js';
import { BenchmarkRef, DatasetRef, MethodRef, ModelRef, NODE_REFS } from './refs.js';

const byLabel = (row: NodeRow) => row.label;

export const EvaluationSubjectUnion = builder.unionType('EvaluationSubject', {
  description: 'What is evaluated: a method or a model.',
  types: [MethodRef, ModelRef],
  resolveType: byLabel,
});

export const EvaluationTargetUnion = builder.unionType('EvaluationTarget', {
  description: 'What it is evaluated on: a benchmark or a dataset.',
  types: [BenchmarkRef, DatasetRef],
  resolveType: byLabel,
});

export const EvaluationEndpointUnion = builder.unionType('EvaluationEndpoint', {
  description: 'Either end of an evaluation: a method, model, benchmark or dataset.',
  types: [MethodRef, ModelRef, BenchmarkRef, DatasetRef],
  resolveType: byLabel,
});

export const AnyNodeUnion = builder.unionType('AnyNode', {
  description: 'Any node of the graph: select fields with `... on Method { name }` and the like.',
  types: Object.values(NODE_REFS),
  resolveType: byLabel,
});
