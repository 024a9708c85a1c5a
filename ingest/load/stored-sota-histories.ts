import { CHOOSE_METRIC } from '../../core/leaderboard-ranking.js';
import { SOTA_DATE_PARAMS, sotaSteps, STORED_SOTA_HISTORY } from '../../core/sota-steps.js';

/**
 * The main-metric SOTA history of every benchmark with results, folded by the API's own
 * fragment (core/sota-steps.ts) in the metric the stored leaderboard ranks by: each step's
 * subject and result key, date and its source, the undated count, and the EVALUATED_ON degree
 * it was folded at, so a default history costs a lookup per step, not a walk of every result.
 * Only changed values are written.
 */
export function storedSotaHistories() {
  const stored = STORED_SOTA_HISTORY;
  return {
    cypher: `MATCH (b:Benchmark) WHERE EXISTS { (b)<-[:EVALUATED_ON]-() }
        WITH b, COUNT { (b)<-[:EVALUATED_ON]-() } AS degree
        ${CHOOSE_METRIC}
        OPTIONAL MATCH (mt:Metric {id: metricId})
        WITH b, degree, metric, mt.higherIsBetter AS higherIsBetter
        ${sotaSteps()}
        WITH b, degree, undated, [e IN steps | e.s.id] AS subjects, [e IN steps | e.r.key] AS keys,
             [e IN steps | e.date] AS dates, [e IN steps | e.dateSource] AS dateSources
        WHERE b.${stored.degree} IS NULL OR b.${stored.degree} <> degree OR b.${stored.undated} <> undated
           OR b.${stored.subjects} <> subjects OR b.${stored.keys} <> keys
           OR b.${stored.dates} <> dates OR b.${stored.dateSources} <> dateSources
        SET b.${stored.degree} = degree, b.${stored.undated} = undated, b.${stored.subjects} = subjects,
            b.${stored.keys} = keys, b.${stored.dates} = dates, b.${stored.dateSources} = dateSources`,
    params: { metric: null, ...SOTA_DATE_PARAMS },
  };
}
