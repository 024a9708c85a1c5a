import { describe, expect, it } from 'vitest';
import { bestOfFound, bestOfGroups, rankedGroups } from '../../../core/evaluation-group-ranking.js';
import { sotaSteps } from '../../../core/sota-steps.js';
import { storedEvaluationGroups } from '../../../ingest/load/stored-evaluation-groups.js';
import { storedSotaHistories } from '../../../ingest/load/stored-sota-histories.js';
import { evaluationGroupPagesQuery } from '../../../src/graph/evaluation-groups.js';
import { sotaHistoriesQuery } from '../../../src/graph/sota-history.js';

/** What a refresh stores is computed by the very fragments the API walks with, and only changes are written. */
describe('the refresh statements of stored histories and groups', () => {
  it("folds each benchmark's main-metric history with the API's fragment, writing only what changed", () => {
    const { cypher, params } = storedSotaHistories();
    const api = sotaHistoriesQuery(['benchmark:snli'], null);
    expect(cypher).toContain(sotaSteps());
    // The API walks with the same fold, skipped where the stored steps answer.
    expect(api.cypher).toContain(sotaSteps('storedSteps').replace('CALL (b, metric, higherIsBetter, storedSteps) {', ''));
    expect(cypher).toMatch(/WHERE b\.sotaHistoryDegree IS NULL OR b\.sotaHistoryDegree <> degree[\s\S]*\n\s*SET b\.sotaHistoryDegree = degree/);
    expect(params).toEqual({ metric: null, arxivNew: api.params.arxivNew, arxivOld: api.params.arxivOld });
  });

  it("ranks every node's groups on each side with the API's fragment and keeps the first 101", () => {
    for (const side of ['subject', 'target'] as const) {
      const { cypher, params } = storedEvaluationGroups(side);
      const api = evaluationGroupPagesQuery(side, side === 'subject' ? 'Method' : 'Benchmark', ['x'], { offset: 0, limit: 10, perGroup: 5 });
      const ranking = rankedGroups(side);
      expect(cypher).toContain(ranking);
      expect(api.cypher).toContain(ranking);
      expect(cypher).toContain(
        side === 'subject' ? 'MATCH (n:Method|Model) WHERE COUNT { (n)-[:EVALUATED_ON]->() } >= $minDegree' : 'MATCH (n:Benchmark|Dataset) WHERE COUNT { (n)<-[:EVALUATED_ON]-() } >= $minDegree',
      );
      expect(cypher).toContain(bestOfFound('5'));
      expect(api.cypher).toContain(bestOfFound('$perGroup'));
      expect(api.cypher).toContain(bestOfGroups(side, '$perGroup'));
      expect(cypher.indexOf('WHERE n.')).toBeLessThan(cypher.indexOf('SET n.'));
      expect(String(params.storedGroups)).toBe('101');
      expect(String(params.minDegree)).toBe('100');
    }
  });
});
