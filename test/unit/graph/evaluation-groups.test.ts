import { describe, expect, it } from 'vitest';
import { evaluationGroupPagesQuery } from '../../../src/graph/evaluation-groups.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('evaluationGroupPagesQuery: results grouped by counterpart', () => {
  it("groups a method's results by benchmark or dataset (Method.evaluatedOn)", () => {
    expect(forReview(evaluationGroupPagesQuery('subject', 'Method', ['method:dpo'], { offset: 0, limit: 10, perGroup: 5 }))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      CALL (id) {
        MATCH (n:Method {id: id})-[r:EVALUATED_ON]->(other:Benchmark|Dataset)
        WITH n, other, collect(r) AS found
        ORDER BY size(found) DESC, toLower(other.name), other.id
        WITH n, collect({other: other, found: found}) AS groups
        RETURN n, size(groups) AS total, groups[$offset..$end] AS groups
      }
      CALL (n, groups) {
        UNWIND groups AS g
        CALL (n, g) {
          UNWIND g.found AS r
          OPTIONAL MATCH (mt:Metric {id: r.metricId})
          WITH r, mt
          ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
          LIMIT $perGroup
          RETURN collect({r: r, s: n, t: g.other}) AS page
        }
        WITH g.other AS other, size(g.found) AS count, page
        CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, paper: p {.*, label: head(labels(p)), abstract: null, notRead: ['abstract']}, metric: mt {.*, label: head(labels(mt)), nameKeys: null, aliases: null, description: null, notRead: ['aliases', 'description']},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
          usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
        RETURN collect({other: other {.*, label: head(labels(other)), leaderboardSubjects: null, leaderboardKeys: null, nameKeys: null, abstract: null, aliases: null, description: null, notRead: ['abstract', 'aliases', 'description']}, count: count, items: items}) AS items
      }
      // The node once, and each counterpart once per group: the evaluations leave their ends out.
      RETURN id AS key, n {.*, label: head(labels(n)), leaderboardSubjects: null, leaderboardKeys: null, nameKeys: null, abstract: null, aliases: null, description: null, notRead: ['abstract', 'aliases', 'description']} AS node, total, items",
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
    expect(cypher).toContain('MATCH (n:Benchmark {id: id})<-[r:EVALUATED_ON]-(other:Method|Model)');
    // The benchmark is each result's target, its counterpart the subject.
    expect(cypher).toContain('RETURN collect({r: r, s: g.other, t: n}) AS page');
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
