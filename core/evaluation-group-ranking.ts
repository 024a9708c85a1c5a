import { alternatives, SUBJECT_LABELS, TARGET_LABELS } from './labels.js';

/**
 * How a node's evaluations are grouped by counterpart and the groups ranked, as Cypher over a
 * bound `n`, shared by the API's query (src/graph/evaluation-groups.ts) and the groups each
 * ingest stores on the node (ingest/load/stored-evaluation-groups.ts): both must rank alike,
 * or a stored page would answer differently from the walked one.
 *
 * Side `subject`: a method or model, grouped by the benchmark or dataset it was evaluated on;
 * side `target`: a benchmark or dataset, grouped by the method or model evaluated on it.
 */
export type EvaluationGroupSide = 'subject' | 'target';

/** `n`'s results `r` and their counterpart `other`. */
export function evaluationPath(side: EvaluationGroupSide): string {
  return side === 'subject'
    ? `(n)-[r:EVALUATED_ON]->(other:${alternatives(TARGET_LABELS)})`
    : `(n)<-[r:EVALUATED_ON]-(other:${alternatives(SUBJECT_LABELS)})`;
}

/** `n`'s EVALUATED_ON degree on its side (1 db hit): a result added or removed changes it. */
export function evaluationDegree(side: EvaluationGroupSide): string {
  return side === 'subject' ? 'COUNT { (n)-[:EVALUATED_ON]->() }' : 'COUNT { (n)<-[:EVALUATED_ON]-() }';
}

/**
 * Every group of `n` as `groups`, a list of {other, count}, largest first, then by the
 * counterpart's name ignoring case and its key. Exactly one row (no groups when `n` has no result).
 */
export function rankedGroups(side: EvaluationGroupSide): string {
  return `MATCH ${evaluationPath(side)}
       WITH other, count(r) AS count
       ORDER BY count DESC, toLower(other.name), other.id
       WITH collect({other: other, count: count}) AS groups`;
}

/**
 * Groups stored per node: the API's largest page (100) and one more, which tells the largest
 * page whether another follows, so every first page a client can ask for is read from there.
 */
export const STORED_EVALUATION_GROUPS = 101;

/**
 * What each refresh stores on a node with results, per side: the first groups' counterparts
 * (keys) and sizes, the number of groups, and the EVALUATED_ON degree they were ranked at; the
 * API reads them while the degree still holds (else it walks the results until the next refresh).
 */
export const STORED_GROUPS = {
  subject: { degree: 'evaluatedOnDegree', total: 'evaluatedOnTotal', others: 'evaluatedOnOthers', counts: 'evaluatedOnCounts' },
  target: { degree: 'evaluatedByDegree', total: 'evaluatedByTotal', others: 'evaluatedByOthers', counts: 'evaluatedByCounts' },
} as const;
