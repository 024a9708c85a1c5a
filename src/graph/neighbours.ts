import type { Database } from '../db/database.js';
import { alternatives, type EdgeType, type NodeLabel } from '../../core/labels.js';
import { int } from './params.js';
import { nodeMap, NOT_READ, toRowOf, type NodeRow, type NotRead, type OptionalProperty, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/**
 * One hop from many nodes at once: `UNWIND $ids`, one page of neighbours and the total per
 * node. Each GraphQL relationship field names one `Hop` (labels and types from the closed
 * lists), so a level of nesting costs one query whatever the number of parents.
 */
export interface Hop<To extends NodeLabel = NodeLabel> {
  from: NodeLabel;
  types: readonly EdgeType[];
  direction: 'out' | 'in';
  to: readonly To[];
}

/** Provenance of one relationship: text-derived ones carry evidence, dump-derived ones a source. */
export interface EvidenceRow {
  sentence: string;
  extractor: string | null;
  confidence: number | null;
  paperId: string | null;
}

export interface LinkRow<Row extends NodeRow = NodeRow> {
  node: Row;
  /** How the two are linked: read only where the request asks for a field of the edge. */
  facts: LinkFacts | NotRead;
}

export interface LinkFacts {
  /** Relationship types linking the two (a paper may both propose and mention a method). */
  relations: EdgeType[];
  /** Read only where the request asks for the edges' evidence (a sentence per link, the bulk of a page's bytes). */
  evidence: EvidenceRow[] | NotRead;
  sources: string[];
  official: boolean | null;
  /** Code links only: what the links dump says of the link. */
  framework: string | null;
  mentionedInPaper: boolean | null;
  mentionedInGithub: boolean | null;
}

/**
 * What a page reads of each link besides its neighbour: nothing (no relationship is read
 * again once the page is chosen), its facts (relationship types, sources, the code-link
 * flags), or those and its evidence sentences.
 */
export type LinkReading = 'none' | 'facts' | 'evidence';

/** Whether a page read with `had` answers a field that needs `wanted`. */
export function linkReadingCovers(had: LinkReading, wanted: LinkReading): boolean {
  const order: LinkReading[] = ['none', 'facts', 'evidence'];
  return order.indexOf(had) >= order.indexOf(wanted);
}

export interface LinkPage<Row extends NodeRow = NodeRow> {
  total: number;
  items: LinkRow<Row>[];
}

function orderFor(to: readonly NodeLabel[]): string {
  // Ties by key, which the sort reads anyway (a title would be one more property read per
  // neighbour: a third of the hop's cost on a much-linked benchmark).
  if (to.length === 1 && to[0] === 'Repo') return 'm.id';
  return 'toLower(m.name), m.id';
}

/** Papers are listed newest first, undated ones last (Neo4j would sort nulls first in DESC). */
const NEWEST_FIRST = 'm.publishedAt IS NULL, m.publishedAt DESC, m.id';

/**
 * When walking the date index pays. The walk reads about `wanted * papers / linkedPapers` index
 * rows, ~24 db hits each (the link check); the edges cost ~4 per link. Measured on a
 * 100k-paper graph (page of 11): a benchmark with 5,940 links 8.9k hits walking, 24k on the
 * edges; one with 946 links 49k walking, 4.2k on the edges. So: walk when
 * degree^2 > 8 * papers * wanted (about 3,000 links at 100k papers, 7,100 at 576k).
 */
const INDEX_WALK_FACTOR = 8;

function isPaperHop(hop: Hop): boolean {
  return hop.to.length === 1 && hop.to[0] === 'Paper';
}

/** One page of distinct neighbours per `n`, as `page`, sorted by name or key in one bounded sort. */
function sortedPage(pattern: string, hop: Hop, level: HopLevel): string {
  return `CALL (n) {
       MATCH (n)${pattern}(m:${alternatives(hop.to)})
       WITH DISTINCT m
       ORDER BY ${orderFor(hop.to)}
       SKIP $${level.offset} LIMIT $${level.size}
       RETURN collect(m) AS page
     }`;
}

/**
 * One page of papers per `n`, newest first, as `page`, at about the page's cost whatever n's
 * degree: a node linked to a large share of all papers walks the date index newest first and
 * keeps the papers linked to it (top-k by index order, no sort of the hub); a node with few
 * links sorts them. Undated papers come last: read from the edges only when the dated ones
 * do not fill the page. Both plans give the same page (an integration test compares them).
 */
function newestPapersPage(pattern: string, hop: Hop, level: HopLevel): string {
  const kept = [...level.carried, 'n', 'total'].join(', ');
  const wanted = `$${level.offset} + $${level.size}`;
  const link = `[:${alternatives(hop.types)}]`;
  const linked = hop.direction === 'out' ? `(n)-${link}->(m)` : `(n)<-${link}-(m)`;
  return `WITH ${kept}, COUNT { ${hop.direction === 'out' ? `(n)-${link}->()` : `(n)<-${link}-()`} } AS degree
     WITH ${kept}, degree * degree > $indexWalkFactor * COUNT { (:Paper) } * (${wanted}) AS walk
     CALL (n, walk) {
       // The bound is null (the seek finds nothing) unless the walk pays: a WHERE on \`walk\`
       // alone would be planned after the index scan, scanning it to its end for a small node.
       MATCH (m:Paper) WHERE m.publishedAt >= CASE WHEN walk THEN '' END AND EXISTS { ${linked} }
       WITH m ORDER BY m.publishedAt DESC, m.id
       LIMIT ${wanted}
       RETURN collect(m) AS dated
     }
     CALL (n, walk, dated) {
       WITH n WHERE NOT walk OR size(dated) < ${wanted}
       MATCH (n)${pattern}(m:Paper) WHERE NOT walk OR m.publishedAt IS NULL
       WITH DISTINCT m
       ORDER BY ${NEWEST_FIRST}
       LIMIT ${wanted}
       RETURN collect(m) AS rest
     }
     WITH ${kept}, (dated + rest)[$${level.offset}..${wanted}] AS page`;
}

/**
 * How one level of a hop query is written: the names of its page parameters, whether it counts,
 * the variables it carries beside `n`, and what it adds to each neighbour's item (the
 * subqueries of hops nested under it, see nested-hops.ts).
 */
export interface HopLevel {
  offset: string;
  size: string;
  total: boolean;
  carried: readonly string[];
  perItem?: { calls: readonly string[]; entries: readonly string[] };
  /** The optional properties of the neighbours the request asks for (none read otherwise). */
  read?: readonly OptionalProperty[];
  /** What is read of each link (default: nothing but its neighbour). */
  links?: LinkReading;
}

/**
 * One level of a hop from a bound `n`: leaves `total` and `items` (the page's links, each with
 * its evidence) in scope beside the carried variables. The relationship types are the hop's own:
 * a narrower set (a `role`) is a narrower hop, so Neo4j expands only those.
 */
export function hopLevel(hop: Hop, level: HopLevel): string {
  const rel = `[r:${alternatives(hop.types)}]`;
  const pattern = hop.direction === 'out' ? `-${rel}->` : `<-${rel}-`;
  // Evidence on a paper -> entity edge belongs to that paper; on other edges it names its paper.
  const papers = isPaperHop(hop);
  const paperOfEvidence = hop.from === 'Paper' ? 'n.id' : papers ? 'm.id' : 'x.paper';
  const perItem = level.perItem;
  const links = level.links ?? 'none';
  const rels = links === 'none' ? [] : ['rels'];
  // Nested hops run per neighbour once its links are read; the order of the page is restored after.
  const ordered = perItem
    ? `${perItem.calls.join('\n       ')}
       WITH ${['i', 'm', ...rels, ...perItem.entries].join(', ')}
       ORDER BY i`
    : 'ORDER BY i';
  const entries = perItem ? `,\n         ${perItem.entries.map((entry) => `${entry}: ${entry}`).join(',\n         ')}` : '';
  const evidence =
    links === 'evidence'
      ? `evidence: [x IN rels WHERE x.evidence IS NOT NULL | {sentence: x.evidence, extractor: x.extractor, confidence: x.confidence, paperId: ${paperOfEvidence}}],`
      : '';
  const facts =
    links === 'none'
      ? ''
      : `,
         relations: [x IN rels | type(x)],
         ${evidence}
         sources: [x IN rels WHERE x.source IS NOT NULL | x.source],
         official: head([x IN rels WHERE x.official IS NOT NULL | x.official]),
         framework: head([x IN rels WHERE x.framework IS NOT NULL | x.framework]),
         mentionedInPaper: head([x IN rels WHERE x.mentionedInPaper IS NOT NULL | x.mentionedInPaper]),
         mentionedInGithub: head([x IN rels WHERE x.mentionedInGithub IS NOT NULL | x.mentionedInGithub])`;
  // Page first, on bare nodes (a count, and a top-k of distinct neighbours); only the page's
  // links are then read, where asked, so a node with thousands of neighbours costs a count and
  // a bounded sort, not thousands of maps.
  return `CALL (n) {
       ${level.total ? `MATCH (n)${pattern}(m:${alternatives(hop.to)}) RETURN count(DISTINCT m) AS total` : 'RETURN 0 AS total'}
     }
     ${papers ? newestPapersPage(pattern, hop, level) : sortedPage(pattern, hop, level)}
     CALL (n, page) {
       UNWIND range(0, size(page) - 1) AS i
       WITH page[i] AS m, i
       ${links === 'none' ? '' : `MATCH (n)${pattern}(m)\n       WITH i, m, collect(r) AS rels`}
       ${ordered}
       RETURN collect({
         node: ${nodeMap('m', level.read, hop.to)}${facts}${entries}
       }) AS items
     }`;
}

/** Whether a hop walks the date index when its node is big (its statement then needs `indexWalkFactor`). */
export function hopNeedsWalkFactor(hop: Hop): boolean {
  return isPaperHop(hop);
}

export const WALK_FACTOR_PARAMS = { indexWalkFactor: INDEX_WALK_FACTOR };

/**
 * One page of a hop's neighbours per id, with the total (left out, as 0, when `total` is
 * false: nobody reads it).
 */
export function hopPagesQuery(
  hop: Hop,
  ids: readonly string[],
  options: { offset: number; limit: number; total?: boolean; read?: readonly OptionalProperty[]; links?: LinkReading },
): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (n:${alternatives([hop.from])} {id: id})
     ${hopLevel(hop, { offset: 'offset', size: 'size', total: options.total !== false, carried: ['id'], read: options.read, links: options.links })}
     RETURN id AS key, total, items`,
    params: { ids, offset: int(options.offset), size: int(options.limit + 1), ...(isPaperHop(hop) ? WALK_FACTOR_PARAMS : {}) },
  };
}

/** One link of a page as the API reads it. */
export function toLinkRow<To extends NodeLabel>(link: Record<string, unknown>, to: readonly To[]): LinkRow<RowOf<To>> {
  const node = toRowOf(link.node, to);
  if (!Array.isArray(link.relations)) return { node, facts: NOT_READ };
  return {
    node,
    facts: {
      relations: link.relations as EdgeType[],
      evidence: Array.isArray(link.evidence) ? (link.evidence as EvidenceRow[]) : NOT_READ,
      sources: [...new Set(link.sources as string[])],
      official: (link.official as boolean | null) ?? null,
      framework: (link.framework as string | null) ?? null,
      mentionedInPaper: (link.mentionedInPaper as boolean | null) ?? null,
      mentionedInGithub: (link.mentionedInGithub as boolean | null) ?? null,
    },
  };
}

/** A page of neighbours per id, in the order asked; `types` (a role) narrows the hop to those of its types. */
export async function hopPages<To extends NodeLabel>(
  db: Database,
  hop: Hop<To>,
  ids: readonly string[],
  options: { types?: readonly EdgeType[]; offset: number; limit: number; total?: boolean; read?: readonly OptionalProperty[]; links?: LinkReading },
): Promise<LinkPage<RowOf<To>>[]> {
  const types = (options.types ?? hop.types).filter((type) => hop.types.includes(type));
  if (types.length === 0) return ids.map(() => ({ total: 0, items: [] }));
  const rows = await read(db, hopPagesQuery({ ...hop, types }, ids, options));
  const byKey = new Map(rows.map((row) => [row.key as string, row as { total: number; items: Array<Record<string, unknown>> }]));
  return ids.map((id) => {
    const page = byKey.get(id);
    if (!page) return { total: 0, items: [] };
    return { total: page.total, items: page.items.map((link) => toLinkRow(link, hop.to)) };
  });
}
