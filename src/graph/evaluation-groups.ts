import type { Database } from '../db/database.js';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS, type EntityLabel, type SubjectLabel, type TargetLabel } from '../../core/labels.js';
import { ANY_SUBJECT, ANY_TARGET } from './labels.js';
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
 */
export function evaluationGroupPagesQuery(
  side: 'subject' | 'target',
  label: EntityLabel,
  ids: readonly string[],
  options: { offset: number; limit: number; perGroup: number },
): Statement {
  return {
    cypher: `UNWIND $ids AS id
     ${groupsOf(side, 'id', `MATCH (n:${alternatives([label])} {id: id})${pathOf(side)}`)}
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
     ${groupsOf(side, 'm', `WITH m AS n MATCH (n)${pathOf(side)}`)}
     RETURN {total: total, items: items} AS ${name}
     }`,
    params: groupParams(options),
  };
}

function pathOf(side: 'subject' | 'target'): string {
  return side === 'subject' ? `-[r:EVALUATED_ON]->(other:${ANY_TARGET})` : `<-[r:EVALUATED_ON]-(other:${ANY_SUBJECT})`;
}

function groupParams(options: { offset: number; limit: number; perGroup: number }) {
  return { offset: int(options.offset), end: int(options.offset + options.limit + 1), perGroup: int(options.perGroup) };
}

/** The page of groups of `n`, matched by `match` from the bound `start`: leaves n, total and items. */
function groupsOf(side: 'subject' | 'target', start: string, match: string): string {
  const row = side === 'subject' ? '{r: r, s: n, t: g.other}' : '{r: r, s: g.other, t: n}';
  return `CALL (${start}) {
       ${match}
       WITH n, other, collect(r) AS found
       ORDER BY size(found) DESC, toLower(other.name), other.id
       WITH n, collect({other: other, found: found}) AS groups
       RETURN n, size(groups) AS total, groups[$offset..$end] AS groups
     }
     CALL (n, groups) {
       UNWIND groups AS g
       CALL (n, g) {
         UNWIND g.found AS r
         OPTIONAL MATCH (mt:Metric {id: r.metricId})
         WITH r, mt
         ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
         LIMIT $perGroup
         RETURN collect(${row}) AS page
       }
       WITH g.other AS other, size(g.found) AS count, page
       ${ENRICH_GROUP_PAGE}
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
