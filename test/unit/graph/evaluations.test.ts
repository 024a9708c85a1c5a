import { describe, expect, it } from 'vitest';
import { evaluationPagesQuery } from '../../../src/graph/evaluations.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('evaluationPagesQuery: the evaluations connections', () => {
  it("pages a method's results by benchmark, best first, for one metric", () => {
    expect(forReview(evaluationPagesQuery('subject', 'Method', ['method:dpo'], { metric: 'Win rate' }, 0, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      CALL (id) {
        MATCH (s:Method {id: id})-[r:EVALUATED_ON]->(t:Benchmark|Dataset) WHERE ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
        AND ($other IS NULL OR t.id = $other) RETURN count(r) AS total
      }
      CALL (id) {
        MATCH (s:Method {id: id})-[r:EVALUATED_ON]->(t:Benchmark|Dataset)
        WHERE ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
        AND ($other IS NULL OR t.id = $other)
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        WITH r, s, t, mt ORDER BY toLower(t.name), r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
        SKIP $offset LIMIT $size
        RETURN collect({r: r, s: s, t: t}) AS page
      }
      WITH id, total, page
      CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, subject: s {label: head(labels(s)), .id, .name, .fullName, .sources, .introducedYear}, target: t {label: head(labels(t)), .id, .name, .fullName, .sources, .metrics, .modalities, .languages, .parentDataset}, paper: p {label: head(labels(p)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources}, metric: mt {label: head(labels(mt)), .id, .name, .fullName, .sources, .higherIsBetter},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
          usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
      RETURN id AS key, total, items",
        "params": {
          "ids": [
            "method:dpo",
          ],
          "metric": "Win rate",
          "offset": int(0),
          "other": null,
          "size": int(21),
        },
      }
    `);
  });

  it("pages a benchmark's results by metric, leaving out the count nobody asked for", () => {
    expect(forReview(evaluationPagesQuery('target', 'Benchmark', ['benchmark:mt-bench', 'benchmark:gsm8k'], {}, 20, 10, false))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      CALL (id) {
        RETURN 0 AS total
      }
      CALL (id) {
        MATCH (t:Benchmark {id: id})<-[r:EVALUATED_ON]-(s:Method|Model)
        WHERE ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
        AND ($other IS NULL OR s.id = $other)
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        WITH r, s, t, mt ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, toLower(s.name), r.key
        SKIP $offset LIMIT $size
        RETURN collect({r: r, s: s, t: t}) AS page
      }
      WITH id, total, page
      CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, subject: s {label: head(labels(s)), .id, .name, .fullName, .sources, .introducedYear}, target: t {label: head(labels(t)), .id, .name, .fullName, .sources, .metrics, .modalities, .languages, .parentDataset}, paper: p {label: head(labels(p)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources}, metric: mt {label: head(labels(mt)), .id, .name, .fullName, .sources, .higherIsBetter},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
          usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
      RETURN id AS key, total, items",
        "params": {
          "ids": [
            "benchmark:mt-bench",
            "benchmark:gsm8k",
          ],
          "metric": null,
          "offset": int(20),
          "other": null,
          "size": int(11),
        },
      }
    `);
  });

  it('finds the results a paper reports through the key each relationship stores', () => {
    const { cypher, params } = evaluationPagesQuery('paper', 'Paper', ['paper:dpo'], { other: 'benchmark:mt-bench' }, 0, 5);
    expect(cypher).toContain('MATCH (s:Method|Model)-[r:EVALUATED_ON {paper: id}]->(t:Benchmark|Dataset)');
    expect(cypher).toContain('ORDER BY toLower(t.name), toLower(s.name), r.metric, r.key');
    expect(params).toMatchObject({ metric: null, other: 'benchmark:mt-bench' });
  });
});
