import path from 'node:path';
import type { Database, Row } from '../../src/db/database.js';
import { JsonArrayFile } from './gzip-text-file.js';
import type { Progress } from './graph-dump.js';
import { labelCount, labelPages } from '../../src/db/label-pages.js';
import { PWC_VIEW_FILES } from './manifest.js';
import { booleanOf, mapOf, mapsOf, numberOf, textOf, textsOf } from './row-fields.js';

const PAGE = 1_000;

/**
 * papers-with-abstracts and links-between-papers-and-code from one walk over the papers: each
 * paper with its byline (one author per position, the one identified beyond the paper first),
 * tasks, methods and venue; each of its repositories as a link with what HAS_CODE says.
 */
const RETURNS = `properties(n) AS paper,
COLLECT {
  MATCH (n)-[r:AUTHORED_BY]->(a:Author)
  WITH r, a ORDER BY r.position, CASE a.identifiedBy WHEN 'name-in-paper' THEN 1 ELSE 0 END, a.id
  RETURN {position: r.position, name: a.name}
} AS authors,
COLLECT { MATCH (n)-[:ADDRESSES]->(t:Task) WITH DISTINCT t ORDER BY t.id RETURN t.name } AS tasks,
COLLECT {
  MATCH (n)-[:USES|MENTIONS|PROPOSES]->(m:Method) WITH DISTINCT m ORDER BY m.id
  RETURN {name: m.name, full_name: m.fullName, description: m.description}
} AS methods,
COLLECT { MATCH (n)-[:PUBLISHED_IN]->(v:Venue) WITH v ORDER BY v.id RETURN v.name } AS venues,
COLLECT {
  MATCH (n)-[r:HAS_CODE]->(repo:Repo) WITH r, repo ORDER BY repo.id
  RETURN {url: repo.url, official: r.official, framework: r.framework, mentionedInPaper: r.mentionedInPaper, mentionedInGithub: r.mentionedInGithub}
} AS links`;

export async function writePaperViews(db: Database, dir: string, progress: Progress): Promise<{ papers: number; links: number }> {
  const papers = new JsonArrayFile(path.join(dir, PWC_VIEW_FILES.papers));
  const links = new JsonArrayFile(path.join(dir, PWC_VIEW_FILES.links));
  try {
    const total = await labelCount(db, 'Paper');
    let done = 0;
    for await (const rows of labelPages(db, 'Paper', RETURNS, PAGE)) {
      // A paper known only by a leaderboard's arXiv link has no title, which every PwC record has:
      // it stays in the graph dump and in the tables' paper_url, not in these views.
      const titled = rows.filter((row) => textOf(mapOf(row, 'paper'), 'title') !== null);
      await papers.writeAll(titled.map(paperRecord));
      await links.writeAll(titled.flatMap(linkRecords));
      done += rows.length;
      progress(`${PWC_VIEW_FILES.papers} ${done}/${total}`);
    }
  } finally {
    await papers.close();
    await links.close();
  }
  return { papers: papers.elements, links: links.elements };
}

function paperRecord(row: Row) {
  const paper = mapOf(row, 'paper');
  return {
    paper_url: textOf(paper, 'pwcUrl'),
    arxiv_id: textOf(paper, 'arxivId'),
    title: textOf(paper, 'title'),
    abstract: textOf(paper, 'abstract') ?? '',
    url_abs: textOf(paper, 'urlAbs') ?? textOf(paper, 'url'),
    url_pdf: textOf(paper, 'urlPdf'),
    proceeding: textOf(paper, 'proceeding'),
    authors: byline(row, paper),
    tasks: textsOf(row, 'tasks'),
    date: textOf(paper, 'publishedAt'),
    methods: mapsOf(row, 'methods'),
    conference: textOf(paper, 'conference') ?? textsOf(row, 'venues')[0] ?? null,
  };
}

/** One name per byline position; a paper known only from a dump keeps the dump's list. */
function byline(row: Row, paper: Row | null): string[] {
  const names: string[] = [];
  let last: number | null = null;
  for (const author of mapsOf(row, 'authors')) {
    const position = numberOf(author, 'position');
    const name = textOf(author, 'name');
    if (name === null || (position !== null && position === last)) continue;
    names.push(name);
    last = position;
  }
  return names.length > 0 ? names : textsOf(paper, 'authors');
}

function linkRecords(row: Row) {
  const paper = mapOf(row, 'paper');
  return mapsOf(row, 'links').map((link) => ({
    paper_url: textOf(paper, 'pwcUrl'),
    paper_title: textOf(paper, 'title'),
    paper_arxiv_id: textOf(paper, 'arxivId'),
    paper_url_abs: textOf(paper, 'urlAbs') ?? textOf(paper, 'url'),
    paper_url_pdf: textOf(paper, 'urlPdf'),
    repo_url: textOf(link, 'url'),
    is_official: booleanOf(link, 'official'),
    mentioned_in_paper: booleanOf(link, 'mentionedInPaper'),
    mentioned_in_github: booleanOf(link, 'mentionedInGithub'),
    framework: textOf(link, 'framework'),
  }));
}
