import type { Database } from '../db/database.js';
import { TARGET_LABELS } from '../../core/labels.js';
import { ENRICH_BOARD_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf } from './rows.js';
import { ANY_SUBJECT } from './labels.js';
import { CHOOSE_METRIC, STORED_LEADERBOARD } from '../../core/leaderboard-ranking.js';
import { SOTA_DATE_PARAMS, sotaSteps, STORED_SOTA_HISTORY } from '../../core/sota-steps.js';
import { read, type Statement } from './statement.js';

/** Where a step's date comes from: the paper's publication date, else the month its arXiv id encodes. */
export type SotaDateSource = 'PUBLISHED' | 'ARXIV_ID';

export interface SotaStepRow {
  /** The result that set the new best. */
  evaluation: EvaluationRow;
  /** ISO date (YYYY-MM-DD, or YYYY-MM where it comes from an arXiv id). */
  date: string;
  dateSource: SotaDateSource;
}

export interface SotaHistoryRow {
  metric: string | null;
  metricId: string | null;
  /** From the Metric node; null when no source said (then higher is assumed better). */
  higherIsBetter: boolean | null;
  steps: SotaStepRow[];
  /** Results with a value in the metric whose paper has no date: left out of the steps. */
  undatedCount: number;
}

/**
 * The running best on each benchmark in one metric (as the leaderboard chooses it): results
 * with a value, dated by their paper, oldest first; a result is a step when it beats every
 * earlier one strictly, in the metric's direction (higher assumed better when unknown). On
 * one date the best result counts first, so a worse one that day is no step; an equal value
 * later is no step either (the first to reach it holds it). Equal values on one date are
 * told apart by subject name, then result key, so the history is the same on every run.
 */
export function sotaHistoriesQuery(benchmarkIds: readonly string[], metric: string | null): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (b:Benchmark {id: id})
${historyOf()}
     RETURN id AS key, metric, metricId, higherIsBetter, undated, dates, items, target`,
    params: { ids: benchmarkIds, ...sotaHistoryParams(metric) },
  };
}

function sotaHistoryParams(metric: string | null) {
  return { metric, ...SOTA_DATE_PARAMS };
}

/**
 * The history of a node bound as `m` in a statement of another shape (a lookup), as the map
 * `name`: one round trip for the node and its history. Its parameters (`metric`, `arxivNew`,
 * `arxivOld`) go beside the statement's own.
 */
export function sotaHistoryCall(name: string, metric: string | null): { call: string; params: Record<string, unknown> } {
  return {
    call: `CALL (m) {
     WITH m AS b, m.id AS id
${historyOf()}
     RETURN {metric: metric, metricId: metricId, higherIsBetter: higherIsBetter, undated: undated, dates: dates, items: items, target: target} AS ${name}
     }`,
    params: sotaHistoryParams(metric),
  };
}

/** The history of a bound benchmark `b` (and its key `id`): leaves metric, metricId, higherIsBetter, undated, dates and items. */
function historyOf(): string {
  const board = STORED_LEADERBOARD;
  const history = STORED_SOTA_HISTORY;
  // The main metric as the last refresh stored it while no result was added or removed since
  // (1 db hit for the degree), where choosing it again reads every result of the board; and
  // its steps as that refresh folded them (a lookup per step), where folding walks them all.
  return `     WITH id, b, COUNT { (b)<-[:EVALUATED_ON]-() } AS degree
     WITH id, b, coalesce($metric IS NULL AND b.${board.degree} = degree, false) AS stored,
          coalesce($metric IS NULL AND b.${board.degree} = degree AND b.${history.degree} = degree, false) AS storedSteps
     CALL (b, stored) {
       WITH b WHERE stored
       RETURN b.${board.metric} AS metric, b.${board.metricId} AS metricId
       UNION ALL
       WITH b WHERE NOT stored
       ${CHOOSE_METRIC}
       RETURN metric, metricId
     }
     OPTIONAL MATCH (mt:Metric {id: metricId})
     WITH id, b, storedSteps, metric, metricId, mt.higherIsBetter AS higherIsBetter
     CALL (b, storedSteps) {
       WITH b WHERE storedSteps
       UNWIND range(0, size(b.${history.keys}) - 1) AS i
       // Each subject by its key first, then its result into the bound benchmark (as the stored leaderboard reads its rows).
       CALL (b, i) { MATCH (s:${ANY_SUBJECT} {id: b.${history.subjects}[i]}) RETURN s }
       MATCH (s)-[r:EVALUATED_ON {key: b.${history.keys}[i]}]->(b) USING INDEX SEEK r:EVALUATED_ON(key)
       WITH i, r, s, b ORDER BY i
       RETURN collect({r: r, s: s, date: b.${history.dates}[i], dateSource: b.${history.dateSources}[i]}) AS storedHistory
     }
     ${sotaSteps('storedSteps')}
     WITH id, b, metric, metricId, higherIsBetter,
          CASE WHEN storedSteps THEN b.${history.undated} ELSE undated END AS undated,
          CASE WHEN storedSteps THEN storedHistory ELSE steps END AS steps
     WITH id, b, metric, metricId, higherIsBetter, undated,
          [e IN steps | {date: e.date, dateSource: e.dateSource}] AS dates,
          [e IN steps | {r: e.r, s: e.s, t: b}] AS page
     ${ENRICH_BOARD_PAGE}
     WITH id, metric, metricId, higherIsBetter, undated, dates, items, ${nodeMap('b', READ_WITHOUT_SELECTION, ['Benchmark'])} AS target
`;
}

export async function sotaHistories(db: Database, benchmarkIds: readonly string[], metric: string | null): Promise<SotaHistoryRow[]> {
  const rows = await read(db, sotaHistoriesQuery(benchmarkIds, metric));
  const byKey = new Map(rows.map((row) => [row.key as string, row]));
  return benchmarkIds.map((id) => {
    const row = byKey.get(id);
    return row ? toSotaHistoryRow(row) : emptySotaHistory(metric);
  });
}

export function emptySotaHistory(metric: string | null): SotaHistoryRow {
  return { metric, metricId: null, higherIsBetter: null, steps: [], undatedCount: 0 };
}

/** A history as the query returns it (a row of sotaHistoriesQuery, or the map of a sotaHistoryCall). */
export function toSotaHistoryRow(row: Record<string, unknown>): SotaHistoryRow {
  const target = toRowOf(row.target, TARGET_LABELS);
  const dates = row.dates as Array<{ date: string; dateSource: SotaDateSource }>;
  // ENRICH_BOARD_PAGE keeps the order of `page`, so the i-th item is the i-th step.
  const steps = (row.items as Array<Record<string, unknown>>).map((item, i) => ({
    evaluation: toEvaluationRow(item, { target }),
    date: dates[i]!.date,
    dateSource: dates[i]!.dateSource,
  }));
  return {
    metric: (row.metric as string | null) ?? null,
    metricId: (row.metricId as string | null) ?? null,
    higherIsBetter: (row.higherIsBetter as boolean | null) ?? null,
    steps,
    undatedCount: Number(row.undated),
  };
}
