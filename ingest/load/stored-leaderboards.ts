import neo4j from 'neo4j-driver';
import { alternatives, SUBJECT_LABELS } from '../../core/labels.js';
import { CHOOSE_METRIC, rankedPage, STORED_LEADERBOARD, STORED_LEADERBOARD_ROWS } from '../../core/leaderboard-ranking.js';

/**
 * The main-metric board of every benchmark with results, ranked by the API's own fragments
 * (core/leaderboard-ranking.ts): its first rows (subject and result key), metric, totals and
 * the EVALUATED_ON degree it was ranked at, so a default board costs its page, not a sort of
 * every result. Only changed values are written.
 */
export function storedLeaderboards() {
  const stored = STORED_LEADERBOARD;
  const subjects = alternatives(SUBJECT_LABELS);
  return {
    cypher: `MATCH (b:Benchmark) WHERE EXISTS { (b)<-[:EVALUATED_ON]-() }
        WITH b, COUNT { (b)<-[:EVALUATED_ON]-() } AS degree
        ${CHOOSE_METRIC}
        OPTIONAL MATCH (mt:Metric {id: metricId})
        WITH b, degree, metric, metricId, mt.higherIsBetter AS higherIsBetter, valued, n
        ${rankedPage('$storedRows')}
        WITH b, degree, metric, metricId, page,
             CASE WHEN metric IS NOT NULL THEN n ELSE COUNT { (b)<-[:EVALUATED_ON]-(:${subjects}) } END AS total,
             CASE WHEN metric IS NULL THEN size([e IN page WHERE e.r.value IS NOT NULL]) ELSE valued END AS valued
        WITH b, degree, metric, metricId, total, valued, [e IN page | e.s.id] AS subjects, [e IN page | e.r.key] AS keys
        WHERE b.${stored.degree} IS NULL OR b.${stored.degree} <> degree
           OR coalesce(b.${stored.metric}, '') <> coalesce(metric, '') OR coalesce(b.${stored.metricId}, '') <> coalesce(metricId, '')
           OR b.${stored.valued} <> valued OR b.${stored.total} <> total
           OR b.${stored.subjects} <> subjects OR b.${stored.keys} <> keys
        SET b.${stored.degree} = degree, b.${stored.metric} = metric, b.${stored.metricId} = metricId,
            b.${stored.valued} = valued, b.${stored.total} = total, b.${stored.subjects} = subjects, b.${stored.keys} = keys`,
    params: { metric: null, storedRows: neo4j.int(STORED_LEADERBOARD_ROWS) },
  };
}
