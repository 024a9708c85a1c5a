import type { Database } from '../db/database.js';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS, type EntityLabel, type SubjectLabel, type TargetLabel } from '../../core/labels.js';
import { ANY_SUBJECT, ANY_TARGET } from './labels.js';
import { ENRICH_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { int } from './params.js';
import { nodeMap, toRowOf, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/** The evaluations between one node and one counterpart: a method on a benchmark, or the reverse. */
export interface EvaluationGroupRow {
  other: RowOf<SubjectLabel | TargetLabel>;
  evaluationCount: number;
  evaluations: EvaluationRow[];
}

interface EvaluationGroupPage {
  total: number;
  items: EvaluationGroupRow[];
}

/**
 * "Where was this method evaluated" (side subject: groups by benchmark or dataset) and "which
 * methods were evaluated on this benchmark" (side target: groups by method or model), for many
 * nodes in one query; each group holds its best-first evaluations, at most `perGroup`.
 */
export function evaluationGroupPagesQuery(
  side: 'subject' | 'target',
  label: EntityLabel,
  ids: readonly string[],
  options: { offset: number; limit: number; perGroup: number },
): Statement {
  const match =
    side === 'subject'
      ? `MATCH (s:${alternatives([label])} {id: id})-[r:EVALUATED_ON]->(t:${ANY_TARGET}) WITH id, r, s, t, t AS other`
      : `MATCH (t:${alternatives([label])} {id: id})<-[r:EVALUATED_ON]-(s:${ANY_SUBJECT}) WITH id, r, s, t, s AS other`;
  return {
    cypher: `UNWIND $ids AS id
     ${match}
     OPTIONAL MATCH (mt:Metric {id: r.metricId})
     WITH id, r, s, t, other, mt
     ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
     WITH id, other, collect({r: r, s: s, t: t}) AS found
     ORDER BY size(found) DESC, toLower(other.name), other.id
     WITH id, collect({other: other, count: size(found), page: found[0..$perGroup]}) AS groups
     WITH id, size(groups) AS total, groups[$offset..$end] AS groups
     CALL (groups) {
       UNWIND groups AS g
       WITH g.other AS other, g.count AS count, g.page AS page
       ${ENRICH_PAGE}
       RETURN collect({other: ${nodeMap('other')}, count: count, items: items}) AS items
     }
     RETURN id AS key, total, items`,
    params: { ids, offset: int(options.offset), end: int(options.offset + options.limit + 1), perGroup: int(options.perGroup) },
  };
}

export async function evaluationGroupPages(
  db: Database,
  side: 'subject' | 'target',
  label: EntityLabel,
  ids: readonly string[],
  options: { offset: number; limit: number; perGroup: number },
): Promise<EvaluationGroupPage[]> {
  const rows = await read(db, evaluationGroupPagesQuery(side, label, ids, options));
  const byKey = new Map(rows.map((row) => [row.key as string, row]));
  return ids.map((id) => {
    const row = byKey.get(id);
    if (!row) return { total: 0, items: [] };
    return {
      total: row.total as number,
      items: (row.items as Array<Record<string, unknown>>).map((group) => ({
        other: toRowOf(group.other, side === 'subject' ? TARGET_LABELS : SUBJECT_LABELS),
        evaluationCount: group.count as number,
        evaluations: (group.items as Array<Record<string, unknown>>).map(toEvaluationRow),
      })),
    };
  });
}
