import { describe, expect, it } from 'vitest';
import { sotaHistoriesQuery } from '../../../src/graph/sota-history.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('sotaHistoriesQuery: Benchmark.sotaHistory', () => {
  it("walks each benchmark's dated results in its main metric and keeps those that beat the best so far", () => {
    expect(forReview(sotaHistoriesQuery(['benchmark:snli'], null))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (b:Benchmark {id: id})
      WITH id, b, COUNT { (b)<-[:EVALUATED_ON]-() } AS degree
      WITH id, b, coalesce($metric IS NULL AND b.leaderboardDegree = degree, false) AS stored,
           coalesce($metric IS NULL AND b.leaderboardDegree = degree AND b.sotaHistoryDegree = degree, false) AS storedSteps
      CALL (b, stored) {
        WITH b WHERE stored
        RETURN b.leaderboardMetric AS metric, b.leaderboardMetricId AS metricId
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
        RETURN metric, metricId
      }
      OPTIONAL MATCH (mt:Metric {id: metricId})
      WITH id, b, storedSteps, metric, metricId, mt.higherIsBetter AS higherIsBetter
      CALL (b, storedSteps) {
        WITH b WHERE storedSteps
        UNWIND range(0, size(b.sotaHistoryKeys) - 1) AS i
        // Each subject by its key first, then its result into the bound benchmark (as the stored leaderboard reads its rows).
        CALL (b, i) { MATCH (s:Method|Model {id: b.sotaHistorySubjects[i]}) RETURN s }
        MATCH (s)-[r:EVALUATED_ON {key: b.sotaHistoryKeys[i]}]->(b) USING INDEX SEEK r:EVALUATED_ON(key)
        WITH i, r, s, b ORDER BY i
        RETURN collect({r: r, s: s, date: b.sotaHistoryDates[i], dateSource: b.sotaHistoryDateSources[i]}) AS storedHistory
      }
      CALL (b, metric, higherIsBetter, storedSteps) {
        WITH b, metric, higherIsBetter WHERE NOT storedSteps
        OPTIONAL MATCH (b)<-[r:EVALUATED_ON]-(s:Method|Model)
        WHERE r.metric = metric AND r.value IS NOT NULL
        OPTIONAL MATCH (p:Paper {id: r.paper})
        WITH r, s, p,
             CASE WHEN p.publishedAt IS NOT NULL THEN p.publishedAt
                  WHEN p.arxivId =~ $arxivNew THEN '20' + substring(p.arxivId, 0, 2) + '-' + substring(p.arxivId, 2, 2)
                  WHEN p.arxivId =~ $arxivOld THEN
                    CASE WHEN toInteger(substring(split(p.arxivId, '/')[1], 0, 2)) >= 91 THEN '19' ELSE '20' END
                    + substring(split(p.arxivId, '/')[1], 0, 2) + '-' + substring(split(p.arxivId, '/')[1], 2, 2)
             END AS date
        WITH r, s, p, date, CASE WHEN p.publishedAt IS NOT NULL THEN 'PUBLISHED' ELSE 'ARXIV_ID' END AS dateSource
        ORDER BY date,
                 CASE WHEN coalesce(higherIsBetter, true) THEN -r.value ELSE r.value END,
                 toLower(s.name), r.key
        WITH collect(CASE WHEN r IS NOT NULL AND date IS NOT NULL THEN {r: r, s: s, date: date, dateSource: dateSource} END) AS dated,
             count(CASE WHEN r IS NOT NULL AND date IS NULL THEN 1 END) AS undated
        // Each result that beats the best so far is a step.
        WITH undated, reduce(run = {best: null, steps: []}, e IN dated |
               CASE WHEN run.best IS NULL
                         OR (coalesce(higherIsBetter, true) AND e.r.value > run.best)
                         OR (NOT coalesce(higherIsBetter, true) AND e.r.value < run.best)
                    THEN {best: e.r.value, steps: run.steps + [e]}
                    ELSE run END).steps AS steps
        RETURN undated, steps
      }
      WITH id, b, metric, metricId, higherIsBetter,
           CASE WHEN storedSteps THEN b.sotaHistoryUndated ELSE undated END AS undated,
           CASE WHEN storedSteps THEN storedHistory ELSE steps END AS steps
      WITH id, b, metric, metricId, higherIsBetter, undated,
           [e IN steps | {date: e.date, dateSource: e.dateSource}] AS dates,
           [e IN steps | {r: e.r, s: e.s, t: b}] AS page
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
      WITH id, metric, metricId, higherIsBetter, undated, dates, items, b {label: head(labels(b)), .id, .name, .fullName, .sources, .metrics} AS target
      RETURN id AS key, metric, metricId, higherIsBetter, undated, dates, items, target",
        "params": {
          "arxivNew": "^\\d{4}\\.\\d{4,5}$",
          "arxivOld": "^[a-z-]+(\\.[A-Za-z]{2})?/\\d{7}$",
          "ids": [
            "benchmark:snli",
          ],
          "metric": null,
        },
      }
    `);
  });

  it('passes a metric asked for as a parameter', () => {
    expect(sotaHistoriesQuery(['benchmark:snli'], 'Parameters').params.metric).toBe('Parameters');
  });
});
