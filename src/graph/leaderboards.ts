import type { Database } from '../db/database.js';
import { CHOOSE_METRIC, rankedPage, STORED_LEADERBOARD, STORED_LEADERBOARD_ROWS } from '../../core/leaderboard-ranking.js';
import { ANY_SUBJECT } from './labels.js';
import { TARGET_LABELS } from '../../core/labels.js';
import { ENRICH_BOARD_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf } from './rows.js';
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
 * Leaderboards of many benchmarks in one query. The metric is the one asked for, else the
 * benchmark's main one: a listed column that has values, else the most reported. Results with
 * values come first, best first in the metric's direction; the rest follow by paper date.
 *
 * The main metric's board is read from the ranking the last refresh stored on the benchmark
 * (ingest/load/evaluation-counts.ts) while no result was added or removed since (its
 * EVALUATED_ON degree, 1 db hit, still equals the stored one): a page then costs a lookup per
 * row, where ranking walks every result of the board and looks up each one's paper.
 */
export function leaderboardsQuery(benchmarkIds: readonly string[], metric: string | null, limit: number): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (b:Benchmark {id: id})
${boardOf()}
     RETURN id AS key, metric, metricId, higherIsBetter, valued, total, items, target`,
    params: { ids: benchmarkIds, ...leaderboardParams(metric, limit) },
  };
}

function leaderboardParams(metric: string | null, limit: number) {
  return { metric, limit: int(limit), storedRows: int(STORED_LEADERBOARD_ROWS) };
}

/**
 * The board of a node bound as `m` in a statement of another shape (a lookup), as the map
 * `name`: one round trip for the node and its board. Its parameters (`metric`, `limit`,
 * `storedRows`) go beside the statement's own.
 */
export function leaderboardCall(name: string, metric: string | null, limit: number): { call: string; params: Record<string, unknown> } {
  return {
    call: `CALL (m) {
     WITH m AS b, m.id AS id
${boardOf()}
     RETURN {metric: metric, metricId: metricId, higherIsBetter: higherIsBetter, valued: valued, total: total, items: items, target: target} AS ${name}
     }`,
    params: leaderboardParams(metric, limit),
  };
}

/** The board of a bound benchmark `b` (and its key `id`): leaves metric, metricId, higherIsBetter, valued, total and items. */
function boardOf(): string {
  const stored = STORED_LEADERBOARD;
  return `     WITH id, b, coalesce($metric IS NULL AND b.${stored.degree} = COUNT { (b)<-[:EVALUATED_ON]-() }
          AND ($limit <= size(b.${stored.keys}) OR size(b.${stored.keys}) < $storedRows), false) AS stored
     CALL (b, stored) {
       WITH b WHERE stored
       RETURN b.${stored.metric} AS metric, b.${stored.metricId} AS metricId, b.${stored.valued} AS valued, b.${stored.total} AS n
       UNION ALL
       WITH b WHERE NOT stored
       ${CHOOSE_METRIC}
       RETURN metric, metricId, valued, n
     }
     OPTIONAL MATCH (mt:Metric {id: metricId})
     WITH id, b, stored, metric, metricId, mt.higherIsBetter AS higherIsBetter, valued, n
     CALL (b, stored) {
       WITH b WHERE stored
       UNWIND range(0, CASE WHEN size(b.${stored.keys}) < $limit THEN size(b.${stored.keys}) ELSE $limit END - 1) AS i
       // Each subject by its key first: in one pattern the planner may expand the benchmark's
       // results instead (7,000 db hits for a 10-row page of a 350-result board under a lookup).
       // The hint keeps the key a seek: unhinted, the whole query's plan scanned the key index
       // for every row (21,324 db hits for a 6-row board on the shipped corpus).
       CALL (b, i) { MATCH (s:${ANY_SUBJECT} {id: b.${stored.subjects}[i]}) RETURN s }
       MATCH (s)-[r:EVALUATED_ON {key: b.${stored.keys}[i]}]->(b) USING INDEX SEEK r:EVALUATED_ON(key)
       WITH i, r, s, b ORDER BY i
       RETURN collect({r: r, s: s, t: b}) AS storedPage
     }
     ${rankedPage('$limit', 'stored')}
     // The chosen metric's group above counted its results; only a board without any metric
     // (every result listed) needs a count of its own, and has values iff its best one has.
     // A metric asked for that no result reports gives an empty board.
     WITH id, b, metric, metricId, higherIsBetter, valued, n, stored, CASE WHEN stored THEN storedPage ELSE page END AS page
     WITH id, b, metric, metricId, higherIsBetter, page,
          CASE WHEN stored OR metric IS NOT NULL THEN n
               WHEN $metric IS NULL THEN COUNT { (b)<-[:EVALUATED_ON]-(:${ANY_SUBJECT}) }
               ELSE 0 END AS total,
          CASE WHEN metric IS NULL AND NOT stored THEN size([e IN page WHERE e.r.value IS NOT NULL]) ELSE valued END AS valued
     ${ENRICH_BOARD_PAGE}
     WITH id, metric, metricId, higherIsBetter, valued, total, items, ${nodeMap('b', READ_WITHOUT_SELECTION, ['Benchmark'])} AS target
`;
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
    return row ? toLeaderboardRow(row) : emptyLeaderboard(metric);
  });
}

export function emptyLeaderboard(metric: string | null): LeaderboardRow {
  return { metric, metricId: null, higherIsBetter: null, rankedBy: 'PAPER', total: 0, entries: [] };
}

/** A board as the query returns it (a row of leaderboardsQuery, or the map of a leaderboardCall). */
export function toLeaderboardRow(row: Record<string, unknown>): LeaderboardRow {
  const target = toRowOf(row.target, TARGET_LABELS);
  return {
    metric: (row.metric as string | null) ?? null,
    metricId: (row.metricId as string | null) ?? null,
    higherIsBetter: (row.higherIsBetter as boolean | null) ?? null,
    rankedBy: (row.valued as number) > 0 ? 'VALUE' : 'PAPER',
    total: row.total as number,
    entries: (row.items as Array<Record<string, unknown>>).map((item) => toEvaluationRow(item, { target })),
  };
}
