import { alternatives, SUBJECT_LABELS } from './labels.js';

/**
 * How a benchmark's leaderboard is ranked, as Cypher fragments over a bound `b`, shared by the
 * API's query (src/graph/leaderboards.ts) and the boards each ingest stores on the benchmark
 * (ingest/load/evaluation-counts.ts): both must rank alike, or a stored board would answer
 * differently from the plain one.
 */

/**
 * The metric a board of `b` ranks by, as `metric`, `metricId`, `valued` (results with a value)
 * and `n` (results): `$metric` where given (name ignoring case, or key), else the benchmark's
 * main one: a listed column that has values, else the most reported. Exactly one row.
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
 * The first `limit` results of `b` in `metric` (every result when the board has no metric and
 * none was asked for), as `page`, a list of {r, s, t}: values first, best first in the metric's
 * direction (higher assumed better when unknown), then by paper date, subject name and key.
 * A bounded sort (top-k) of the board's results; with `unless` (a boolean variable), an empty
 * page where it holds, without reading a result.
 */
export function rankedPage(limit: string, unless?: string): string {
  return `CALL (b, metric, higherIsBetter${unless ? `, ${unless}` : ''}) {
       ${unless ? `WITH b, metric, higherIsBetter WHERE NOT ${unless}` : ''}
       MATCH (b)<-[r:EVALUATED_ON]-(s:${alternatives(SUBJECT_LABELS)})
       WHERE r.metric = metric OR (metric IS NULL AND $metric IS NULL)
       OPTIONAL MATCH (p:Paper {id: r.paper})
       WITH r, s, b AS t, p
       ORDER BY r.value IS NULL,
                CASE WHEN coalesce(higherIsBetter, true) THEN -r.value ELSE r.value END,
                p.publishedAt, toLower(s.name), r.key, s.id
       LIMIT ${limit}
       RETURN collect({r: r, s: s, t: t}) AS page
     }`;
}

/**
 * Rows of the main-metric board stored per benchmark: the API's largest page, so every
 * default board a client can ask for is read from the stored ranking.
 */
export const STORED_LEADERBOARD_ROWS = 100;

/**
 * What each refresh stores on a benchmark with results, read back by the API while
 * `leaderboardDegree` still equals the benchmark's EVALUATED_ON degree (a result added or
 * removed since means the plain ranking answers until the next refresh).
 */
export const STORED_LEADERBOARD = {
  degree: 'leaderboardDegree',
  metric: 'leaderboardMetric',
  metricId: 'leaderboardMetricId',
  valued: 'leaderboardValued',
  total: 'leaderboardTotal',
  subjects: 'leaderboardSubjects',
  keys: 'leaderboardKeys',
} as const;
