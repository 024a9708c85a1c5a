import type { Database } from '../db/database.js';
import { alternatives, SUBJECT_LABELS, TARGET_LABELS, type EntityLabel, type SubjectLabel, type TargetLabel } from '../../core/labels.js';
import { ANY_SUBJECT, ANY_TARGET } from './labels.js';
import type { EvidenceRow } from './neighbours.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf, toRowOfOrNull, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/** One (Method|Model)-[:EVALUATED_ON]->(Benchmark|Dataset) relationship, with its ends resolved. */
export interface EvaluationRow {
  key: string;
  subject: RowOf<SubjectLabel>;
  target: RowOf<TargetLabel>;
  paper: RowOf<'Paper'> | null;
  metricName: string | null;
  metric: RowOf<'Metric'> | null;
  value: number | null;
  rawValue: string | null;
  source: string | null;
  evidence: EvidenceRow | null;
  /** Leaderboard rows: what the row says of its paper where no Paper is linked, its date, data and links. */
  paperCitation: string | null;
  paperUrl: string | null;
  paperDate: string | null;
  usesAdditionalData: boolean | null;
  codeLinks: string[];
  modelLinks: string[];
}

interface EvaluationPage {
  total: number;
  items: EvaluationRow[];
}

/**
 * Turns `page` (a list of {r, s, t}) into evaluation maps: paper and metric looked up by the
 * keys the relationship stores, only for the rows of the page.
 */
export const ENRICH_PAGE = enrichPage({ subject: true, target: true });

/**
 * The same for a page of one target's board (every `t` the board's `b`): the target is left out
 * of the items, projected once beside them as `target` by the board's statement, where it
 * was a third of each item's bytes.
 */
export const ENRICH_BOARD_PAGE = enrichPage({ subject: true, target: false });

/**
 * The same for a page of one group (every `s` and every `t` the same two nodes, which the
 * group's statement projects once): neither end in the items.
 */
export const ENRICH_GROUP_PAGE = enrichPage({ subject: false, target: false });

function enrichPage(ends: { subject: boolean; target: boolean }): string {
  return `CALL (page) {
       UNWIND page AS e
       WITH e.r AS r, e.s AS s, e.t AS t
       OPTIONAL MATCH (p:Paper {id: r.paper})
       OPTIONAL MATCH (mt:Metric {id: r.metricId})
       RETURN collect({
         key: r.key,${ends.subject ? ` subject: ${nodeMap('s', READ_WITHOUT_SELECTION, SUBJECT_LABELS)},` : ''}${ends.target ? ` target: ${nodeMap('t', READ_WITHOUT_SELECTION, TARGET_LABELS)},` : ''} paper: ${nodeMap('p', READ_WITHOUT_SELECTION, ['Paper'])}, metric: ${nodeMap('mt', READ_WITHOUT_SELECTION, ['Metric'])},
         metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
         paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
         usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
         evidence: CASE WHEN r.evidence IS NULL THEN null
                   ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
       }) AS items
     }`;
}

/** A projected evaluation; its ends given where the items leave them out (ENRICH_BOARD_PAGE, ENRICH_GROUP_PAGE). */
export function toEvaluationRow(raw: Record<string, unknown>, ends: { subject?: RowOf<SubjectLabel>; target?: RowOf<TargetLabel> } = {}): EvaluationRow {
  return {
    key: String(raw.key ?? ''),
    subject: ends.subject ?? toRowOf(raw.subject, SUBJECT_LABELS),
    target: ends.target ?? toRowOf(raw.target, TARGET_LABELS),
    // A null node projects to a map of nulls in some positions; an id tells a real node.
    paper: toRowOfOrNull(raw.paper, ['Paper']),
    metric: toRowOfOrNull(raw.metric, ['Metric']),
    metricName: (raw.metricName as string | null) ?? null,
    value: typeof raw.value === 'number' ? raw.value : null,
    rawValue: raw.rawValue == null ? null : String(raw.rawValue),
    source: (raw.source as string | null) ?? null,
    evidence: (raw.evidence as EvidenceRow | null) ?? null,
    paperCitation: typeof raw.paperCitation === 'string' ? raw.paperCitation : null,
    paperUrl: typeof raw.paperUrl === 'string' ? raw.paperUrl : null,
    paperDate: typeof raw.paperDate === 'string' ? raw.paperDate : null,
    usesAdditionalData: typeof raw.usesAdditionalData === 'boolean' ? raw.usesAdditionalData : null,
    codeLinks: Array.isArray(raw.codeLinks) ? raw.codeLinks.map(String) : [],
    modelLinks: Array.isArray(raw.modelLinks) ? raw.modelLinks.map(String) : [],
  };
}

