import type { Database } from '../db/database.js';
import { byKeys, int } from './params.js';

export interface PaperRow {
  id: string;
  title: string;
  abstract: string | null;
  arxivId: string | null;
  url: string | null;
  publishedAt: string | null;
  sources: string[];
}

const PAPER = 'p {.id, .title, .abstract, .arxivId, .url, .publishedAt, sources: coalesce(p.sources, [])}';

export async function papersByIds(db: Database, ids: readonly string[]): Promise<(PaperRow | undefined)[]> {
  const rows = await db.read(`UNWIND $ids AS id MATCH (p:Paper {id: id}) RETURN ${PAPER} AS paper`, { ids });
  return byKeys(ids, rows.map((r) => r.paper as PaperRow), (p) => p.id);
}

/** One page of papers by title; fetches limit + 1 rows so the caller knows whether more follow. */
export async function listPapers(db: Database, offset: number, limit: number): Promise<PaperRow[]> {
  const rows = await db.read(
    `MATCH (p:Paper) WITH p ORDER BY p.title, p.id SKIP $offset LIMIT $limit RETURN ${PAPER} AS paper`,
    { offset: int(offset), limit: int(limit + 1) },
  );
  return rows.map((r) => r.paper as PaperRow);
}

export async function countPapers(db: Database): Promise<number> {
  const [row] = await db.read('MATCH (p:Paper) RETURN count(p) AS n');
  return row!.n as number;
}
