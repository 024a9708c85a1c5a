import type { Database } from '../db/database.js';
import { alternatives, type EdgeType } from '../../core/labels.js';
import { int } from './params.js';
import { nodeMap, READ_WITHOUT_SELECTION, toRowOf, toRowOfOrNull, type RowOf } from './rows.js';
import { read, type Statement } from './statement.js';

/**
 * Authors and venues, batched over many parents (`UNWIND $ids`) like every relationship field:
 * a paper's authors in their byline order, its venue, an author's co-authors, and the entities
 * an author's papers are about, most shared papers first.
 */

/**
 * Each paper's byline: one author per position, in order. Where two sources of one paper give
 * the same position different nodes (an ORCID from one, a bare name from another), the one
 * identified beyond this paper comes first.
 */
export function paperAuthorsQuery(ids: readonly string[], limit: number): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (p:${alternatives(['Paper'])} {id: id})
     CALL (p) {
       MATCH (p)-[r:${alternatives(['AUTHORED_BY'])}]->(a:${alternatives(['Author'])})
       WITH r.position AS position, a
       ORDER BY position, CASE a.identifiedBy WHEN 'name-in-paper' THEN 1 ELSE 0 END, a.id
       WITH position, head(collect(a)) AS a
       ORDER BY position
       LIMIT $limit
       RETURN collect(${nodeMap('a', READ_WITHOUT_SELECTION, ['Author'])}) AS authors
     }
     RETURN id, authors`,
    params: { ids, limit: int(limit) },
  };
}

export async function paperAuthors(db: Database, ids: readonly string[], limit: number): Promise<RowOf<'Author'>[][]> {
  const rows = await read(db, paperAuthorsQuery(ids, limit));
  const byId = new Map(rows.map((row) => [String(row.id), (row.authors as unknown[]).map((author) => toRowOf(author, ['Author']))]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** Each paper's venue (the first by key, should sources name two). */
export function paperVenuesQuery(ids: readonly string[]): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (p:${alternatives(['Paper'])} {id: id})
     OPTIONAL MATCH (p)-[:${alternatives(['PUBLISHED_IN'])}]->(v:${alternatives(['Venue'])})
     WITH id, v ORDER BY v.id
     WITH id, head(collect(v)) AS v
     RETURN id, CASE WHEN v IS NULL THEN null ELSE ${nodeMap('v', READ_WITHOUT_SELECTION, ['Venue'])} END AS venue`,
    params: { ids },
  };
}

export async function paperVenues(db: Database, ids: readonly string[]): Promise<(RowOf<'Venue'> | null)[]> {
  const rows = await read(db, paperVenuesQuery(ids));
  const byId = new Map(rows.map((row) => [String(row.id), toRowOfOrNull(row.venue, ['Venue'])]));
  return ids.map((id) => byId.get(id) ?? null);
}

/** Each author's co-authors, most shared papers first. */
export function coAuthorsQuery(ids: readonly string[], limit: number): Statement {
  const authored = alternatives(['AUTHORED_BY']);
  return {
    cypher: `UNWIND $ids AS id
     MATCH (a:${alternatives(['Author'])} {id: id})
     CALL (a) {
       MATCH (a)<-[:${authored}]-(p:${alternatives(['Paper'])})-[:${authored}]->(other:${alternatives(['Author'])})
       WHERE other <> a
       WITH other, count(DISTINCT p) AS shared
       ORDER BY shared DESC, toLower(other.name), other.id
       LIMIT $limit
       RETURN collect(${nodeMap('other', READ_WITHOUT_SELECTION, ['Author'])}) AS coAuthors
     }
     RETURN id, coAuthors`,
    params: { ids, limit: int(limit) },
  };
}

export async function coAuthors(db: Database, ids: readonly string[], limit: number): Promise<RowOf<'Author'>[][]> {
  const rows = await read(db, coAuthorsQuery(ids, limit));
  const byId = new Map(rows.map((row) => [String(row.id), (row.coAuthors as unknown[]).map((author) => toRowOf(author, ['Author']))]));
  return ids.map((id) => byId.get(id) ?? []);
}

/** What an author's papers are about: one label, through the paper's links of the given types. */
export interface AuthorTopics<L extends 'Method' | 'Benchmark'> {
  label: L;
  types: readonly EdgeType[];
}

export function authorTopicsQuery(topics: AuthorTopics<'Method' | 'Benchmark'>, ids: readonly string[], limit: number): Statement {
  return {
    cypher: `UNWIND $ids AS id
     MATCH (a:${alternatives(['Author'])} {id: id})
     CALL (a) {
       MATCH (a)<-[:${alternatives(['AUTHORED_BY'])}]-(p:${alternatives(['Paper'])})-[:${alternatives(topics.types)}]->(e:${alternatives([topics.label])})
       WITH e, count(DISTINCT p) AS papers
       ORDER BY papers DESC, toLower(e.name), e.id
       LIMIT $limit
       RETURN collect(${nodeMap('e', READ_WITHOUT_SELECTION, [topics.label])}) AS topics
     }
     RETURN id, topics`,
    params: { ids, limit: int(limit) },
  };
}

export async function authorTopics<L extends 'Method' | 'Benchmark'>(db: Database, topics: AuthorTopics<L>, ids: readonly string[], limit: number): Promise<RowOf<L>[][]> {
  const rows = await read(db, authorTopicsQuery(topics, ids, limit));
  const byId = new Map(rows.map((row) => [String(row.id), (row.topics as unknown[]).map((topic) => toRowOf(topic, [topics.label]))]));
  return ids.map((id) => byId.get(id) ?? []);
}
