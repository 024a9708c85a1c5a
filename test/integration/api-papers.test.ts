import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { graphqlClient } from '../support/graphql.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const queries: string[] = [];
const { db, close } = connectTestDb();
const counted = db.withListener((cypher) => queries.push(cypher));
const query = graphqlClient(db, () => counted);

describe('GraphQL: papers and repos over the default corpus', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, [DEFAULT_CORPUS], { extractText: false });
  });
  afterAll(close);

  it('answers the README query: 237 papers, titles and repos', async () => {
    const result = await query(`{ papers(first: 3) { totalCount edges { node { title repos { url } } } } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.papers.totalCount).toBe(237);
    expect(result.data!.papers.edges).toHaveLength(3);
  });

  it('pages forward with after without overlap', async () => {
    const first = await query(`{ papers(first: 5) { edges { cursor node { key } } pageInfo { endCursor hasNextPage } } }`);
    const { endCursor, hasNextPage } = first.data!.papers.pageInfo;
    expect(hasNextPage).toBe(true);
    const second = await query(`query($after: String) { papers(first: 5, after: $after) { edges { node { key } } } }`, { after: endCursor });
    const keys = (r: typeof first) => r.data!.papers.edges.map((e: any) => e.node.key);
    expect(keys(second)).toHaveLength(5);
    expect(keys(second).filter((k: string) => keys(first).includes(k))).toEqual([]);
  });

  it('finds a paper by key and by global id, with its repos, and a repo with its papers', async () => {
    const byKey = await query(`{ paper(id: "paper:soundwave-less-is-more-for-speech-text-alignment-in-llms") { id title repos { url papers { title } } } }`);
    const paper = byKey.data!.paper;
    expect(paper.title).toBe('Soundwave: Less is More for Speech-Text Alignment in LLMs');
    expect(paper.repos.map((r: any) => r.url)).toEqual(['https://github.com/FreedomIntelligence/Soundwave']);
    expect(paper.repos[0].papers.map((p: any) => p.title)).toContain(paper.title);
    const byGlobalId = await query(`query($id: ID!) { paper(id: $id) { title } node(id: $id) { ... on Paper { title } } }`, { id: paper.id });
    expect(byGlobalId.data!.paper.title).toBe(paper.title);
    expect(byGlobalId.data!.node.title).toBe(paper.title);
  });

  it('returns null for an unknown paper', async () => {
    const result = await query(`{ paper(id: "paper:no-such-paper") { title } }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.paper).toBeNull();
  });

  it('lists repos as a connection with their papers', async () => {
    const result = await query(`{ repos(first: 100) { totalCount edges { node { url host papers { title } } } } }`);
    expect(result.data!.repos.totalCount).toBe(result.data!.repos.edges.length);
    expect(result.data!.repos.edges.every((e: any) => e.node.papers.length >= 1)).toBe(true);
  });

  it('refuses a page over the maximum, naming the limit', async () => {
    const result = await query(`{ papers(first: 1000) { totalCount } }`);
    expect(result.errors?.[0]?.message).toMatch(/first must be at most 100/);
  });

  it('loads repos of 50 papers with one query per level, not one per paper', async () => {
    queries.length = 0;
    const result = await query(`{ papers(first: 50) { edges { node { title repos { url papers { title repos { url } } } } } } }`);
    expect(result.errors).toBeUndefined();
    // papers page + total count, then one query per nested level (repos, papers of repos, repos of those).
    expect(queries.length).toBeLessThanOrEqual(5);
  });
});
