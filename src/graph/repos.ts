import type { Database } from '../db/database.js';
import { byKeys, groupsByKeys, int } from './params.js';

export interface RepoRow {
  id: string;
  url: string;
  host: string;
  owner: string;
  name: string;
}

const REPO = 'r {.id, .url, .host, .owner, .name}';

export async function reposByIds(db: Database, ids: readonly string[]): Promise<(RepoRow | undefined)[]> {
  const rows = await db.read(`UNWIND $ids AS id MATCH (r:Repo {id: id}) RETURN ${REPO} AS repo`, { ids });
  return byKeys(ids, rows.map((row) => row.repo as RepoRow), (r) => r.id);
}

export async function listRepos(db: Database, offset: number, limit: number): Promise<RepoRow[]> {
  const rows = await db.read(
    `MATCH (r:Repo) WITH r ORDER BY r.id SKIP $offset LIMIT $limit RETURN ${REPO} AS repo`,
    { offset: int(offset), limit: int(limit + 1) },
  );
  return rows.map((row) => row.repo as RepoRow);
}

export async function countRepos(db: Database): Promise<number> {
  const [row] = await db.read('MATCH (r:Repo) RETURN count(r) AS n');
  return row!.n as number;
}

/** The repositories of many papers in one query: one list per paper id, in the order asked. */
export async function reposOfPapers(db: Database, paperIds: readonly string[]): Promise<RepoRow[][]> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (:Paper {id: id})-[:HAS_CODE]->(r:Repo)
     WITH id, r ORDER BY r.id
     RETURN id AS key, collect(${REPO}) AS items`,
    { ids: paperIds },
  );
  return groupsByKeys(paperIds, rows as Array<{ key: string; items: RepoRow[] }>);
}

/** The papers linking to many repositories in one query: one list of paper ids per repo id. */
export async function paperIdsOfRepos(db: Database, repoIds: readonly string[]): Promise<string[][]> {
  const rows = await db.read(
    `UNWIND $ids AS id
     MATCH (p:Paper)-[:HAS_CODE]->(:Repo {id: id})
     WITH id, p ORDER BY p.title
     RETURN id AS key, collect(p.id) AS items`,
    { ids: repoIds },
  );
  return groupsByKeys(repoIds, rows as Array<{ key: string; items: string[] }>);
}
