import type { EvaluationGroupRow } from '../graph/evaluation-groups.js';
import type { EvaluationRow } from '../graph/evaluations.js';
import type { NodeLabel } from '../../core/labels.js';
import type { EvidenceRow } from '../graph/neighbours.js';
import { nodesByIds } from '../graph/nodes.js';
import type { RowOf } from '../graph/rows.js';
import { builder } from './builder.js';
import type { Context } from './context.js';
import { orNotFound } from './ids.js';

/**
 * Every node type's ref, declared before any type is implemented: the modules under types/
 * point at each other through these, without import cycles and with full type inference.
 * Each ref's shape is the row of its label, loaded by canonical key through one batched
 * query per request.
 */

function nodeRef<L extends NodeLabel>(label: L) {
  return builder.loadableNodeRef(label, {
    id: { resolve: (node: RowOf<L>) => node.id },
    load: async (ids: string[], ctx: Context) => orNotFound(label, ids, await nodesByIds(ctx.db, label, ids)),
  });
}

/** The ref of a node type, for helpers that add fields to any of them. */
export type NodeRef<L extends NodeLabel> = ReturnType<typeof nodeRef<L>>;

export const PaperRef = nodeRef('Paper');
export const RepoRef = nodeRef('Repo');
export const MethodRef = nodeRef('Method');
export const ModelRef = nodeRef('Model');
export const DatasetRef = nodeRef('Dataset');
export const BenchmarkRef = nodeRef('Benchmark');
export const TaskRef = nodeRef('Task');
export const MetricRef = nodeRef('Metric');
export const AuthorRef = nodeRef('Author');
export const VenueRef = nodeRef('Venue');
export const CollectionRef = nodeRef('Collection');
export const AreaRef = nodeRef('Area');

/** Every node type's ref: the compiler names a declared type (core/node-types.ts) left without one. */
export const NODE_REFS = {
  Paper: PaperRef,
  Method: MethodRef,
  Model: ModelRef,
  Benchmark: BenchmarkRef,
  Dataset: DatasetRef,
  Task: TaskRef,
  Metric: MetricRef,
  Repo: RepoRef,
  Author: AuthorRef,
  Venue: VenueRef,
  Collection: CollectionRef,
  Area: AreaRef,
} as const satisfies { [L in NodeLabel]: NodeRef<L> };

/** Objects that are not nodes but that several types return. */
export const EvidenceRef = builder.objectRef<EvidenceRow>('Evidence');
export const EvaluationRef = builder.objectRef<EvaluationRow>('Evaluation');
export const EvaluationGroupRef = builder.objectRef<EvaluationGroupRow>('EvaluationGroup');
