import type { Database } from '../db/database.js';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS, type EntityLabel, type SubjectLabel, type TargetLabel } from '../../core/labels.js';
import { ANY_SUBJECT, ANY_TARGET } from './labels.js';
import { bestOfFound, bestOfGroups, evaluationDegree, rankedGroups, STORED_BEST_GROUPS, STORED_BEST_PER_GROUP, STORED_GROUPS } from '../../core/evaluation-group-ranking.js';
import { ENRICH_GROUP_PAGE, toEvaluationRow, type EvaluationRow } from './evaluations.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf, type RowOf } from './rows.js';
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
 * The page's groups are read from the ranking the last refresh stored on a node with many
 * results (ingest/load/stored-evaluation-groups.ts) while no result was added or removed since
 * (its EVALUATED_ON degree, 1 db hit, still equals the stored one) and the page lies within
 * what is stored: a lookup per group, where ranking counts every result of the node; and with
 * at most STORED_BEST_PER_GROUP results per group within the first STORED_BEST_GROUPS groups,
 * each result by its paper and key (else the results of the page's groups alone are sorted,
 * in one pass). A walk collects each
 * group's results as it counts them and sorts those of the page's groups.
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
     RETURN id AS key, ${nodeMap('n', READ_WITHOUT_SELECTION, [label])} AS node, total, items`,
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
         WITH n.${stored.others}[$offset..$end] AS others, n.${stored.counts}[$offset..$end] AS counts
         UNWIND range(0, size(others) - 1) AS i
         CALL (others, i) { MATCH (other:${other} {id: others[i]}) RETURN other }
         WITH i, other, counts[i] AS count ORDER BY i
         RETURN collect({other: other, count: count}) AS storedGroups
       }
       CALL (n, stored) {
         WITH n WHERE NOT stored
         ${rankedGroups(side)}
         RETURN size(groups) AS walkedTotal, groups[$offset..$end] AS walkedGroups
       }
       WITH n, stored, CASE WHEN stored THEN n.${stored.total} ELSE walkedTotal END AS total,
            CASE WHEN stored THEN storedGroups ELSE walkedGroups END AS groups
       WHERE total > 0
       RETURN n, total, groups, stored
     }
     CALL (n, groups, stored) {
       WITH n, groups, stored,
            stored AND $perGroup <= ${STORED_BEST_PER_GROUP} AND ($end <= ${STORED_BEST_GROUPS} OR n.${stored.total} <= ${STORED_BEST_GROUPS}) AS storedBest
       // A default page's results as stored, each found by its paper (an index seek) and key,
       // where sorting the page's groups reads all their results.
       CALL (n, groups, storedBest) {
         WITH n, groups WHERE storedBest
         // The page's slots read once: each read of a list property decodes all of it.
         WITH n, groups, $offset * ${STORED_BEST_PER_GROUP} AS from, ($offset + size(groups)) * ${STORED_BEST_PER_GROUP} AS to
         WITH n, groups, n.${stored.bestPapers}[from..to] AS papers, n.${stored.bestKeys}[from..to] AS keys
         UNWIND range(0, size(groups) - 1) AS g
         WITH n, papers, keys, g, groups[g].other AS other,
              CASE WHEN groups[g].count < $perGroup THEN groups[g].count ELSE $perGroup END AS shown
         UNWIND range(0, shown - 1) AS j
         WITH n, g, other, j, papers[g * ${STORED_BEST_PER_GROUP} + j] AS paper, keys[g * ${STORED_BEST_PER_GROUP} + j] AS key
         CALL (n, other, paper, key) {
           WITH n, other, paper, key WHERE paper <> ''
           MATCH ()-[r:EVALUATED_ON {paper: paper}]->()
           WHERE r.key = key AND ${side === 'subject' ? 'startNode(r) = n AND endNode(r) = other' : 'startNode(r) = other AND endNode(r) = n'}
           RETURN r
           UNION ALL
           WITH n, other, key WHERE paper = ''
           MATCH ${side === 'subject' ? '(n)-[r:EVALUATED_ON {key: key}]->(other)' : '(n)<-[r:EVALUATED_ON {key: key}]-(other)'}
           RETURN r
         }
         WITH g, other, j, r ORDER BY g, j
         WITH other, collect(r) AS best
         RETURN collect({other: other, best: best}) AS storedBestOf
       }
       // More per group than stored: the results of the page's groups alone, sorted.
       CALL (n, groups, stored, storedBest) {
         WITH n, [g IN groups | g.other] AS others WHERE stored AND NOT storedBest
         ${bestOfGroups(side, '$perGroup')}
         RETURN bestOf AS sortedBestOf
       }
       // Walked: each group came with its results.
       CALL (groups, stored) {
         WITH groups WHERE NOT stored
         UNWIND groups AS g
         ${bestOfFound('$perGroup')}
         RETURN collect({other: g.other, best: best}) AS walkedBestOf
       }
       WITH n, groups, CASE WHEN storedBest THEN storedBestOf WHEN stored THEN sortedBestOf ELSE walkedBestOf END AS found
       UNWIND range(0, size(groups) - 1) AS i
       WITH n, i, groups[i].other AS other, groups[i].count AS count, head([f IN found WHERE f.other = groups[i].other]).best AS best
       WITH i, other, count, [r IN best | ${row}] AS page
       ${ENRICH_GROUP_PAGE}
       WITH i, other, count, items ORDER BY i
       RETURN collect({other: ${nodeMap('other', READ_WITHOUT_SELECTION, side === 'subject' ? TARGET_LABELS : SUBJECT_LABELS)}, count: count, items: items}) AS items
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
