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
      RETURN t {label: head(labels(t)), .id, .name, .fullName, .sources, .metrics, .modalities, .languages, .parentDataset} AS target, subjectCount, results",
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
