import neo4j from 'neo4j-driver';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS } from '../../core/labels.js';
import {
  bestOfFound,
  evaluationDegree,
  rankedGroups,
  STORED_BEST_GROUPS,
  STORED_BEST_PER_GROUP,
  STORED_EVALUATION_GROUPS,
  STORED_GROUPS,
  STORED_GROUPS_MIN_DEGREE,
  type EvaluationGroupSide,
} from '../../core/evaluation-group-ranking.js';

/**
 * The first evaluation groups of every node with at least `minDegree` results on `side`
 * (methods and models by the benchmarks and datasets they were evaluated on; benchmarks and
 * datasets by the methods and models evaluated on them), ranked by the API's own fragments
 * (core/evaluation-group-ranking.ts): the counterparts' keys and the groups' sizes, each
 * group's best results, the number of groups and the EVALUATED_ON degree they were ranked at,
 * so a page of a hub's groups costs its groups, not a walk of every result. Only changed
 * values are written.
 */
export function storedEvaluationGroups(side: EvaluationGroupSide, minDegree = STORED_GROUPS_MIN_DEGREE) {
  const stored = STORED_GROUPS[side];
  const labels = alternatives(side === 'subject' ? SUBJECT_LABELS : TARGET_LABELS);
  return {
    cypher: `MATCH (n:${labels}) WHERE ${evaluationDegree(side)} >= $minDegree
        CALL (n) {
          ${rankedGroups(side)}
          RETURN size(groups) AS total, groups[0..$storedGroups] AS first
        }
        CALL (first) {
          UNWIND range(0, size(first[0..${STORED_BEST_GROUPS}]) - 1) AS i
          WITH i, first[i] AS g
          ${bestOfFound(String(STORED_BEST_PER_GROUP))}
          WITH i, best ORDER BY i
          RETURN collect(best) AS bests
        }
        // Each group's best in slots of a fixed width, so group i's start at i times it.
        WITH n, ${evaluationDegree(side)} AS degree, total, [g IN first | g.other.id] AS others, [g IN first | g.count] AS counts,
             reduce(slots = [], best IN bests | slots + [k IN range(0, ${STORED_BEST_PER_GROUP - 1}) | coalesce(best[k].paper, '')]) AS bestPapers,
             reduce(slots = [], best IN bests | slots + [k IN range(0, ${STORED_BEST_PER_GROUP - 1}) | coalesce(best[k].key, '')]) AS bestKeys
        WHERE n.${stored.degree} IS NULL OR n.${stored.degree} <> degree OR n.${stored.total} <> total
           OR n.${stored.others} <> others OR n.${stored.counts} <> counts
           OR n.${stored.bestPapers} IS NULL OR n.${stored.bestPapers} <> bestPapers OR n.${stored.bestKeys} <> bestKeys
        SET n.${stored.degree} = degree, n.${stored.total} = total, n.${stored.others} = others, n.${stored.counts} = counts,
            n.${stored.bestPapers} = bestPapers, n.${stored.bestKeys} = bestKeys`,
    params: { storedGroups: neo4j.int(STORED_EVALUATION_GROUPS), minDegree: neo4j.int(minDegree) },
  };
}
