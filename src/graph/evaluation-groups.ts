import type { Database } from '../db/database.js';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS, type EntityLabel, type SubjectLabel, type TargetLabel } from '../../core/labels.js';
import { ANY_SUBJECT, ANY_TARGET } from './labels.js';
import { evaluationDegree, evaluationPath, rankedGroups, STORED_GROUPS } from '../../core/evaluation-group-ranking.js';
import { ENRICH_GROUP_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { int } from './params.js';
import { nodeMap, toRowOf, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/** The evaluations between one node and one counterpart: a method on a benchmark, or the reverse. */
export interface EvaluationGroupRow {
  other: RowOf<SubjectLabel | TargetLabel>;
  evaluationCount: number;
  evaluations: EvaluationRow[];
}

export interface EvaluationGroupPage {
  total: number;
  items: EvaluationGroupRow[];
}

/**
 * "Where was this method evaluated" (side subject: groups by benchmark or dataset) and "which
 * methods were evaluated on this benchmark" (side target: groups by method or model), for many
 * nodes in one query; each group holds its best-first evaluations, at most `perGroup`.
 *
 * Groups are ranked by their size alone, so a node's results are only counted per counterpart
 * first; the metric lookups and the best-first sort run for the groups of the page only. At
 * 576k papers a hub method's groups took 1.1 s (p50, 16 connections) when every result was
 * sorted with its metric before grouping.
 *
 * The page's groups are read from the ranking the last refresh stored on the node
 * (ingest/load/stored-evaluation-groups.ts) while no result was added or removed since (its
 * EVALUATED_ON degree, 1 db hit, still equals the stored one) and the page lies within what
 * is stored: a lookup per group, where ranking counts every result of the node. Either way
 * the results of the page's groups alone are sorted, each metric's direction looked up once
 * per group.
 */
export function evaluationGroupPagesQuery(
  side: 'subject' | 'target',
  label: EntityLabel,
  ids: readonly string[],
  options: { offset: number; limit: number; perGroup: number },
): Statement {
  return {
    cypher: `UNWIND $ids AS id
     ${groupsOf(side, 'id', `MATCH (n:${alternatives([label])} {id: id})`)}
     // The node once, and each counterpart once per group: the evaluations leave their ends out.
     RETURN id AS key, ${nodeMap('n')} AS node, total, items`,
    params: { ids, ...groupParams(options) },
  };
}

/**
 * The groups of a node bound as `m` in a statement of another shape (a lookup), as the map
 * `name` ({total, items}; null where it has no result, so the lookup's row stays): one round
 * trip for the node and its groups. Its parameters (`offset`, `end`, `perGroup`) go beside the
 * statement's own.
 */
export function evaluationGroupsCall(
  name: string,
  side: 'subject' | 'target',
  options: { offset: number; limit: number; perGroup: number },
): { call: string; params: Record<string, unknown> } {
  return {
    call: `OPTIONAL CALL (m) {
     ${groupsOf(side, 'm', 'WITH m AS n')}
     RETURN {total: total, items: items} AS ${name}
     }`,
    params: groupParams(options),
  };
}

function groupParams(options: { offset: number; limit: number; perGroup: number }) {
  return { offset: int(options.offset), end: int(options.offset + options.limit + 1), perGroup: int(options.perGroup) };
}

/** The page of groups of `n`, bound by `bind` from `start`: leaves n, total and items (no row when `n` has no result). */
function groupsOf(side: 'subject' | 'target', start: string, bind: string): string {
  const stored = STORED_GROUPS[side];
  const other = side === 'subject' ? ANY_TARGET : ANY_SUBJECT;
  const row = side === 'subject' ? '{r: r, s: n, t: other}' : '{r: r, s: other, t: n}';
  return `CALL (${start}) {
       ${bind}
       WITH n, coalesce(n.${stored.degree} = ${evaluationDegree(side)}
                        AND ($end <= size(n.${stored.others}) OR size(n.${stored.others}) = n.${stored.total}), false) AS stored
       CALL (n, stored) {
         WITH n WHERE stored
         UNWIND range($offset, CASE WHEN size(n.${stored.others}) < $end THEN size(n.${stored.others}) ELSE $end END - 1) AS i
         CALL (n, i) { MATCH (other:${other} {id: n.${stored.others}[i]}) RETURN other }
         WITH i, other, n.${stored.counts}[i] AS count ORDER BY i
         RETURN collect({other: other, count: count}) AS storedGroups
       }
       CALL (n, stored) {
         WITH n WHERE NOT stored
         ${rankedGroups(side)}
         RETURN size(groups) AS walkedTotal, groups[$offset..$end] AS walkedGroups
       }
       WITH n, CASE WHEN stored THEN n.${stored.total} ELSE walkedTotal END AS total,
            CASE WHEN stored THEN storedGroups ELSE walkedGroups END AS groups
       WHERE total > 0
       RETURN n, total, groups
     }
     CALL (n, groups) {
       // The page's groups' results in one pass over the node's: a read per (node, counterpart)
       // pair costs the smaller of the two degrees each time, 85k db hits instead of 21k for a
       // hub method's first 10 groups at 100k papers. The counterparts' labels are known, so the
       // pattern leaves them out (a db hit per result).
       WITH n, groups, [g IN groups | g.other] AS others
       OPTIONAL MATCH ${side === 'subject' ? '(n)-[r:EVALUATED_ON]->(other)' : '(n)<-[r:EVALUATED_ON]-(other)'}
       WHERE other IN others
       // Each metric's direction once per group, not once per result.
       WITH n, groups, other, r.metricId AS metricId, collect(r) AS found
       OPTIONAL MATCH (mt:Metric {id: metricId})
       WITH n, groups, other, coalesce(mt.higherIsBetter, true) AS higherIsBetter, found
       UNWIND CASE WHEN found = [] THEN [null] ELSE found END AS r
       WITH n, groups, other, r, higherIsBetter
       ORDER BY r.metric, r.value IS NULL, CASE WHEN higherIsBetter THEN -r.value ELSE r.value END, r.key
       WITH n, groups, other, collect(r)[0..$perGroup] AS best
       WITH n, groups, collect({other: other, best: best}) AS found
       UNWIND range(0, size(groups) - 1) AS i
       WITH n, i, groups[i].other AS other, groups[i].count AS count, head([f IN found WHERE f.other = groups[i].other]).best AS best
       WITH i, other, count, [r IN best | ${row}] AS page
       ${ENRICH_GROUP_PAGE}
       WITH i, other, count, items ORDER BY i
       RETURN collect({other: ${nodeMap('other')}, count: count, items: items}) AS items
     }`;
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
    return row ? toEvaluationGroupPage(row, side, row.node) : { total: 0, items: [] };
  });
}

/** A page of groups as the statement returns it (a row, or the map of an evaluationGroupsCall); `node` the node's projection. */
export function toEvaluationGroupPage(raw: Record<string, unknown>, side: 'subject' | 'target', node: unknown): EvaluationGroupPage {
  const items = (raw.items as Array<Record<string, unknown>>).map((group) => {
    const evaluations = (group.items as Array<Record<string, unknown>>).map((item) =>
      side === 'subject'
        ? toEvaluationRow(item, { subject: toRowOf(node, SUBJECT_LABELS), target: toRowOf(group.other, TARGET_LABELS) })
        : toEvaluationRow(item, { subject: toRowOf(group.other, SUBJECT_LABELS), target: toRowOf(node, TARGET_LABELS) }),
    );
    return { other: toRowOf(group.other, side === 'subject' ? TARGET_LABELS : SUBJECT_LABELS), evaluationCount: group.count as number, evaluations };
  });
  return { total: raw.total as number, items };
}
