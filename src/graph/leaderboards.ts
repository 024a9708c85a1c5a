import type { Database } from '../db/database.js';
import { ANY_SUBJECT } from './labels.js';
import { ENRICH_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { int } from './params.js';
import { read, type Statement } from './statement.js';

export interface LeaderboardRow {
  /** The metric ranked by (asked for, or the benchmark's main one); null when no result names one. */
  metric: string | null;
  metricId: string | null;
  /** From the Metric node; null when no source said (then higher is assumed better). */
  higherIsBetter: boolean | null;
  rankedBy: 'VALUE' | 'PAPER';
  total: number;
  entries: EvaluationRow[];
}

/**
 * The metric a board of `b` ranks by, as `metric`, `metricId`, `valued` (results with a value)
 * and `n` (results): `$metric` where given (name ignoring case, or key), else the benchmark's
 * main one: a listed column that has values, else the most reported. Shared with the SOTA history.
 */
export const CHOOSE_METRIC = `CALL (b) {
       OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-()
       WHERE r.metric IS NOT NULL AND ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
       WITH r.metric AS metric, head(collect(r.metricId)) AS metricId, count(r.value) AS valued, count(r) AS n,
            coalesce(head([i IN range(0, size(coalesce(b.metrics, [])) - 1) WHERE b.metrics[i] = r.metric]), 1000000) AS position
       ORDER BY valued > 0 DESC, position, n DESC, metric
       RETURN metric, metricId, valued, n LIMIT 1
     }`;

/**
 * Leaderboards of many benchmarks in one query. The metric is the one asked for, else the
 * benchmark's main one: a listed column that has values, else the most reported. Results with
 * values come first, best first in the metric's direction; the rest follow by paper date.
 */
export function leaderboardsQuery(benchmarkIds: readonly string[], metric: string | null, limit: number): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (b:Benchmark {id: id})
     ${CHOOSE_METRIC}
     OPTIONAL MATCH (mt:Metric {id: metricId})
     WITH id, b, metric, metricId, mt.higherIsBetter AS higherIsBetter, valued, n
     // A bounded sort (top-k) of the page only.
     CALL (b, metric, higherIsBetter) {
       MATCH (b)<-[r:EVALUATED_ON]-(s:${ANY_SUBJECT})
       WHERE r.metric = metric OR (metric IS NULL AND $metric IS NULL)
       OPTIONAL MATCH (p:Paper {id: r.paper})
       WITH r, s, b AS t, p
       ORDER BY r.value IS NULL,
                CASE WHEN coalesce(higherIsBetter, true) THEN -r.value ELSE r.value END,
                p.publishedAt, toLower(s.name), r.key
       LIMIT $limit
       RETURN collect({r: r, s: s, t: t}) AS page
     }
     // The chosen metric's group above counted its results; only a board without any metric
     // (every result listed) needs a count of its own, and has values iff its best one has.
     // A metric asked for that no result reports gives an empty board.
     WITH id, metric, metricId, higherIsBetter, page,
          CASE WHEN metric IS NOT NULL THEN n
               WHEN $metric IS NULL THEN COUNT { (b)<-[:EVALUATED_ON]-(:${ANY_SUBJECT}) }
               ELSE 0 END AS total,
          CASE WHEN metric IS NULL THEN size([e IN page WHERE e.r.value IS NOT NULL]) ELSE valued END AS valued
     ${ENRICH_PAGE}
     RETURN id AS key, metric, metricId, higherIsBetter, valued, total, items`,
    params: { ids: benchmarkIds, metric, limit: int(limit) },
  };
}

export async function leaderboards(
  db: Database,
  benchmarkIds: readonly string[],
  metric: string | null,
  limit: number,
): Promise<LeaderboardRow[]> {
  const rows = await read(db, leaderboardsQuery(benchmarkIds, metric, limit));
  const byKey = new Map(rows.map((row) => [row.key as string, row]));
  return benchmarkIds.map((id) => {
    const row = byKey.get(id);
    if (!row) return { metric, metricId: null, higherIsBetter: null, rankedBy: 'PAPER', total: 0, entries: [] };
    return {
      metric: (row.metric as string | null) ?? null,
      metricId: (row.metricId as string | null) ?? null,
      higherIsBetter: (row.higherIsBetter as boolean | null) ?? null,
      rankedBy: (row.valued as number) > 0 ? 'VALUE' : 'PAPER',
      total: row.total as number,
      entries: (row.items as Array<Record<string, unknown>>).map(toEvaluationRow),
    };
  });
}
