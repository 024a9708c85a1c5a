import { describe, expect, it } from 'vitest';
import { matrixResultsQuery, statsPartsQuery, topSubjectsOnQuery } from '../../../src/graph/stats.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('the statements behind Query.stats', () => {
  it('sends the parts a request selects in one statement: counts from the count store, top lists by the counts the ingest stores', () => {
    expect(forReview(statsPartsQuery([{ kind: 'nodeCounts' }, { kind: 'relationshipCounts' }, { kind: 'topBenchmarks', limit: 10 }, { kind: 'topSubjects', limit: 5 }]))).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
           RETURN {Paper: COUNT { (:Paper) }, Method: COUNT { (:Method) }, Model: COUNT { (:Model) }, Benchmark: COUNT { (:Benchmark) }, Dataset: COUNT { (:Dataset) }, Task: COUNT { (:Task) }, Metric: COUNT { (:Metric) }, Repo: COUNT { (:Repo) }, Author: COUNT { (:Author) }, Venue: COUNT { (:Venue) }, Collection: COUNT { (:Collection) }, Area: COUNT { (:Area) }} AS p0
      }
      CALL () {
           RETURN {PROPOSES: COUNT { ()-[:PROPOSES]->() }, MENTIONS: COUNT { ()-[:MENTIONS]->() }, EVALUATES_ON: COUNT { ()-[:EVALUATES_ON]->() }, EVALUATED_ON: COUNT { ()-[:EVALUATED_ON]->() }, HAS_CODE: COUNT { ()-[:HAS_CODE]->() }, IMPLEMENTED_IN: COUNT { ()-[:IMPLEMENTED_IN]->() }, VARIANT_OF: COUNT { ()-[:VARIANT_OF]->() }, ON_DATASET: COUNT { ()-[:ON_DATASET]->() }, FOR_TASK: COUNT { ()-[:FOR_TASK]->() }, ADDRESSES: COUNT { ()-[:ADDRESSES]->() }, AUTHORED_BY: COUNT { ()-[:AUTHORED_BY]->() }, PUBLISHED_IN: COUNT { ()-[:PUBLISHED_IN]->() }, USES: COUNT { ()-[:USES]->() }, IN_COLLECTION: COUNT { ()-[:IN_COLLECTION]->() }, IN_AREA: COUNT { ()-[:IN_AREA]->() }, PART_OF: COUNT { ()-[:PART_OF]->() }} AS p1
      }
      CALL () {
           MATCH (b:Benchmark) WHERE b.evaluatedSubjectCount > 0
           WITH b ORDER BY b.evaluatedSubjectCount DESC, b.evaluationCount DESC, toLower(b.name), b.id LIMIT $p2_limit
           RETURN collect({node: b {label: head(labels(b)), .id, .name, .fullName, .sources, .metrics}, count: b.evaluatedSubjectCount, evaluations: b.evaluationCount}) AS p2
      }
      CALL () {
           CALL () { MATCH (s:Method) WHERE s.evaluatedBenchmarkCount > 0 RETURN s.evaluatedBenchmarkCount AS c ORDER BY c DESC LIMIT $p3_limit UNION ALL MATCH (s:Model) WHERE s.evaluatedBenchmarkCount > 0 RETURN s.evaluatedBenchmarkCount AS c ORDER BY c DESC LIMIT $p3_limit }
           WITH c ORDER BY c DESC LIMIT $p3_limit
           WITH min(c) AS threshold
           CALL (threshold) { MATCH (s:Method) WHERE s.evaluatedBenchmarkCount >= threshold RETURN s UNION ALL MATCH (s:Model) WHERE s.evaluatedBenchmarkCount >= threshold RETURN s }
           WITH s ORDER BY s.evaluatedBenchmarkCount DESC, s.evaluationCount DESC, toLower(s.name), s.id LIMIT $p3_limit
           RETURN collect({node: s {label: head(labels(s)), .id, .name, .fullName, .sources, .introducedYear}, count: s.evaluatedBenchmarkCount, evaluations: s.evaluationCount}) AS p3
      }
      RETURN p0, p1, p2, p3",
        "params": {
          "p2_limit": int(10),
          "p3_limit": int(5),
        },
      }
    `);
  });

  it('numbers the parts in the order asked, one limit parameter each', () => {
    const { cypher, params } = statsPartsQuery([{ kind: 'topSubjects', limit: 3 }, { kind: 'nodeCounts' }]);
    expect(cypher.endsWith('RETURN p0, p1')).toBe(true);
    expect(cypher.indexOf('evaluatedBenchmarkCount')).toBeLessThan(cypher.indexOf('COUNT { (:Paper) }'));
    expect(Object.keys(params)).toEqual(['p0_limit']);
  });

  it('fills the matrix: the subjects evaluated on most of the top benchmarks, then their results', () => {
    expect(forReview(topSubjectsOnQuery(['benchmark:mt-bench', 'benchmark:gsm8k'], 10))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $benchmarks AS bid
      MATCH (b:Benchmark {id: bid})<-[r:EVALUATED_ON]-(s:Method|Model)
      WITH s, count(DISTINCT b) AS count, count(r) AS evaluations
      ORDER BY count DESC, evaluations DESC, toLower(s.name) LIMIT $limit
      RETURN s {label: head(labels(s)), .id, .name, .fullName, .sources, .introducedYear} AS node, count, evaluations",
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
