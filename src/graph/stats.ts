import type { Database } from '../db/database.js';
import { alternatives, EDGE_TYPES, NODE_LABELS, SUBJECT_LABELS, type EdgeType, type NodeLabel, type SubjectLabel } from '../../core/labels.js';
import { ANY_SUBJECT } from './labels.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/**
 * A part of a dashboard's aggregates (Query.stats). The parts one request selects are sent
 * together in one statement (statsPartsQuery), each a subquery that returns one value: where
 * the peer's translation sends one statement for the request, so does ours.
 */
export type StatsPart =
  | { kind: 'nodeCounts' }
  | { kind: 'relationshipCounts' }
  | { kind: 'topBenchmarks'; limit: number }
  | { kind: 'topSubjects'; limit: number };

export interface RankedRow<L extends NodeLabel = NodeLabel> {
  node: RowOf<L>;
  /** Distinct counterparts: methods and models of a benchmark, benchmarks of a method. */
  count: number;
  evaluations: number;
}

/** The parts in one statement: part i's value is the row's `p<i>`, its limit the parameter `p<i>_limit`. */
export function statsPartsQuery(parts: readonly StatsPart[]): Statement {
  const params: Record<string, unknown> = {};
  const calls = parts.map((part, i) => {
    const entry = `p${i}`;
    if (part.kind === 'topBenchmarks' || part.kind === 'topSubjects') params[`${entry}_limit`] = int(part.limit);
    return `CALL () {\n     ${partBody(part, entry)}\n}`;
  });
  return { cypher: `${calls.join('\n')}\nRETURN ${parts.map((_, i) => `p${i}`).join(', ')}`, params };
}

export async function statsParts(db: Database, parts: readonly StatsPart[]): Promise<unknown[]> {
  const [row] = await read(db, statsPartsQuery(parts));
  return parts.map((_, i) => row?.[`p${i}`]);
}

function partBody(part: StatsPart, entry: string): string {
  const limit = `$${entry}_limit`;
  const ranked = (n: string, count: string, labels: readonly NodeLabel[]) => `RETURN collect({node: ${nodeMap(n, READ_WITHOUT_SELECTION, labels)}, count: ${n}.${count}, evaluations: ${n}.evaluationCount}) AS ${entry}`;
  switch (part.kind) {
    // From Neo4j's count store: no scan.
    case 'nodeCounts':
      return `RETURN {${NODE_LABELS.map((label) => `${label}: COUNT { (:${alternatives([label])}) }`).join(', ')}} AS ${entry}`;
    case 'relationshipCounts':
      return `RETURN {${EDGE_TYPES.map((type) => `${type}: COUNT { ()-[:${alternatives([type])}]->() }`).join(', ')}} AS ${entry}`;
    // Benchmarks evaluated by the most distinct methods and models, from the counts each ingest
    // stores on them (ingest/load/evaluation-counts.ts): a read of the benchmarks, not of every result.
    case 'topBenchmarks':
      return `MATCH (b:Benchmark) WHERE b.evaluatedSubjectCount > 0
     WITH b ORDER BY b.evaluatedSubjectCount DESC, b.evaluationCount DESC, toLower(b.name), b.id LIMIT ${limit}
     ${ranked('b', 'evaluatedSubjectCount', ['Benchmark'])}`;
    // Methods and models evaluated on the most distinct benchmarks (stored counts, as above). There
    // are many of them (173k at 576k papers), so the indexes find the limit-th highest count first,
    // in index order, and only the subjects at or above it are sorted in full.
    case 'topSubjects': {
      const bySubjectLabel = (where: string, tail: string) =>
        SUBJECT_LABELS.map((label) => `MATCH (s:${alternatives([label])}) WHERE ${where} ${tail}`).join(' UNION ALL ');
      return `CALL () { ${bySubjectLabel('s.evaluatedBenchmarkCount > 0', `RETURN s.evaluatedBenchmarkCount AS c ORDER BY c DESC LIMIT ${limit}`)} }
     WITH c ORDER BY c DESC LIMIT ${limit}
     WITH min(c) AS threshold
     CALL (threshold) { ${bySubjectLabel('s.evaluatedBenchmarkCount >= threshold', 'RETURN s')} }
     WITH s ORDER BY s.evaluatedBenchmarkCount DESC, s.evaluationCount DESC, toLower(s.name), s.id LIMIT ${limit}
     ${ranked('s', 'evaluatedBenchmarkCount', SUBJECT_LABELS)}`;
    }
  }
}

