import { describe, expect, it } from 'vitest';
import { leaderboardsQuery } from '../../../src/graph/leaderboards.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('leaderboardsQuery: Benchmark.leaderboard', () => {
  it("ranks each benchmark's results in its main metric when none is asked for", () => {
    expect(forReview(leaderboardsQuery(['benchmark:mt-bench', 'benchmark:gsm8k'], null, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (b:Benchmark {id: id})
      CALL (b) {
        OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-()
        WHERE r.metric IS NOT NULL AND ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
        WITH r.metric AS metric, head(collect(r.metricId)) AS metricId, count(r.value) AS valued, count(r) AS n,
             coalesce(head([i IN range(0, size(coalesce(b.metrics, [])) - 1) WHERE b.metrics[i] = r.metric]), 1000000) AS position
        ORDER BY valued > 0 DESC, position, n DESC, metric
        RETURN metric, metricId, valued, n LIMIT 1
      }
      OPTIONAL MATCH (mt:Metric {id: metricId})
      WITH id, b, metric, metricId, mt.higherIsBetter AS higherIsBetter, valued, n
      // A bounded sort (top-k) of the page only.
      CALL (b, metric, higherIsBetter) {
        MATCH (b)<-[r:EVALUATED_ON]-(s:Method|Model)
        WHERE r.metric = metric OR (metric IS NULL AND $metric IS NULL)
        OPTIONAL MATCH (p:Paper {id: r.paper})
        WITH r, s, b AS t, p
        ORDER BY r.value IS NULL,
                 CASE WHEN coalesce(higherIsBetter, true) THEN -r.value ELSE r.value END,
                 p.publishedAt, toLower(s.name), r.key
        LIMIT $limit
        RETURN collect({r: r, s: s, t: t}) AS page
      }
      // The chosen metric's group above counted its results; only a board without any metric
      // (every result listed) needs a count of its own, and has values iff its best one has.
      // A metric asked for that no result reports gives an empty board.
      WITH id, metric, metricId, higherIsBetter, page,
           CASE WHEN metric IS NOT NULL THEN n
                WHEN $metric IS NULL THEN COUNT { (b)<-[:EVALUATED_ON]-(:Method|Model) }
                ELSE 0 END AS total,
           CASE WHEN metric IS NULL THEN size([e IN page WHERE e.r.value IS NOT NULL]) ELSE valued END AS valued
      CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, subject: s {.*, label: head(labels(s))}, target: t {.*, label: head(labels(t))}, paper: p {.*, label: head(labels(p))}, metric: mt {.*, label: head(labels(mt))},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
      RETURN id AS key, metric, metricId, higherIsBetter, valued, total, items",
        "params": {
          "ids": [
            "benchmark:mt-bench",
            "benchmark:gsm8k",
          ],
          "limit": int(20),
          "metric": null,
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
      }
    `);
  });
});
