import { describe, expect, it } from 'vitest';
import { evaluationGroupPagesQuery } from '../../../src/graph/evaluation-groups.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('evaluationGroupPagesQuery: results grouped by counterpart', () => {
  it("groups a method's results by benchmark or dataset (Method.evaluatedOn)", () => {
    expect(forReview(evaluationGroupPagesQuery('subject', 'Method', ['method:dpo'], { offset: 0, limit: 10, perGroup: 5 }))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (s:Method {id: id})-[r:EVALUATED_ON]->(t:Benchmark|Dataset) WITH id, r, s, t, t AS other
      OPTIONAL MATCH (mt:Metric {id: r.metricId})
      WITH id, r, s, t, other, mt
      ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
      WITH id, other, collect({r: r, s: s, t: t}) AS found
      ORDER BY size(found) DESC, toLower(other.name), other.id
      WITH id, collect({other: other, count: size(found), page: found[0..$perGroup]}) AS groups
      WITH id, size(groups) AS total, groups[$offset..$end] AS groups
      CALL (groups) {
        UNWIND groups AS g
        WITH g.other AS other, g.count AS count, g.page AS page
        CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, subject: s {.*, label: head(labels(s)), leaderboardSubjects: null, leaderboardKeys: null}, target: t {.*, label: head(labels(t)), leaderboardSubjects: null, leaderboardKeys: null}, paper: p {.*, label: head(labels(p)), leaderboardSubjects: null, leaderboardKeys: null}, metric: mt {.*, label: head(labels(mt)), leaderboardSubjects: null, leaderboardKeys: null},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
          usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
        RETURN collect({other: other {.*, label: head(labels(other)), leaderboardSubjects: null, leaderboardKeys: null}, count: count, items: items}) AS items
      }
      RETURN id AS key, total, items",
        "params": {
          "end": int(11),
          "ids": [
            "method:dpo",
          ],
          "offset": int(0),
          "perGroup": int(5),
        },
      }
    `);
  });

  it("groups a benchmark's results by method or model (methodsEvaluatedOn)", () => {
    const { cypher, params } = evaluationGroupPagesQuery('target', 'Benchmark', ['benchmark:mt-bench'], { offset: 10, limit: 10, perGroup: 3 });
    expect(cypher).toContain('MATCH (t:Benchmark {id: id})<-[r:EVALUATED_ON]-(s:Method|Model) WITH id, r, s, t, s AS other');
    expect(params).toMatchInlineSnapshot(`
      {
        "end": int(21),
        "ids": [
          "benchmark:mt-bench",
        ],
        "offset": int(10),
        "perGroup": int(3),
      }
    `);
  });
});
