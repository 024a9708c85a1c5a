import { describe, expect, it } from 'vitest';
import { sharedTargetsQuery } from '../../../src/graph/comparisons.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('sharedTargetsQuery: Query.compare', () => {
  it('finds the benchmarks and datasets the compared methods and models share', () => {
    expect(forReview(sharedTargetsQuery({ methods: ['method:dpo', 'method:ppo'], models: ['model:gpt-4'] }, 2, 20))).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () {
        UNWIND $methods AS key MATCH (s:Method {id: key}) RETURN s
        UNION
        UNWIND $models AS key MATCH (s:Model {id: key}) RETURN s
      }
      MATCH (s)-[r:EVALUATED_ON]->(t:Benchmark|Dataset)
      OPTIONAL MATCH (mt:Metric {id: r.metricId})
      WITH t, collect({subjectId: s.id, metric: r.metric, higherIsBetter: mt.higherIsBetter, value: r.value, rawValue: r.rawValue, paperId: r.paper}) AS results,
           count(DISTINCT s) AS subjectCount
      WHERE subjectCount >= $minShared
      ORDER BY subjectCount DESC, size(results) DESC, toLower(t.name)
      LIMIT $limit
      RETURN CASE WHEN head(labels(t)) IN ['Paper'] THEN t {label: head(labels(t)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(t)) IN ['Method', 'Model'] THEN t {label: head(labels(t)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(t)) IN ['Benchmark'] THEN t {label: head(labels(t)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(t)) IN ['Dataset'] THEN t {label: head(labels(t)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(t)) IN ['Task'] THEN t {label: head(labels(t)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(t)) IN ['Metric'] THEN t {label: head(labels(t)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(t)) IN ['Repo'] THEN t {label: head(labels(t)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(t)) IN ['Author'] THEN t {label: head(labels(t)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(t)) IN ['Venue'] THEN t {label: head(labels(t)), .id, .name, .sources} ELSE t {label: head(labels(t)), .id, .name, .sources, notRead: ['description']} END AS target, subjectCount, results",
        "params": {
          "limit": int(20),
          "methods": [
            "method:dpo",
            "method:ppo",
          ],
          "minShared": int(2),
          "models": [
            "model:gpt-4",
          ],
        },
      }
    `);
  });
});
