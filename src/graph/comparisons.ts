import type { Database } from '../db/database.js';
import { TARGET_LABELS, type TargetLabel } from '../../core/labels.js';
import { ANY_TARGET } from './labels.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

export interface ComparedResult {
  subjectId: string;
  metric: string | null;
  higherIsBetter: boolean | null;
  value: number | null;
  rawValue: string | null;
  paperId: string | null;
}

interface ComparedTargetRow {
  target: RowOf<TargetLabel>;
  /** How many of the compared subjects were evaluated on the target. */
  subjectCount: number;
  results: ComparedResult[];
}

/**
 * The benchmarks and datasets that several methods or models were evaluated on, most shared
 * first, with every result of each compared subject there; the caller lines them up.
 */
export function sharedTargetsQuery(subjects: { methods: string[]; models: string[] }, minShared: number, limit: number): Statement {
  return {
    cypher: `CALL () {
       UNWIND $methods AS key MATCH (s:Method {id: key}) RETURN s
       UNION
       UNWIND $models AS key MATCH (s:Model {id: key}) RETURN s
     }
     MATCH (s)-[r:EVALUATED_ON]->(t:${ANY_TARGET})
     OPTIONAL MATCH (mt:Metric {id: r.metricId})
     WITH t, collect({subjectId: s.id, metric: r.metric, higherIsBetter: mt.higherIsBetter, value: r.value, rawValue: r.rawValue, paperId: r.paper}) AS results,
          count(DISTINCT s) AS subjectCount
     WHERE subjectCount >= $minShared
     ORDER BY subjectCount DESC, size(results) DESC, toLower(t.name)
     LIMIT $limit
     RETURN ${nodeMap('t', READ_WITHOUT_SELECTION, TARGET_LABELS)} AS target, subjectCount, results`,
    params: { methods: subjects.methods, models: subjects.models, minShared: int(minShared), limit: int(limit) },
  };
}

export async function sharedTargets(
  db: Database,
  subjects: { methods: string[]; models: string[] },
  minShared: number,
  limit: number,
): Promise<ComparedTargetRow[]> {
  const rows = await read(db, sharedTargetsQuery(subjects, minShared, limit));
  return rows.map((row) => ({
    target: toRowOf(row.target, TARGET_LABELS),
    subjectCount: row.subjectCount as number,
    results: row.results as ComparedResult[],
  }));
}
