import { describe, expect, it } from 'vitest';
import {
  matrixResultsQuery,
  nodeCountsQuery,
  relationshipCountsQuery,
  topBenchmarksQuery,
  topSubjectsOnQuery,
  topSubjectsQuery,
} from '../../../src/graph/stats.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('the statements behind Query.stats', () => {
  it('counts nodes per label and relationships per type from the count store', () => {
    expect(forReview(nodeCountsQuery()).cypher).toMatchInlineSnapshot(`"RETURN COUNT { (:Paper) } AS Paper, COUNT { (:Method) } AS Method, COUNT { (:Model) } AS Model, COUNT { (:Benchmark) } AS Benchmark, COUNT { (:Dataset) } AS Dataset, COUNT { (:Task) } AS Task, COUNT { (:Metric) } AS Metric, COUNT { (:Repo) } AS Repo, COUNT { (:Author) } AS Author, COUNT { (:Venue) } AS Venue, COUNT { (:Collection) } AS Collection, COUNT { (:Area) } AS Area"`);
    expect(forReview(relationshipCountsQuery()).cypher).toMatchInlineSnapshot(`"RETURN COUNT { ()-[:PROPOSES]->() } AS PROPOSES, COUNT { ()-[:MENTIONS]->() } AS MENTIONS, COUNT { ()-[:EVALUATES_ON]->() } AS EVALUATES_ON, COUNT { ()-[:EVALUATED_ON]->() } AS EVALUATED_ON, COUNT { ()-[:HAS_CODE]->() } AS HAS_CODE, COUNT { ()-[:IMPLEMENTED_IN]->() } AS IMPLEMENTED_IN, COUNT { ()-[:VARIANT_OF]->() } AS VARIANT_OF, COUNT { ()-[:ON_DATASET]->() } AS ON_DATASET, COUNT { ()-[:FOR_TASK]->() } AS FOR_TASK, COUNT { ()-[:ADDRESSES]->() } AS ADDRESSES, COUNT { ()-[:AUTHORED_BY]->() } AS AUTHORED_BY, COUNT { ()-[:PUBLISHED_IN]->() } AS PUBLISHED_IN, COUNT { ()-[:USES]->() } AS USES, COUNT { ()-[:IN_COLLECTION]->() } AS IN_COLLECTION, COUNT { ()-[:IN_AREA]->() } AS IN_AREA, COUNT { ()-[:PART_OF]->() } AS PART_OF"`);
  });

  it('ranks benchmarks and subjects by the counts the ingest stores', () => {
    expect(forReview(topBenchmarksQuery(10))).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (b:Benchmark) WHERE b.evaluatedSubjectCount > 0
      WITH b ORDER BY b.evaluatedSubjectCount DESC, b.evaluationCount DESC, toLower(b.name), b.id LIMIT $limit
      RETURN b {.*, label: head(labels(b)), leaderboardSubjects: null, leaderboardKeys: null, nameKeys: null, abstract: null, aliases: null, description: null, notRead: ['abstract', 'aliases', 'description']} AS node, b.evaluatedSubjectCount AS count, b.evaluationCount AS evaluations",
        "params": {
          "limit": int(10),
        },
      }
    `);
    expect(forReview(topSubjectsQuery(10))).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { MATCH (s:Method) WHERE s.evaluatedBenchmarkCount > 0 RETURN s.evaluatedBenchmarkCount AS c ORDER BY c DESC LIMIT $limit UNION ALL MATCH (s:Model) WHERE s.evaluatedBenchmarkCount > 0 RETURN s.evaluatedBenchmarkCount AS c ORDER BY c DESC LIMIT $limit }
      WITH c ORDER BY c DESC LIMIT $limit
      WITH min(c) AS threshold
      CALL (threshold) { MATCH (s:Method) WHERE s.evaluatedBenchmarkCount >= threshold RETURN s UNION ALL MATCH (s:Model) WHERE s.evaluatedBenchmarkCount >= threshold RETURN s }
      WITH s ORDER BY s.evaluatedBenchmarkCount DESC, s.evaluationCount DESC, toLower(s.name), s.id LIMIT $limit
      RETURN s {.*, label: head(labels(s)), leaderboardSubjects: null, leaderboardKeys: null, nameKeys: null, abstract: null, aliases: null, description: null, notRead: ['abstract', 'aliases', 'description']} AS node, s.evaluatedBenchmarkCount AS count, s.evaluationCount AS evaluations",
        "params": {
          "limit": int(10),
        },
      }
    `);
  });

  it('fills the matrix: the subjects evaluated on most of the top benchmarks, then their results', () => {
    expect(forReview(topSubjectsOnQuery(['benchmark:mt-bench', 'benchmark:gsm8k'], 10))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $benchmarks AS bid
      MATCH (b:Benchmark {id: bid})<-[r:EVALUATED_ON]-(s:Method|Model)
      WITH s, count(DISTINCT b) AS count, count(r) AS evaluations
      ORDER BY count DESC, evaluations DESC, toLower(s.name) LIMIT $limit
      RETURN s {.*, label: head(labels(s)), leaderboardSubjects: null, leaderboardKeys: null, nameKeys: null, abstract: null, aliases: null, description: null, notRead: ['abstract', 'aliases', 'description']} AS node, count, evaluations",
        "params": {
          "benchmarks": [
            "benchmark:mt-bench",
            "benchmark:gsm8k",
          ],
          "limit": int(10),
        },
      }
    `);
    expect(forReview(matrixResultsQuery(['method:dpo'], ['benchmark:mt-bench']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $benchmarks AS bid
      MATCH (t:Benchmark {id: bid})<-[r:EVALUATED_ON]-(s:Method|Model)
      WHERE s.id IN $subjects
      OPTIONAL MATCH (mt:Metric {id: r.metricId})
      RETURN s.id AS subjectId, t.id AS targetId,
             collect({metric: r.metric, value: r.value, rawValue: r.rawValue, higherIsBetter: mt.higherIsBetter}) AS results",
        "params": {
          "benchmarks": [
            "benchmark:mt-bench",
          ],
          "subjects": [
            "method:dpo",
          ],
        },
      }
    `);
  });
});
