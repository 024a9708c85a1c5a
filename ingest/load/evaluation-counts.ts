import neo4j from 'neo4j-driver';
import type { Database } from '../../src/db/database.js';
import { alternatives, SUBJECT_LABELS } from '../../core/labels.js';
import { CHOOSE_METRIC, rankedPage, STORED_LEADERBOARD, STORED_LEADERBOARD_ROWS } from '../../core/leaderboard-ranking.js';

/**
 * Stored per node, refreshed after every ingest: how many distinct methods and models were
 * evaluated on a benchmark, how many distinct benchmarks a method or model was evaluated on,
 * and the results behind each. `stats` ranks by them; counting them per request walks every
 * EVALUATED_ON relationship (1.3 s of Neo4j CPU at 576k papers, for one request). And each
 * benchmark's main-metric leaderboard, ranked as the API ranks it (core/leaderboard-ranking.ts):
 * its first rows (subject and result key), metric, totals and the EVALUATED_ON degree it was
 * ranked at, so a default board costs its page, not a sort of every result.
 *
 * Only changed values are written, so a refresh over an unchanged graph writes nothing, and a
 * rerun of an ingest leaves the same graph.
 */
export async function refreshEvaluationCounts(db: Database): Promise<void> {
  const subjects = alternatives(SUBJECT_LABELS);
  await db.writeAll([
    {
      cypher: `MATCH (b:Benchmark)
        CALL (b) {
          OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-(s:${subjects})
          RETURN count(DISTINCT s) AS subjects, count(r) AS results
        }
        WITH b, subjects, results
        WHERE b.evaluatedSubjectCount IS NULL OR b.evaluatedSubjectCount <> subjects OR b.evaluationCount <> results
        SET b.evaluatedSubjectCount = subjects, b.evaluationCount = results`,
    },
    {
      // Only subjects with results carry the counts: most methods and models have none.
      cypher: `MATCH (s:${subjects})-[:EVALUATED_ON]->(:Benchmark)
        WITH DISTINCT s
        CALL (s) {
          MATCH (s)-[r:EVALUATED_ON]->(b:Benchmark)
          RETURN count(DISTINCT b) AS benchmarks, count(r) AS results
        }
        WITH s, benchmarks, results
        WHERE s.evaluatedBenchmarkCount IS NULL OR s.evaluatedBenchmarkCount <> benchmarks OR s.evaluationCount <> results
        SET s.evaluatedBenchmarkCount = benchmarks, s.evaluationCount = results`,
    },
    storedLeaderboards(),
  ]);
}

/** The main-metric board of every benchmark with results, ranked by the API's own fragments. */
function storedLeaderboards() {
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
