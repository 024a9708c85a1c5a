import type { Database } from '../db/database.js';
import { alternatives, isEntityLabel, type NodeLabel } from '../../core/labels.js';
import { ANY_PAPER_LINK, ANY_TARGET } from './labels.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/** Filters of the plural root fields; each one set adds a fixed Cypher condition with a parameter. */
export interface NodeFilter {
  nameContains?: string | null;
  hasCode?: boolean | null;
  proposedBy?: string | null;
  evaluatedOn?: string | null;
  /** Papers only: written by the author of this key, published at the venue of this key. */
  authoredBy?: string | null;
  publishedIn?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

export type NodeOrderField = 'NAME' | 'PAPERS' | 'EVALUATIONS' | 'PUBLISHED_AT';

interface NodeOrder {
  field: NodeOrderField;
  descending: boolean;
}

/** WHERE conditions for `n` of a label; only fixed fragments, values as parameters. */
function conditions(label: NodeLabel, filter: NodeFilter): { where: string[]; params: Record<string, unknown> } {
  const where: string[] = [];
  const params: Record<string, unknown> = {};
  const entity = isEntityLabel(label);
  if (filter.nameContains) {
    params.nameContains = filter.nameContains.toLowerCase();
    if (label === 'Paper') where.push('toLower(n.title) CONTAINS $nameContains');
    else if (label === 'Repo') where.push('n.id CONTAINS $nameContains');
    else where.push('any(name IN [n.name, n.fullName] + coalesce(n.aliases, []) WHERE toLower(name) CONTAINS $nameContains)');
  }
  if (filter.hasCode != null) {
    const code =
      label === 'Paper'
        ? 'EXISTS { (n)-[:HAS_CODE]->(:Repo) }'
        : label === 'Repo'
          ? 'true'
          : `(EXISTS { (n)-[:IMPLEMENTED_IN]->(:Repo) } OR EXISTS { (n)<-[:PROPOSES]-(:Paper)-[:HAS_CODE]->(:Repo) })`;
    where.push(filter.hasCode ? code : `NOT ${code}`);
  }
  if (filter.proposedBy && entity) {
    params.proposedBy = filter.proposedBy;
    where.push('EXISTS { (:Paper {id: $proposedBy})-[:PROPOSES]->(n) }');
  }
  if (filter.evaluatedOn) {
    params.evaluatedOn = filter.evaluatedOn;
    if (label === 'Paper') where.push(`EXISTS { (n)-[:EVALUATES_ON]->(t:${ANY_TARGET}) WHERE t.id = $evaluatedOn }`);
    else if (label === 'Method' || label === 'Model') where.push(`EXISTS { (n)-[:EVALUATED_ON]->(t:${ANY_TARGET}) WHERE t.id = $evaluatedOn }`);
  }
  if (filter.authoredBy && label === 'Paper') {
    params.authoredBy = filter.authoredBy;
    where.push(`EXISTS { (n)-[:${alternatives(['AUTHORED_BY'])}]->(:${alternatives(['Author'])} {id: $authoredBy}) }`);
  }
  if (filter.publishedIn && label === 'Paper') {
    params.publishedIn = filter.publishedIn;
    where.push(`EXISTS { (n)-[:${alternatives(['PUBLISHED_IN'])}]->(:${alternatives(['Venue'])} {id: $publishedIn}) }`);
  }
  if (filter.yearFrom != null || filter.yearTo != null) {
    params.yearFrom = String(filter.yearFrom ?? 0).padStart(4, '0');
    params.yearTo = `${String(filter.yearTo ?? 9999).padStart(4, '0')}\uffff`;
    const inRange = '$yearFrom <= p.publishedAt AND p.publishedAt <= $yearTo';
    if (label === 'Paper') where.push(inRange.replaceAll('p.', 'n.'));
    else if (label === 'Repo') where.push(`EXISTS { (p:Paper)-[:HAS_CODE]->(n) WHERE ${inRange} }`);
    else where.push(`EXISTS { (p:Paper)-[:${ANY_PAPER_LINK}]->(n) WHERE ${inRange} }`);
  }
  return { where, params };
}

function orderExpression(label: NodeLabel, field: NodeOrderField): string {
  switch (field) {
    case 'PAPERS':
      return label === 'Repo' ? 'COUNT { (n)<-[:HAS_CODE]-(:Paper) }' : `COUNT { (n)<-[:${ANY_PAPER_LINK}]-(:Paper) }`;
    case 'EVALUATIONS':
      return label === 'Paper' ? 'COUNT { (n)-[:EVALUATES_ON]->() }' : 'COUNT { (n)-[:EVALUATED_ON]-() }';
    case 'PUBLISHED_AT':
      return label === 'Paper' ? 'n.publishedAt' : 'null';
    case 'NAME':
      return label === 'Paper' ? 'toLower(n.title)' : label === 'Repo' ? 'n.id' : 'toLower(n.name)';
  }
}

/** Whether a filter sets nothing but the year range, a range on the date itself. */
function onlyYears(filter: NodeFilter): boolean {
  return Object.entries(filter).every(([name, value]) => value == null || name === 'yearFrom' || name === 'yearTo');
}

/**
 * Papers by date with no filter but years: the page is read in the date index's order (a
 * top-k of the page, where sorting read every paper: 300k db hits at 100k papers), then, only
 * when the dated papers do not fill it, the undated ones by key (a year range excludes them).
 */
function papersByDateQuery(filter: NodeFilter, descending: boolean, offset: number, limit: number): Statement {
  const { where, params } = conditions('Paper', filter);
  const direction = descending ? 'DESC' : 'ASC';
  return {
    cypher: `CALL () {
       MATCH (n:Paper) WHERE ${['n.publishedAt >= \'\'', ...where].join(' AND ')}
       WITH n ORDER BY n.publishedAt ${direction}, n.id
       LIMIT $offset + $limit
       RETURN collect(n) AS dated
     }
     CALL (dated) {
       // A WHERE on dated alone would be planned after a scan of every paper; this bound on
       // the key index is null (nothing to seek) unless the undated papers are needed.
       MATCH (n:Paper)
       WHERE n.id >= CASE WHEN size(dated) < $offset + $limit AND $yearFrom IS NULL AND $yearTo IS NULL THEN '' END
         AND n.publishedAt IS NULL
       WITH n ORDER BY n.id
       LIMIT $offset + $limit
       RETURN collect(n) AS undated
     }
     UNWIND (dated + undated)[$offset..$offset + $limit] AS n
     RETURN ${nodeMap('n', READ_WITHOUT_SELECTION, ['Paper'])} AS node`,
    params: { yearFrom: null, yearTo: null, ...params, offset: int(offset), limit: int(limit + 1) },
  };
}

/** One page of nodes of a label, filtered and ordered; limit + 1 rows so the caller sees "more". */
export function listNodesQuery(label: NodeLabel, filter: NodeFilter, order: NodeOrder, offset: number, limit: number): Statement {
  if (label === 'Paper' && order.field === 'PUBLISHED_AT' && onlyYears(filter)) return papersByDateQuery(filter, order.descending, offset, limit);
  const { where, params } = conditions(label, filter);
  const direction = order.descending ? 'DESC' : 'ASC';
  // Papers without a date come last in both directions: Neo4j sorts nulls first in DESC.
  const undatedLast = order.field === 'PUBLISHED_AT' ? 'sortKey IS NULL, ' : '';
  return {
    cypher: `MATCH (n:${alternatives([label])})
     ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
     WITH n, ${orderExpression(label, order.field)} AS sortKey
     ORDER BY ${undatedLast}sortKey ${direction}, n.id
     SKIP $offset LIMIT $limit
     RETURN ${nodeMap('n', READ_WITHOUT_SELECTION, [label])} AS node`,
    params: { ...params, offset: int(offset), limit: int(limit + 1) },
  };
}

export async function listNodes<L extends NodeLabel>(
  db: Database,
  label: L,
  filter: NodeFilter,
  order: NodeOrder,
  offset: number,
  limit: number,
): Promise<RowOf<L>[]> {
  const rows = await read(db, listNodesQuery(label, filter, order, offset, limit));
  return rows.map((row) => toRowOf(row.node, [label]));
}

export function countNodesQuery(label: NodeLabel, filter: NodeFilter): Statement {
  const { where, params } = conditions(label, filter);
  return {
    cypher: `MATCH (n:${alternatives([label])}) ${where.length ? `WHERE ${where.join(' AND ')}` : ''} RETURN count(n) AS n`,
    params,
  };
}

export async function countNodes(db: Database, label: NodeLabel, filter: NodeFilter): Promise<number> {
  const [row] = await read(db, countNodesQuery(label, filter));
  return row!.n as number;
}
