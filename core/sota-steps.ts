import { alternatives, SUBJECT_LABELS } from './labels.js';

/**
 * How a benchmark's state of the art over time is folded from its results, as Cypher over a
 * bound `b`, shared by the API's query (src/graph/sota-history.ts) and the histories each
 * ingest stores on the benchmark (ingest/load/stored-sota-histories.ts): both must fold alike,
 * or a stored history would answer differently from the walked one.
 */

/**
 * arXiv ids encode the month of submission: 1509.06664 is September 2015, hep-th/9901001
 * January 1999. Papers with Code tables often give an arXiv link and no date.
 */
export const SOTA_DATE_PARAMS = {
  arxivNew: '^\\d{4}\\.\\d{4,5}$',
  arxivOld: '^[a-z-]+(\\.[A-Za-z]{2})?/\\d{7}$',
} as const;

/**
 * The steps of `b`'s running best in `metric` (direction `higherIsBetter`), as `steps`, a list
 * of {r, s, date, dateSource}, oldest first, and `undated`, the results with a value whose
 * paper has no date. Results with a value, dated by their paper (else the month of its arXiv
 * id), oldest first; a result is a step when it beats every earlier one strictly. On one date
 * the best result counts first; equal values on one date are told apart by subject name, then
 * result key, so the history is the same on every run. Exactly one row; with `unless` (a
 * boolean variable), no steps where it holds, without reading a result. Needs the parameters
 * `arxivNew` and `arxivOld` (SOTA_DATE_PARAMS).
 */
export function sotaSteps(unless?: string): string {
  return `CALL (b, metric, higherIsBetter${unless ? `, ${unless}` : ''}) {
       ${unless ? `WITH b, metric, higherIsBetter WHERE NOT ${unless}` : ''}
       OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-(s:${alternatives(SUBJECT_LABELS)})
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
     }`;
}

/**
 * What each refresh stores on a benchmark with results: its main-metric history (the metric
 * of the stored leaderboard) as the steps' subjects and result keys, their dates, and the
 * undated count; read back by the API while `sotaHistoryDegree` still equals the benchmark's
 * EVALUATED_ON degree (a result added or removed since means the walk answers until the next
 * refresh).
 */
export const STORED_SOTA_HISTORY = {
  degree: 'sotaHistoryDegree',
  subjects: 'sotaHistorySubjects',
  keys: 'sotaHistoryKeys',
  dates: 'sotaHistoryDates',
  dateSources: 'sotaHistoryDateSources',
  undated: 'sotaHistoryUndated',
} as const;
