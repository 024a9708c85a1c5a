import neo4j from 'neo4j-driver';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS } from '../../core/labels.js';
import {
  evaluationDegree,
  rankedGroups,
  STORED_EVALUATION_GROUPS,
  STORED_GROUPS,
  type EvaluationGroupSide,
} from '../../core/evaluation-group-ranking.js';

/**
 * The first evaluation groups of every node with results on `side` (methods and models by the
 * benchmarks and datasets they were evaluated on; benchmarks and datasets by the methods and
 * models evaluated on them), ranked by the API's own fragment (core/evaluation-group-ranking.ts):
 * the counterparts' keys and the groups' sizes, the number of groups and the EVALUATED_ON
 * degree they were ranked at, so a page of a hub's groups costs its groups, not a walk of
 * every result. Only changed values are written.
 */
export function storedEvaluationGroups(side: EvaluationGroupSide) {
  const stored = STORED_GROUPS[side];
  const labels = alternatives(side === 'subject' ? SUBJECT_LABELS : TARGET_LABELS);
  return {
    cypher: `MATCH (n:${labels}) WHERE ${evaluationDegree(side)} > 0
        CALL (n) {
          ${rankedGroups(side)}
          RETURN size(groups) AS total, groups[0..$storedGroups] AS first
        }
        WITH n, ${evaluationDegree(side)} AS degree, total, [g IN first | g.other.id] AS others, [g IN first | g.count] AS counts
        WHERE n.${stored.degree} IS NULL OR n.${stored.degree} <> degree OR n.${stored.total} <> total
           OR n.${stored.others} <> others OR n.${stored.counts} <> counts
        SET n.${stored.degree} = degree, n.${stored.total} = total, n.${stored.others} = others, n.${stored.counts} = counts`,
    params: { storedGroups: neo4j.int(STORED_EVALUATION_GROUPS) },
  };
}
