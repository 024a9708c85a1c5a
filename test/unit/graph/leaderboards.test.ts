import { describe, expect, it } from 'vitest';
import { leaderboardsQuery } from '../../../src/graph/leaderboards.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('leaderboardsQuery: Benchmark.leaderboard', () => {
  it("ranks each benchmark's results in its main metric when none is asked for", () => {
    expect(forReview(leaderboardsQuery(['benchmark:mt-bench', 'benchmark:gsm8k'], null, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (b:Benchmark {id: id})
      WITH id, b, coalesce($metric IS NULL AND b.leaderboardDegree = COUNT { (b)<-[:EVALUATED_ON]-() }
           AND ($limit <= size(b.leaderboardKeys) OR size(b.leaderboardKeys) < $storedRows), false) AS stored
      CALL (b, stored) {
        WITH b WHERE stored
        RETURN b.leaderboardMetric AS metric, b.leaderboardMetricId AS metricId, b.leaderboardValued AS valued, b.leaderboardTotal AS n
        UNION ALL
        WITH b WHERE NOT stored
        CALL (b) {
        OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-()
        WHERE r.metric IS NOT NULL AND ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
        WITH r.metric AS metric, head(collect(r.metricId)) AS metricId, count(r.value) AS valued, count(r) AS n,
             coalesce(head([i IN range(0, size(coalesce(b.metrics, [])) - 1) WHERE b.metrics[i] = r.metric]), 1000000) AS position
        ORDER BY valued > 0 DESC, position, n DESC, metric
        RETURN metric, metricId, valued, n LIMIT 1
      }
        RETURN metric, metricId, valued, n
      }
      OPTIONAL MATCH (mt:Metric {id: metricId})
      WITH id, b, stored, metric, metricId, mt.higherIsBetter AS higherIsBetter, valued, n
      CALL (b, stored) {
        WITH b WHERE stored
        UNWIND range(0, CASE WHEN size(b.leaderboardKeys) < $limit THEN size(b.leaderboardKeys) ELSE $limit END - 1) AS i
        // Each subject by its key first: in one pattern the planner may expand the benchmark's
        // results instead (7,000 db hits for a 10-row page of a 350-result board under a lookup).
        // The hint keeps the key a seek: unhinted, the whole query's plan scanned the key index
        // for every row (21,324 db hits for a 6-row board on the shipped corpus).
        CALL (b, i) { MATCH (s:Method|Model {id: b.leaderboardSubjects[i]}) RETURN s }
        MATCH (s)-[r:EVALUATED_ON {key: b.leaderboardKeys[i]}]->(b) USING INDEX SEEK r:EVALUATED_ON(key)
        WITH i, r, s, b ORDER BY i
        RETURN collect({r: r, s: s, t: b}) AS storedPage
      }
      CALL (b, metric, higherIsBetter, stored) {
        WITH b, metric, higherIsBetter WHERE NOT stored
        MATCH (b)<-[r:EVALUATED_ON]-(s:Method|Model)
        WHERE r.metric = metric OR (metric IS NULL AND $metric IS NULL)
        OPTIONAL MATCH (p:Paper {id: r.paper})
        WITH r, s, b AS t, p
        ORDER BY r.value IS NULL,
                 CASE WHEN coalesce(higherIsBetter, true) THEN -r.value ELSE r.value END,
                 p.publishedAt, toLower(s.name), r.key, s.id
        LIMIT $limit
        RETURN collect({r: r, s: s, t: t}) AS page
      }
      // The chosen metric's group above counted its results; only a board without any metric
      // (every result listed) needs a count of its own, and has values iff its best one has.
      // A metric asked for that no result reports gives an empty board.
      WITH id, b, metric, metricId, higherIsBetter, valued, n, stored, CASE WHEN stored THEN storedPage ELSE page END AS page
      WITH id, b, metric, metricId, higherIsBetter, page,
           CASE WHEN stored OR metric IS NOT NULL THEN n
                WHEN $metric IS NULL THEN COUNT { (b)<-[:EVALUATED_ON]-(:Method|Model) }
                ELSE 0 END AS total,
           CASE WHEN metric IS NULL AND NOT stored THEN size([e IN page WHERE e.r.value IS NOT NULL]) ELSE valued END AS valued
      CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, subject: s {label: head(labels(s)), .id, .name, .fullName, .sources, .introducedYear}, paper: p {label: head(labels(p)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources}, metric: mt {label: head(labels(mt)), .id, .name, .fullName, .sources, .higherIsBetter},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
          usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
      WITH id, metric, metricId, higherIsBetter, valued, total, items, b {label: head(labels(b)), .id, .name, .fullName, .sources, .metrics} AS target
      RETURN id AS key, metric, metricId, higherIsBetter, valued, total, items, target",
        "params": {
          "ids": [
            "benchmark:mt-bench",
            "benchmark:gsm8k",
          ],
          "limit": int(20),
          "metric": null,
          "storedRows": int(100),
        },
      }
    `);
  });

  it('passes a metric asked for as a parameter', () => {
    expect(leaderboardsQuery(['benchmark:mt-bench'], 'Score', 3).params).toMatchInlineSnapshot(`
      {
        "ids": [
          "benchmark:mt-bench",
        ],
        "limit": int(3),
        "metric": "Score",
        "storedRows": int(100),
      }
    `);
  });
});
