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
 * Every group of `n` as `groups`, a list of {other, count, found} (`found` its results),
 * largest first, then by the counterpart's name ignoring case and its key. Exactly one row (no
 * groups when `n` has no result).
 */
export function rankedGroups(side: EvaluationGroupSide): string {
  return `MATCH ${evaluationPath(side)}
       WITH other, collect(r) AS found
       ORDER BY size(found) DESC, toLower(other.name), other.id
       WITH collect({other: other, count: size(found), found: found}) AS groups`;
}

/**
 * The first `limit` results of a group `g` of rankedGroups as `best`: best first within each
 * metric (metrics by name, results with a value first, in the metric's direction, higher
 * assumed better when unknown, then by key). The same order as bestOfGroups.
 */
export function bestOfFound(limit: string): string {
  return `CALL (g) {
         UNWIND g.found AS r
         OPTIONAL MATCH (mt:Metric {id: r.metricId})
         WITH r, mt
         ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
         LIMIT ${limit}
         RETURN collect(r) AS best
       }`;
}

/**
 * The best results of each of `n`'s groups with a counterpart in `others` (a list of nodes), as
 * `bestOf`, a list of {other, best}: each group's results in one pass over `n`'s, in
 * bestOfFound's order, the first `limit` of each. For groups known without their results
 * (stored). A read per
 * (node, counterpart) pair would cost the smaller of the two degrees each time: 85k db hits
 * instead of 21k for a hub method's first 10 groups at 100k papers. Each metric's direction is
 * looked up once per group; the counterparts' labels are known, so the pattern leaves them out.
 * Exactly one row.
 */
export function bestOfGroups(side: EvaluationGroupSide, limit: string): string {
  return `OPTIONAL MATCH ${side === 'subject' ? '(n)-[r:EVALUATED_ON]->(other)' : '(n)<-[r:EVALUATED_ON]-(other)'}
       WHERE other IN others
       WITH other, r.metricId AS metricId, collect(r) AS found
       OPTIONAL MATCH (mt:Metric {id: metricId})
       WITH other, coalesce(mt.higherIsBetter, true) AS higherIsBetter, found
       UNWIND CASE WHEN found = [] THEN [null] ELSE found END AS r
       WITH other, r, higherIsBetter
       ORDER BY r.metric, r.value IS NULL, CASE WHEN higherIsBetter THEN -r.value ELSE r.value END, r.key
       WITH other, collect(r)[0..${limit}] AS best
       WITH collect({other: other, best: best}) AS bestOf`;
}

/**
 * Best results stored per group, for the first groups: the default `resultsPerGroup` for the
 * API's default page (20) and one more, so a default page reads each of its results by paper
 * and key, where sorting a hub's groups reads all their results. Only so many: every read of
 * the node projects all its properties, and keys run to a hundred characters.
 */
export const STORED_BEST_PER_GROUP = 5;
export const STORED_BEST_GROUPS = 21;

/**
 * Nodes with fewer results than this store no groups: walking them costs a few milliseconds,
 * and at 100k papers they are 49k of the 54k nodes with results and a third of the results
 * each refresh would read (the refresh of both sides took 8.6 s with them).
 */
export const STORED_GROUPS_MIN_DEGREE = 100;

/**
 * Groups stored per node: the API's largest page (100) and one more, which tells the largest
 * page whether another follows, so every first page a client can ask for is read from there.
 */
export const STORED_EVALUATION_GROUPS = 101;

/**
 * What each refresh stores on a node with results, per side: the first groups' counterparts
 * (keys) and sizes, the number of groups, the first STORED_BEST_GROUPS groups' best results
 * (their papers, '' for none, and keys: STORED_BEST_PER_GROUP slots per group, group i's from
 * i times that), and the
 * EVALUATED_ON degree they were ranked at; the API reads them while the degree still holds
 * (else it walks the results until the next refresh).
 */
export const STORED_GROUPS = {
  subject: {
    degree: 'evaluatedOnDegree',
    total: 'evaluatedOnTotal',
    others: 'evaluatedOnOthers',
    counts: 'evaluatedOnCounts',
    bestPapers: 'evaluatedOnBestPapers',
    bestKeys: 'evaluatedOnBestKeys',
  },
  target: {
    degree: 'evaluatedByDegree',
    total: 'evaluatedByTotal',
    others: 'evaluatedByOthers',
    counts: 'evaluatedByCounts',
    bestPapers: 'evaluatedByBestPapers',
    bestKeys: 'evaluatedByBestKeys',
  },
} as const;
