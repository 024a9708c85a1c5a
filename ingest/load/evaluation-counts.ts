import type { Database } from '../../src/db/database.js';
import { alternatives, SUBJECT_LABELS } from '../../core/labels.js';
import { storedEvaluationGroups } from './stored-evaluation-groups.js';
import { storedLeaderboards } from './stored-leaderboards.js';
import { storedSotaHistories } from './stored-sota-histories.js';

/**
 * Stored per node, refreshed after every ingest: how many distinct methods and models were
 * evaluated on a benchmark, how many distinct benchmarks a method or model was evaluated on,
 * and the results behind each. `stats` ranks by them; counting them per request walks every
 * EVALUATED_ON relationship (1.3 s of Neo4j CPU at 576k papers, for one request). And what
 * the API reads back instead of walking a hub's results, each computed by the API's own
 * fragments and stamped with the degree it was computed at: each benchmark's main-metric
 * leaderboard (stored-leaderboards.ts) and SOTA history (stored-sota-histories.ts), and every
 * node's first evaluation groups (stored-evaluation-groups.ts). One transaction: a failed
 * refresh leaves the previous values, never half of new ones.
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
    storedSotaHistories(),
    storedEvaluationGroups('subject'),
    storedEvaluationGroups('target'),
  ]);
}
