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
        RETURN collect(a {label: head(labels(a)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources}) AS authors
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
      RETURN id, CASE WHEN v IS NULL THEN null ELSE v {label: head(labels(v)), .id, .name, .sources} END AS venue",
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
        RETURN collect(other {label: head(labels(other)), .id, .name, .orcid, .anthologyId, .identifiedBy, .sources}) AS coAuthors
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
        RETURN collect(e {label: head(labels(e)), .id, .name, .fullName, .sources, .introducedYear}) AS topics
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
      RETURN n {label: head(labels(n)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources} AS node",
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
