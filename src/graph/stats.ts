import type { Database } from '../db/database.js';
import { alternatives, EDGE_TYPES, NODE_LABELS, SUBJECT_LABELS, type EdgeType, type NodeLabel, type SubjectLabel } from '../../core/labels.js';
import { ANY_SUBJECT } from './labels.js';
import { int } from './params.js';
import { nodeMap, toRowOf, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/** Nodes per label, from Neo4j's count store (one query, no scan). */
export function nodeCountsQuery(): Statement {
  return { cypher: `RETURN ${NODE_LABELS.map((label) => `COUNT { (:${alternatives([label])}) } AS ${label}`).join(', ')}`, params: {} };
}

export async function nodeCounts(db: Database): Promise<Array<{ label: NodeLabel; count: number }>> {
  const [row] = await read(db, nodeCountsQuery());
  return NODE_LABELS.map((label) => ({ label, count: row![label] as number }));
}

/** Relationships per type, from the count store. */
export function relationshipCountsQuery(): Statement {
  return { cypher: `RETURN ${EDGE_TYPES.map((type) => `COUNT { ()-[:${alternatives([type])}]->() } AS ${type}`).join(', ')}`, params: {} };
}

export async function relationshipCounts(db: Database): Promise<Array<{ type: EdgeType; count: number }>> {
  const [row] = await read(db, relationshipCountsQuery());
  return EDGE_TYPES.map((type) => ({ type, count: row![type] as number }));
}

export interface RankedRow<L extends NodeLabel = NodeLabel> {
  node: RowOf<L>;
  /** Distinct counterparts: methods and models of a benchmark, benchmarks of a method. */
  count: number;
  evaluations: number;
}

/**
 * Benchmarks evaluated by the most distinct methods and models, from the counts each ingest
 * stores on them (ingest/load/evaluation-counts.ts): a read of the benchmarks, not of every
 * result.
 */
export function topBenchmarksQuery(limit: number): Statement {
  return {
    cypher: `MATCH (b:Benchmark) WHERE b.evaluatedSubjectCount > 0
     WITH b ORDER BY b.evaluatedSubjectCount DESC, b.evaluationCount DESC, toLower(b.name), b.id LIMIT $limit
     RETURN ${nodeMap('b')} AS node, b.evaluatedSubjectCount AS count, b.evaluationCount AS evaluations`,
    params: { limit: int(limit) },
  };
}

export async function topBenchmarks(db: Database, limit: number): Promise<RankedRow<'Benchmark'>[]> {
  return (await read(db, topBenchmarksQuery(limit))).map((row) => toRanked(row, ['Benchmark']));
}

/**
 * Methods and models evaluated on the most distinct benchmarks (stored counts, as above).
 * There are many of them (173k at 576k papers), so the indexes find the `limit`-th highest
 * count first, in index order, and only the subjects at or above it are sorted in full.
 */
export function topSubjectsQuery(limit: number): Statement {
  const bySubjectLabel = (where: string, tail: string) =>
    SUBJECT_LABELS.map((label) => `MATCH (s:${alternatives([label])}) WHERE ${where} ${tail}`).join(' UNION ALL ');
  return {
    cypher: `CALL () { ${bySubjectLabel('s.evaluatedBenchmarkCount > 0', 'RETURN s.evaluatedBenchmarkCount AS c ORDER BY c DESC LIMIT $limit')} }
     WITH c ORDER BY c DESC LIMIT $limit
     WITH min(c) AS threshold
     CALL (threshold) { ${bySubjectLabel('s.evaluatedBenchmarkCount >= threshold', 'RETURN s')} }
     WITH s ORDER BY s.evaluatedBenchmarkCount DESC, s.evaluationCount DESC, toLower(s.name), s.id LIMIT $limit
     RETURN ${nodeMap('s')} AS node, s.evaluatedBenchmarkCount AS count, s.evaluationCount AS evaluations`,
    params: { limit: int(limit) },
  };
}

export async function topSubjects(db: Database, limit: number): Promise<RankedRow<SubjectLabel>[]> {
  return (await read(db, topSubjectsQuery(limit))).map((row) => toRanked(row, SUBJECT_LABELS));
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
     RETURN ${nodeMap('s')} AS node, count, evaluations`,
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