export type EvaluationSide = 'subject' | 'target' | 'paper';

interface EvaluationFilter {
  metric?: string | null;
  /** Only evaluations whose other end has this key. */
  other?: string | null;
}

/**
 * Evaluations of many nodes at once, one page each: of a method or model (as subject), of a
 * benchmark or dataset (as target), or reported by a paper.
 */
export function evaluationPagesQuery(
  side: EvaluationSide,
  label: EntityLabel | 'Paper',
  ids: readonly string[],
  filter: EvaluationFilter,
  offset: number,
  limit: number,
  /** False when nobody reads the total: the count is left out and reported as 0. */
  withTotal = true,
): Statement {
  const match = {
    subject: `MATCH (s:${alternatives([label])} {id: id})-[r:EVALUATED_ON]->(t:${ANY_TARGET})`,
    target: `MATCH (t:${alternatives([label])} {id: id})<-[r:EVALUATED_ON]-(s:${ANY_SUBJECT})`,
    paper: `MATCH (s:${ANY_SUBJECT})-[r:EVALUATED_ON {paper: id}]->(t:${ANY_TARGET})`,
  }[side];
  // Best first: the metric's direction decides (higher is assumed better when unknown).
  const best = 'r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END';
  const order = {
    subject: `toLower(t.name), r.metric, ${best}, r.key`,
    target: `r.metric, ${best}, toLower(s.name), r.key`,
    paper: 'toLower(t.name), toLower(s.name), r.metric, r.key',
  }[side];
  const other = side === 'target' ? 's.id' : 't.id';
  const where = `WHERE ($metric IS NULL OR toLower(r.metric) = toLower($metric) OR r.metricId = $metric)
       AND ($other IS NULL OR ${other} = $other)`;
  // A count, then a bounded sort (top-k) of the page only.
  return {
    cypher: `UNWIND $ids AS id
     CALL (id) {
       ${withTotal ? `${match} ${where} RETURN count(r) AS total` : 'RETURN 0 AS total'}
     }
     CALL (id) {
       ${match}
       ${where}
       OPTIONAL MATCH (mt:Metric {id: r.metricId})
       WITH r, s, t, mt ORDER BY ${order}
       SKIP $offset LIMIT $size
       RETURN collect({r: r, s: s, t: t}) AS page
     }
     WITH id, total, page
     ${ENRICH_PAGE}
     RETURN id AS key, total, items`,
    params: { ids, metric: filter.metric ?? null, other: filter.other ?? null, offset: int(offset), size: int(limit + 1) },
  };
}

export async function evaluationPages(
  db: Database,
  side: EvaluationSide,
  label: EntityLabel | 'Paper',
  ids: readonly string[],
  filter: EvaluationFilter,
  offset: number,
  limit: number,
  withTotal = true,
): Promise<EvaluationPage[]> {
  const rows = await read(db, evaluationPagesQuery(side, label, ids, filter, offset, limit, withTotal));
  const byKey = new Map(rows.map((row) => [row.key as string, row]));
  return ids.map((id) => {
    const row = byKey.get(id);
    return row
      ? { total: row.total as number, items: (row.items as Array<Record<string, unknown>>).map((item) => toEvaluationRow(item)) }
      : { total: 0, items: [] };
  });
}
