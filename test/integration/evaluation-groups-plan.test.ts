import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluationGroupPagesQuery } from '../../src/graph/evaluation-groups.js';
import { ENRICH_GROUP_PAGE } from '../../src/graph/evaluations.js';
import { int } from '../../src/graph/params.js';
import { nodeMap, READ_WITHOUT_SELECTION } from '../../src/graph/rows.js';
import { SUBJECT_LABELS, TARGET_LABELS } from '../../core/labels.js';
import type { Statement } from '../../src/graph/statement.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The evaluation groups, counted first and sorted per page, answer exactly what the plan that
 * sorts every result before grouping answered: group order (size, then name, then id), each
 * group's best-first results in its metric's direction, pages and totals, on both sides.
 */

const { db, close } = connectTestDb();

/** The plan before: every result of the node sorted with its metric, then grouped. */
function sortEverything(side: 'subject' | 'target', ids: string[], options: { offset: number; limit: number; perGroup: number }): Statement {
  const match =
    side === 'subject'
      ? 'MATCH (s:Method {id: id})-[r:EVALUATED_ON]->(t:Benchmark|Dataset) WITH id, r, s, t, t AS other'
      : 'MATCH (t:Benchmark {id: id})<-[r:EVALUATED_ON]-(s:Method|Model) WITH id, r, s, t, s AS other';
  return {
    cypher: `UNWIND $ids AS id
     ${match}
     OPTIONAL MATCH (mt:Metric {id: r.metricId})
     WITH id, r, s, t, other, mt
     ORDER BY r.metric, r.value IS NULL, CASE WHEN coalesce(mt.higherIsBetter, true) THEN -r.value ELSE r.value END, r.key
     WITH id, other, collect({r: r, s: s, t: t}) AS found
     ORDER BY size(found) DESC, toLower(other.name), other.id
     WITH id, collect({other: other, count: size(found), page: found[0..$perGroup]}) AS groups
     WITH id, size(groups) AS total, groups[$offset..$end] AS groups
     CALL (groups) {
       UNWIND groups AS g
       WITH g.other AS other, g.count AS count, g.page AS page
       ${ENRICH_GROUP_PAGE}
       RETURN collect({other: ${nodeMap('other', READ_WITHOUT_SELECTION, side === 'subject' ? TARGET_LABELS : SUBJECT_LABELS)}, count: count, items: items}) AS items
     }
     MATCH (n:${side === 'subject' ? 'Method' : 'Benchmark'} {id: id})
     RETURN id AS key, ${nodeMap('n', READ_WITHOUT_SELECTION, [side === 'subject' ? 'Method' : 'Benchmark'])} AS node, total, items`,
    params: { ids, offset: int(options.offset), end: int(options.offset + options.limit + 1), perGroup: int(options.perGroup) },
  };
}

async function build(): Promise<void> {
  await db.write(`UNWIND range(0, 11) AS i CREATE (:Method {id: 'method:m' + i, name: CASE i % 3 WHEN 0 THEN 'Same' ELSE 'M' + i END})`);
  await db.write(`UNWIND range(0, 7) AS i CREATE (:Benchmark {id: 'benchmark:b' + i, name: 'B' + (i % 4)})`);
  await db.write(`CREATE (:Metric {id: 'metric:acc', name: 'Accuracy', higherIsBetter: true}), (:Metric {id: 'metric:err', name: 'Error', higherIsBetter: false})`);
  await db.write(`UNWIND range(0, 30) AS i CREATE (:Paper {id: 'paper:p' + i, title: 'Paper ' + i})`);
  // Method i has results on benchmarks i..i+k in two metrics; equal values and missing ones too.
  await db.write(
    `UNWIND range(0, 11) AS i
     MATCH (m:Method {id: 'method:m' + i})
     UNWIND range(0, i % 5) AS k
     MATCH (b:Benchmark {id: 'benchmark:b' + ((i + k) % 8)})
     UNWIND range(0, (i + k) % 4) AS j
     CREATE (m)-[:EVALUATED_ON {key: 'paper:p' + ((i * 3 + j) % 31) + '#' + k + '.' + j, paper: 'paper:p' + ((i * 3 + j) % 31),
       metric: CASE j % 2 WHEN 0 THEN 'Accuracy' ELSE 'Error' END, metricId: CASE j % 2 WHEN 0 THEN 'metric:acc' ELSE 'metric:err' END,
       value: CASE WHEN j = 3 THEN null ELSE toFloat((i * 7 + k * 5 + j) % 6) END}]->(b)`,
  );
}

describe('evaluation groups: counted first, sorted per page', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await build();
  });
  afterAll(async () => {
    await resetGraph(db);
    await close();
  });

  const methods = Array.from({ length: 12 }, (_, i) => `method:m${i}`);
  const benchmarks = Array.from({ length: 8 }, (_, i) => `benchmark:b${i}`);
  for (const [side, label, ids] of [
    ['subject', 'Method', methods],
    ['target', 'Benchmark', benchmarks],
  ] as const) {
    for (const options of [
      { offset: 0, limit: 10, perGroup: 5 },
      { offset: 1, limit: 2, perGroup: 1 },
      { offset: 0, limit: 3, perGroup: 2 },
    ]) {
      it(`side ${side}, offset ${options.offset}, limit ${options.limit}, ${options.perGroup} per group`, async () => {
        const asked = [...ids, `${label.toLowerCase()}:none`];
        const before = sortEverything(side, asked, options);
        const expected = await db.read(before.cypher, before.params);
        const plan = evaluationGroupPagesQuery(side, label, asked, options);
        const actual = await db.read(plan.cypher, plan.params);
        const byKey = (rows: Array<Record<string, unknown>>) => Object.fromEntries(rows.map((row) => [row.key as string, row]));
        expect(Object.keys(byKey(actual)).length).toBeGreaterThan(3);
        expect(byKey(actual)).toEqual(byKey(expected));
      });
    }
  }
});
