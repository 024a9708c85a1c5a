import { describe, expect, it } from 'vitest';
import { authorTopicsQuery, coAuthorsQuery, paperAuthorsQuery, paperVenuesQuery } from '../../../src/graph/authors.js';
import { listNodesQuery } from '../../../src/graph/node-lists.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('author and venue queries', () => {
  it("reads each paper's authors in byline order, batched", () => {
    expect(forReview(paperAuthorsQuery(['paper:a'], 100))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (p:Paper {id: id})
      CALL (p) {
        MATCH (p)-[r:AUTHORED_BY]->(a:Author)
        WITH r.position AS position, a
        ORDER BY position, CASE a.identifiedBy WHEN 'name-in-paper' THEN 1 ELSE 0 END, a.id
        WITH position, head(collect(a)) AS a
        ORDER BY position
        LIMIT $limit
        RETURN collect(CASE WHEN head(labels(a)) IN ['Paper'] THEN a {label: head(labels(a)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(a)) IN ['Method', 'Model'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Benchmark'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Dataset'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Task'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Metric'] THEN a {label: head(labels(a)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(a)) IN ['Repo'] THEN a {label: head(labels(a)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(a)) IN ['Author'] THEN a {label: head(labels(a)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(a)) IN ['Venue'] THEN a {label: head(labels(a)), .id, .name, .sources} ELSE a {label: head(labels(a)), .id, .name, .sources, notRead: ['description']} END) AS authors
      }
      RETURN id, authors",
        "params": {
          "ids": [
            "paper:a",
          ],
          "limit": int(100),
        },
      }
    `);
  });

  it("reads each paper's venue, null where it has none", () => {
    expect(forReview(paperVenuesQuery(['paper:a']))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (p:Paper {id: id})
      OPTIONAL MATCH (p)-[:PUBLISHED_IN]->(v:Venue)
      WITH id, v ORDER BY v.id
      WITH id, head(collect(v)) AS v
      RETURN id, CASE WHEN v IS NULL THEN null ELSE CASE WHEN head(labels(v)) IN ['Paper'] THEN v {label: head(labels(v)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(v)) IN ['Method', 'Model'] THEN v {label: head(labels(v)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(v)) IN ['Benchmark'] THEN v {label: head(labels(v)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(v)) IN ['Dataset'] THEN v {label: head(labels(v)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(v)) IN ['Task'] THEN v {label: head(labels(v)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(v)) IN ['Metric'] THEN v {label: head(labels(v)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(v)) IN ['Repo'] THEN v {label: head(labels(v)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(v)) IN ['Author'] THEN v {label: head(labels(v)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(v)) IN ['Venue'] THEN v {label: head(labels(v)), .id, .name, .sources} ELSE v {label: head(labels(v)), .id, .name, .sources, notRead: ['description']} END END AS venue",
        "params": {
          "ids": [
            "paper:a",
          ],
        },
      }
    `);
  });

  it('ranks co-authors by shared papers', () => {
    expect(forReview(coAuthorsQuery(['author:acl:x'], 10))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (a:Author {id: id})
      CALL (a) {
        MATCH (a)<-[:AUTHORED_BY]-(p:Paper)-[:AUTHORED_BY]->(other:Author)
        WHERE other <> a
        WITH other, count(DISTINCT p) AS shared
        ORDER BY shared DESC, toLower(other.name), other.id
        LIMIT $limit
        RETURN collect(CASE WHEN head(labels(other)) IN ['Paper'] THEN other {label: head(labels(other)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(other)) IN ['Method', 'Model'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Benchmark'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Dataset'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Task'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Metric'] THEN other {label: head(labels(other)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(other)) IN ['Repo'] THEN other {label: head(labels(other)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(other)) IN ['Author'] THEN other {label: head(labels(other)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(other)) IN ['Venue'] THEN other {label: head(labels(other)), .id, .name, .sources} ELSE other {label: head(labels(other)), .id, .name, .sources, notRead: ['description']} END) AS coAuthors
      }
      RETURN id, coAuthors",
        "params": {
          "ids": [
            "author:acl:x",
          ],
          "limit": int(10),
        },
      }
    `);
  });

  it("ranks the methods of an author's papers by how many papers", () => {
    expect(forReview(authorTopicsQuery({ label: 'Method', types: ['PROPOSES', 'MENTIONS'] }, ['author:acl:x'], 10))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      MATCH (a:Author {id: id})
      CALL (a) {
        MATCH (a)<-[:AUTHORED_BY]-(p:Paper)-[:PROPOSES|MENTIONS]->(e:Method)
        WITH e, count(DISTINCT p) AS papers
        ORDER BY papers DESC, toLower(e.name), e.id
        LIMIT $limit
        RETURN collect(CASE WHEN head(labels(e)) IN ['Paper'] THEN e {label: head(labels(e)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(e)) IN ['Method', 'Model'] THEN e {label: head(labels(e)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(e)) IN ['Benchmark'] THEN e {label: head(labels(e)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(e)) IN ['Dataset'] THEN e {label: head(labels(e)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(e)) IN ['Task'] THEN e {label: head(labels(e)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(e)) IN ['Metric'] THEN e {label: head(labels(e)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(e)) IN ['Repo'] THEN e {label: head(labels(e)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(e)) IN ['Author'] THEN e {label: head(labels(e)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(e)) IN ['Venue'] THEN e {label: head(labels(e)), .id, .name, .sources} ELSE e {label: head(labels(e)), .id, .name, .sources, notRead: ['description']} END) AS topics
      }
      RETURN id, topics",
        "params": {
          "ids": [
            "author:acl:x",
          ],
          "limit": int(10),
        },
      }
    `);
  });

  it('filters papers by author, venue and year range, all as parameters', () => {
    const statement = listNodesQuery('Paper', { authoredBy: 'author:acl:x', publishedIn: 'venue:acl', yearFrom: 2020, yearTo: 2024 }, { field: 'NAME', descending: false }, 0, 20);
    expect(forReview(statement)).toMatchInlineSnapshot(`
      {
        "cypher": "MATCH (n:Paper)
      WHERE EXISTS { (n)-[:AUTHORED_BY]->(:Author {id: $authoredBy}) } AND EXISTS { (n)-[:PUBLISHED_IN]->(:Venue {id: $publishedIn}) } AND $yearFrom <= n.publishedAt AND n.publishedAt <= $yearTo
      WITH n, toLower(n.title) AS sortKey
      ORDER BY sortKey ASC, n.id
      SKIP $offset LIMIT $limit
      RETURN CASE WHEN head(labels(n)) IN ['Paper'] THEN n {label: head(labels(n)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources, notRead: ['abstract']} WHEN head(labels(n)) IN ['Method', 'Model'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .introducedYear, notRead: ['aliases', 'description']} WHEN head(labels(n)) IN ['Benchmark'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .metrics, notRead: ['aliases', 'description']} WHEN head(labels(n)) IN ['Dataset'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .modalities, .languages, .parentDataset, notRead: ['aliases', 'description']} WHEN head(labels(n)) IN ['Task'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .parentTask, notRead: ['aliases', 'description']} WHEN head(labels(n)) IN ['Metric'] THEN n {label: head(labels(n)), .id, .name, .fullName, .sources, .higherIsBetter, notRead: ['aliases', 'description']} WHEN head(labels(n)) IN ['Repo'] THEN n {label: head(labels(n)), .id, .url, .host, .owner, .name, .sources} WHEN head(labels(n)) IN ['Author'] THEN n {label: head(labels(n)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources} WHEN head(labels(n)) IN ['Venue'] THEN n {label: head(labels(n)), .id, .name, .sources} ELSE n {label: head(labels(n)), .id, .name, .sources, notRead: ['description']} END AS node",
        "params": {
          "authoredBy": "author:acl:x",
          "limit": int(21),
          "offset": int(0),
          "publishedIn": "venue:acl",
          "yearFrom": "2020",
          "yearTo": "2024￿",
        },
      }
    `);
  });
});
