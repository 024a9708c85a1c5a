import { describe, expect, it } from 'vitest';
import { NODE_LABELS } from '../../../core/labels.js';
import { searchNodesQuery } from '../../../src/graph/search.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('searchNodesQuery: full-text search', () => {
  it('asks only the indexes covering the labels wanted, with the words escaped', () => {
    expect(forReview(searchNodesQuery('direct preference (DPO)', ['Method', 'Paper'], 10)!)).toMatchInlineSnapshot(`
      {
        "cypher": "CALL () { CALL db.index.fulltext.queryNodes('paper_text', $query, {limit: $fetch}) YIELD node, score
        WHERE head(labels(node)) IN $labels RETURN node, score UNION ALL CALL db.index.fulltext.queryNodes('entity_names', $query, {limit: $fetch}) YIELD node, score
        WHERE head(labels(node)) IN $labels RETURN node, score }
      WITH node, score ORDER BY score DESC, node.id LIMIT $limit
      RETURN node {label: head(labels(node)), .id, .name, .title, .arxivId, .fullName, .sources, .introducedYear, .url, .urlAbs, .urlPdf, .publishedAt, .year} AS node, score",
        "params": {
          "fetch": int(40),
          "labels": [
            "Method",
            "Paper",
          ],
          "limit": int(10),
          "query": "direct preference \\(DPO\\)",
        },
      }
    `);
  });

  it('asks every index when every type is wanted', () => {
    const { cypher } = searchNodesQuery('clip', NODE_LABELS, 20)!;
    expect(cypher.match(/queryNodes\('(\w+)'/g)).toEqual(["queryNodes('paper_text'", "queryNodes('entity_names'", "queryNodes('repo_names'", "queryNodes('author_names'", "queryNodes('venue_names'", "queryNodes('taxonomy_names'"]);
  });

  it('sends nothing when nothing can match', () => {
    expect(searchNodesQuery('+-&&', NODE_LABELS, 20)).toBeNull();
    expect(searchNodesQuery('clip', [], 20)).toBeNull();
    expect(searchNodesQuery('clip', NODE_LABELS, 0)).toBeNull();
  });
});