/** Nodes per label, from a `nodeCounts` part's value. */
export function toNodeCounts(value: unknown): Array<{ label: NodeLabel; count: number }> {
  const counts = (value ?? {}) as Record<string, number>;
  return NODE_LABELS.map((label) => ({ label, count: counts[label] ?? 0 }));
}

/** Relationships per type, from a `relationshipCounts` part's value. */
export function toRelationshipCounts(value: unknown): Array<{ type: EdgeType; count: number }> {
  const counts = (value ?? {}) as Record<string, number>;
  return EDGE_TYPES.map((type) => ({ type, count: counts[type] ?? 0 }));
}

/** A top list from a `topBenchmarks` or `topSubjects` part's value. */
export function toRankedRows<L extends NodeLabel>(value: unknown, labels: readonly L[]): RankedRow<L>[] {
  return ((value ?? []) as Array<Record<string, unknown>>).map((row) => toRanked(row, labels));
}

/**
 * Methods and models evaluated on the most of the given benchmarks: the rows of a matrix whose
 * columns are those benchmarks, so the matrix is as filled as it can be.
 */
export function topSubjectsOnQuery(benchmarkIds: readonly string[], limit: number): Statement {
  return {
    cypher: `UNWIND $benchmarks AS bid
     MATCH (b:Benchmark {id: bid})<-[r:EVALUATED_ON]-(s:${ANY_SUBJECT})
     WITH s, count(DISTINCT b) AS count, count(r) AS evaluations
     ORDER BY count DESC, evaluations DESC, toLower(s.name) LIMIT $limit
     RETURN ${nodeMap('s', READ_WITHOUT_SELECTION, SUBJECT_LABELS)} AS node, count, evaluations`,
    params: { benchmarks: benchmarkIds, limit: int(limit) },
  };
}

export async function topSubjectsOn(db: Database, benchmarkIds: readonly string[], limit: number): Promise<RankedRow<SubjectLabel>[]> {
  return (await read(db, topSubjectsOnQuery(benchmarkIds, limit))).map((row) => toRanked(row, SUBJECT_LABELS));
}

function toRanked<L extends NodeLabel>(row: Record<string, unknown>, labels: readonly L[]): RankedRow<L> {
  return { node: toRowOf(row.node, labels), count: row.count as number, evaluations: row.evaluations as number };
}

export interface MatrixResultRow {
  subjectId: string;
  targetId: string;
  results: Array<{ metric: string | null; value: number | null; rawValue: string | null; higherIsBetter: boolean | null }>;
}

/** Every result between the given subjects and benchmarks, grouped per pair. */
export function matrixResultsQuery(subjectIds: readonly string[], benchmarkIds: readonly string[]): Statement {
  return {
    cypher: `UNWIND $benchmarks AS bid
     MATCH (t:Benchmark {id: bid})<-[r:EVALUATED_ON]-(s:${ANY_SUBJECT})
     WHERE s.id IN $subjects
     OPTIONAL MATCH (mt:Metric {id: r.metricId})
     RETURN s.id AS subjectId, t.id AS targetId,
            collect({metric: r.metric, value: r.value, rawValue: r.rawValue, higherIsBetter: mt.higherIsBetter}) AS results`,
    params: { subjects: subjectIds, benchmarks: benchmarkIds },
  };
}

export async function matrixResults(db: Database, subjectIds: readonly string[], benchmarkIds: readonly string[]): Promise<MatrixResultRow[]> {
  const rows = await read(db, matrixResultsQuery(subjectIds, benchmarkIds));
  return rows.map((row) => ({ subjectId: String(row.subjectId), targetId: String(row.targetId), results: row.results as MatrixResultRow['results'] }));
}
