import type { Database } from '../db/database.js';
import { TARGET_LABELS } from '../../core/labels.js';
import { ENRICH_BOARD_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { nodeMap, toRowOf } from './rows.js';
import { ANY_SUBJECT } from './labels.js';
import { CHOOSE_METRIC, STORED_LEADERBOARD } from '../../core/leaderboard-ranking.js';
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
 * arXiv ids encode the month of submission: 1509.06664 is September 2015, hep-th/9901001
 * January 1999. Papers with Code tables often give an arXiv link and no date.
 */
const ARXIV_NEW_STYLE = '^\\d{4}\\.\\d{4,5}$';
const ARXIV_OLD_STYLE = '^[a-z-]+(\\.[A-Za-z]{2})?/\\d{7}$';

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
  return { metric, arxivNew: ARXIV_NEW_STYLE, arxivOld: ARXIV_OLD_STYLE };
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
  const stored = STORED_LEADERBOARD;
  // The main metric as the last refresh stored it while no result was added or removed since
  // (1 db hit for the degree), where choosing it again reads every result of the board.
  return `     WITH id, b, coalesce($metric IS NULL AND b.${stored.degree} = COUNT { (b)<-[:EVALUATED_ON]-() }, false) AS stored
     CALL (b, stored) {
       WITH b WHERE stored
       RETURN b.${stored.metric} AS metric, b.${stored.metricId} AS metricId
       UNION ALL
       WITH b WHERE NOT stored
       ${CHOOSE_METRIC}
       RETURN metric, metricId
     }
     OPTIONAL MATCH (mt:Metric {id: metricId})
     WITH id, b, metric, metricId, mt.higherIsBetter AS higherIsBetter
     CALL (b, metric, higherIsBetter) {
       OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-(s:${ANY_SUBJECT})
       WHERE r.metric = metric AND r.value IS NOT NULL
       OPTIONAL MATCH (p:Paper {id: r.paper})
       WITH r, s, p,
            CASE WHEN p.publishedAt IS NOT NULL THEN p.publishedAt
                 WHEN p.arxivId =~ $arxivNew THEN '20' + substring(p.arxivId, 0, 2) + '-' + substring(p.arxivId, 2, 2)
                 WHEN p.arxivId =~ $arxivOld THEN
                   CASE WHEN toInteger(substring(split(p.arxivId, '/')[1], 0, 2)) >= 91 THEN '19' ELSE '20' END
                   + substring(split(p.arxivId, '/')[1], 0, 2) + '-' + substring(split(p.arxivId, '/')[1], 2, 2)
            END AS date
       WITH r, s, p, date, CASE WHEN p.publishedAt IS NOT NULL THEN 'PUBLISHED' ELSE 'ARXIV_ID' END AS dateSource
       ORDER BY date,
                CASE WHEN coalesce(higherIsBetter, true) THEN -r.value ELSE r.value END,
                toLower(s.name), r.key
       WITH collect(CASE WHEN r IS NOT NULL AND date IS NOT NULL THEN {r: r, s: s, date: date, dateSource: dateSource} END) AS dated,
            count(CASE WHEN r IS NOT NULL AND date IS NULL THEN 1 END) AS undated
       // Each result that beats the best so far is a step.
       WITH undated, reduce(run = {best: null, steps: []}, e IN dated |
              CASE WHEN run.best IS NULL
                        OR (coalesce(higherIsBetter, true) AND e.r.value > run.best)
                        OR (NOT coalesce(higherIsBetter, true) AND e.r.value < run.best)
                   THEN {best: e.r.value, steps: run.steps + [e]}
                   ELSE run END).steps AS steps
       RETURN undated, steps
     }
     WITH id, b, metric, metricId, higherIsBetter, undated,
          [e IN steps | {date: e.date, dateSource: e.dateSource}] AS dates,
          [e IN steps | {r: e.r, s: e.s, t: b}] AS page
     ${ENRICH_BOARD_PAGE}
     WITH id, metric, metricId, higherIsBetter, undated, dates, items, ${nodeMap('b')} AS target
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
