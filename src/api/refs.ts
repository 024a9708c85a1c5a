import { nodesByIds } from '../graph/nodes.js';
import type { EntityLabel, NodeLabel } from '../../core/labels.js';
import type { EvaluationGroupRow } from '../graph/evaluation-groups.js';
import type { EvaluationRow } from '../graph/evaluations.js';
import type { EvidenceRow } from '../graph/neighbours.js';
import type { EntityRow, NodeRow, PaperRow, RepoRow } from '../graph/rows.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { orNotFound } from './ids.js';

/**
 * Every node type's ref, declared before any type is implemented: the modules under types/
 * point at each other through these, without import cycles and with full type inference.
 * Each ref loads its nodes by canonical key through one batched query per request.
 */

function loadAs<Row extends NodeRow>(label: NodeLabel) {
  return async (ids: string[], ctx: Context) =>
    orNotFound(label, ids, (await nodesByIds(ctx.db, label, ids)) as (Row | undefined)[]);
}

export const PaperRef = builder.loadableNodeRef('Paper', {
  id: { resolve: (paper: PaperRow) => paper.id },
  load: loadAs<PaperRow>('Paper'),
});

export const RepoRef = builder.loadableNodeRef('Repo', {
  id: { resolve: (repo: RepoRow) => repo.id },
  load: loadAs<RepoRow>('Repo'),
});

function entityRef<Label extends EntityLabel>(label: Label) {
  return builder.loadableNodeRef(label, {
    id: { resolve: (entity: EntityRow) => entity.id },
    load: loadAs<EntityRow>(label),
  });
}

export const MethodRef = entityRef('Method');
export const ModelRef = entityRef('Model');
export const DatasetRef = entityRef('Dataset');
export const BenchmarkRef = entityRef('Benchmark');
export const TaskRef = entityRef('Task');
export const MetricRef = entityRef('Metric');

/** The ref of each label, for fields that return nodes of several types. */
export const REF_OF_LABEL = {
  Paper: PaperRef,
  Repo: RepoRef,
  Method: MethodRef,
  Model: ModelRef,
  Dataset: DatasetRef,
  Benchmark: BenchmarkRef,
  Task: TaskRef,
  Metric: MetricRef,
} as const;

/** Objects that are not nodes but that several types return. */
export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const EvaluationRef = builder.objectRef<EvaluationRow>('Evaluation');
export const EvaluationGroupRef = builder.objectRef<EvaluationGroupRow>('EvaluationGroup');
