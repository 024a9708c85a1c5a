import { describe, expect, it } from 'vitest';
import { evaluationGroupPagesQuery } from '../../../src/graph/evaluation-groups.js';
import { forReview } from '../../support/cypher-snapshots.js';

describe('evaluationGroupPagesQuery: results grouped by counterpart', () => {
  it("groups a method's results by benchmark or dataset (Method.evaluatedOn)", () => {
    expect(forReview(evaluationGroupPagesQuery('subject', 'Method', ['method:dpo'], { offset: 0, limit: 10, perGroup: 5 }))).toMatchInlineSnapshot(`
      {
        "cypher": "UNWIND $ids AS id
      CALL (id) {
        MATCH (n:Method {id: id})
        WITH n, coalesce(n.evaluatedOnDegree = COUNT { (n)-[:EVALUATED_ON]->() }
                         AND ($end <= size(n.evaluatedOnOthers) OR size(n.evaluatedOnOthers) = n.evaluatedOnTotal), false) AS stored
        CALL (n, stored) {
          WITH n WHERE stored
          WITH n.evaluatedOnOthers[$offset..$end] AS others, n.evaluatedOnCounts[$offset..$end] AS counts
          UNWIND range(0, size(others) - 1) AS i
          CALL (others, i) { MATCH (other:Benchmark|Dataset {id: others[i]}) RETURN other }
          WITH i, other, counts[i] AS count ORDER BY i
          RETURN collect({other: other, count: count}) AS storedGroups
        }
        CALL (n, stored) {
          WITH n WHERE NOT stored
          MATCH (n)-[r:EVALUATED_ON]->(other:Benchmark|Dataset)
        WITH other, collect(r) AS found
        ORDER BY size(found) DESC, toLower(other.name), other.id
        WITH collect({other: other, count: size(found), found: found}) AS groups
          RETURN size(groups) AS walkedTotal, groups[$offset..$end] AS walkedGroups
        }
        WITH n, stored, CASE WHEN stored THEN n.evaluatedOnTotal ELSE walkedTotal END AS total,
             CASE WHEN stored THEN storedGroups ELSE walkedGroups END AS groups
        WHERE total > 0
        RETURN n, total, groups, stored
      }
      CALL (n, groups, stored) {
        WITH n, groups, stored,
             stored AND $perGroup <= 5 AND ($end <= 21 OR n.evaluatedOnTotal <= 21) AS storedBest
        // A default page's results as stored, each found by its paper (an index seek) and key,
        // where sorting the page's groups reads all their results.
        CALL (n, groups, storedBest) {
          WITH n, groups WHERE storedBest
          // The page's slots read once: each read of a list property decodes all of it.
          WITH n, groups, $offset * 5 AS from, ($offset + size(groups)) * 5 AS to
          WITH n, groups, n.evaluatedOnBestPapers[from..to] AS papers, n.evaluatedOnBestKeys[from..to] AS keys
          UNWIND range(0, size(groups) - 1) AS g
          WITH n, papers, keys, g, groups[g].other AS other,
               CASE WHEN groups[g].count < $perGroup THEN groups[g].count ELSE $perGroup END AS shown
          UNWIND range(0, shown - 1) AS j
          WITH n, g, other, j, papers[g * 5 + j] AS paper, keys[g * 5 + j] AS key
          CALL (n, other, paper, key) {
            WITH n, other, paper, key WHERE paper <> ''
            MATCH ()-[r:EVALUATED_ON {paper: paper}]->()
            WHERE r.key = key AND startNode(r) = n AND endNode(r) = other
            RETURN r
            UNION ALL
            WITH n, other, key WHERE paper = ''
            MATCH (n)-[r:EVALUATED_ON {key: key}]->(other)
            RETURN r
          }
          WITH g, other, j, r ORDER BY g, j
          WITH other, collect(r) AS best
          RETURN collect({other: other, best: best}) AS storedBestOf
        }
        // More per group than stored: the results of the page's groups alone, sorted.
        CALL (n, groups, stored, storedBest) {
          WITH n, [g IN groups | g.other] AS others WHERE stored AND NOT storedBest
          OPTIONAL MATCH (n)-[r:EVALUATED_ON]->(other)
        WHERE other IN others
        WITH other, r.metricId AS metricId, collect(r) AS found
        OPTIONAL MATCH (mt:Metric {id: metricId})
        WITH other, coalesce(mt.higherIsBetter, true) AS higherIsBetter, found
        UNWIND CASE WHEN found = [] THEN [null] ELSE found END AS r
        WITH other, r, higherIsBetter
        ORDER BY r.metric, r.value IS NULL, CASE WHEN higherIsBetter THEN -r.value ELSE r.value END, r.key
        WITH other, collect(r)[0..$perGroup] AS best
        WITH collect({other: other, best: best}) AS bestOf
          RETURN bestOf AS sortedBestOf
        }
        // Walked: each group came with its results.
        CALL (groups, stored) {
          WITH groups WHERE NOT stored
          UNWIND groups AS g
          CALL (g) {
          UNWIND g.found AS r
          OPTIONAL MATCH (mt:Metric {id: r.metricId})
          WITH r, mt
          ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
          LIMIT $perGroup
          RETURN collect(r) AS best
        }
          RETURN collect({other: g.other, best: best}) AS walkedBestOf
        }
        WITH n, groups, CASE WHEN storedBest THEN storedBestOf WHEN stored THEN sortedBestOf ELSE walkedBestOf END AS found
        UNWIND range(0, size(groups) - 1) AS i
        WITH n, i, groups[i].other AS other, groups[i].count AS count, head([f IN found WHERE f.other = groups[i].other]).best AS best
        WITH i, other, count, [r IN best | {r: r, s: n, t: other}] AS page
        CALL (page) {
        UNWIND page AS e
        WITH e.r AS r, e.s AS s, e.t AS t
        OPTIONAL MATCH (p:Paper {id: r.paper})
        OPTIONAL MATCH (mt:Metric {id: r.metricId})
        RETURN collect({
          key: r.key, paper: p {label: head(labels(p)), .id, .title, .arxivId, .url, .urlAbs, .urlPdf, .publishedAt, .year, .sources}, metric: mt {label: head(labels(mt)), .id, .name, .fullName, .sources, .higherIsBetter},
          metricName: r.metric, value: r.value, rawValue: r.rawValue, source: r.source,
          paperCitation: r.paperCitation, paperUrl: r.paperUrl, paperDate: r.paperDate,
          usesAdditionalData: r.usesAdditionalData, codeLinks: r.codeLinks, modelLinks: r.modelLinks,
          evidence: CASE WHEN r.evidence IS NULL THEN null
                    ELSE {sentence: r.evidence, extractor: r.extractor, confidence: r.confidence, paperId: r.paper} END
        }) AS items
      }
        WITH i, other, count, items ORDER BY i
        RETURN collect({other: other {label: head(labels(other)), .id, .name, .fullName, .sources, .metrics, .modalities, .languages, .parentDataset}, count: count, items: items}) AS items
      }
      // The node once, and each counterpart once per group: the evaluations leave their ends out.
      RETURN id AS key, n {label: head(labels(n)), .id, .name, .fullName, .sources, .introducedYear} AS node, total, items",
        "params": {
          "end": int(11),
          "ids": [
            "method:dpo",
          ],
          "offset": int(0),
          "perGroup": int(5),
        },
      }
    `);
  });

  it("groups a benchmark's results by method or model (methodsEvaluatedOn)", () => {
    const { cypher, params } = evaluationGroupPagesQuery('target', 'Benchmark', ['benchmark:mt-bench'], { offset: 10, limit: 10, perGroup: 3 });
    expect(cypher).toContain('MATCH (n:Benchmark {id: id})');
    // The groups stored on its side, the counterparts read by key; else the walk of its results.
    expect(cypher).toContain('n.evaluatedByDegree = COUNT { (n)<-[:EVALUATED_ON]-() }');
    expect(cypher).toContain('MATCH (other:Method|Model {id: others[i]})');
    expect(cypher).toContain('MATCH (n)<-[r:EVALUATED_ON]-(other:Method|Model)\n       WITH other, collect(r) AS found');
    // A default page's stored best results by paper, each a result of its counterpart on the benchmark.
    expect(cypher).toContain('MATCH ()-[r:EVALUATED_ON {paper: paper}]->()\n           WHERE r.key = key AND startNode(r) = other AND endNode(r) = n');
    // More per group: the page's groups' results in one pass over the benchmark's.
    expect(cypher).toContain('OPTIONAL MATCH (n)<-[r:EVALUATED_ON]-(other)\n       WHERE other IN others');
    expect(cypher).toContain('[r IN best | {r: r, s: other, t: n}] AS page');
    expect(params).toMatchInlineSnapshot(`
      {
        "end": int(21),
        "ids": [
          "benchmark:mt-bench",
        ],
        "offset": int(10),
        "perGroup": int(3),
      }
    `);
  });
});
