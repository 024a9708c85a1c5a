import { execute, parse, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../../src/db/database.js';
import { schema } from '../../../src/api/schema.js';
import { leaderboardCall, leaderboardsQuery } from '../../../src/graph/leaderboards.js';
import { nameLookup } from '../../../src/graph/lookup.js';
import { evaluationGroupPagesQuery, evaluationGroupsCall } from '../../../src/graph/evaluation-groups.js';
import { hopPagesQuery } from '../../../src/graph/neighbours.js';
import { countNodesQuery, listNodesQuery } from '../../../src/graph/node-lists.js';
import { nodeByIdWithHopsQuery, nodesByIdsQuery } from '../../../src/graph/nodes.js';
import { shortestPathQuery } from '../../../src/graph/paths.js';
import { relatedNodesQuery } from '../../../src/graph/related.js';
import { searchNodesQuery } from '../../../src/graph/search.js';
import { sharedTargetsQuery } from '../../../src/graph/comparisons.js';
import { statsPartsQuery } from '../../../src/graph/stats.js';
import type { Statement } from '../../../src/graph/statement.js';
import { TARGET_LABELS } from '../../../core/labels.js';
import { RecordingDatabase } from '../../support/recording-db.js';

/**
 * Which Cypher a GraphQL operation compiles to, without Neo4j: operations run through the real
 * schema against a database that records each statement and answers it with canned rows (none
 * unless given). The expected statements are the builders' own, whose text the tests under
 * test/unit/graph show.
 */

let db: RecordingDatabase | undefined;
afterEach(() => db?.close());

/** Answers the statements given with their rows, and any other with none. */
function answering(...answers: Array<[Statement, Row[]]>) {
  return (statement: Statement) => answers.find(([asked]) => asked.cypher === statement.cypher)?.[1] ?? [];
}

async function run(query: string, respond?: (statement: Statement) => Row[]): Promise<{ result: ExecutionResult; statements: Statement[] }> {
  db = new RecordingDatabase(respond);
  const result = await execute({ schema, document: parse(query), contextValue: { db } });
  return { result, statements: db.statements };
}

const node = (label: string, id: string, name: string) => ({ node: { label, id, name } });

describe('GraphQL operations and the Cypher they send', () => {
  it('looks a node up by key in one statement', async () => {
    const lookup = nodeByIdWithHopsQuery('Method', 'method:dpo', []);
    const { result, statements } = await run('{ method(id: "method:dpo") { name } }', answering([lookup, [node('Method', 'method:dpo', 'DPO')]]));
    expect(result).toEqual({ data: { method: { name: 'DPO' } } });
    expect(statements).toEqual([lookup]);
  });

  it('looks a name up in one statement, then goes on from the key it found', async () => {
    const lookup = nameLookup(TARGET_LABELS, 'MT Bench')!;
    const { result, statements } = await run(
      '{ methodsEvaluatedOn(benchmark: "MT Bench", first: 3) { totalCount } }',
      answering([lookup, [node('Benchmark', 'benchmark:mt-bench', 'MT-Bench')]]),
    );
    expect(result).toEqual({ data: { methodsEvaluatedOn: { totalCount: 0 } } });
    expect(statements).toEqual([lookup, evaluationGroupPagesQuery('target', 'Benchmark', ['benchmark:mt-bench'], { offset: 0, limit: 3, perGroup: 5 })]);
  });

  it('lists nodes with where and orderBy, then pages a relationship of every listed node in one statement', async () => {
    const filter = { nameContains: 'po', hasCode: null, proposedBy: null, evaluatedOn: null, yearFrom: null, yearTo: null };
    const list = listNodesQuery('Method', filter, { field: 'PAPERS', descending: true }, 0, 2);
    const count = countNodesQuery('Method', filter);
    const papers = hopPagesQuery({ from: 'Method', types: ['PROPOSES'], direction: 'in', to: ['Paper'] }, ['method:dpo', 'method:ppo'], { offset: 0, limit: 3, total: false, read: [] });
    const { result, statements } = await run(
      `{ methods(first: 2, where: { nameContains: "po" }, orderBy: { field: PAPERS, direction: DESC }) {
           totalCount
           edges { node { name papers(first: 3, role: PROPOSES) { edges { node { title } } } } }
         } }`,
      answering([list, [node('Method', 'method:dpo', 'DPO'), node('Method', 'method:ppo', 'PPO')]], [count, [{ n: 2 }]]),
    );
    expect(result.errors).toBeUndefined();
    expect(statements).toEqual([list, count, papers]);
  });

  it('asks for a relationship total only when totalCount is selected', async () => {
    // The hop comes in the lookup's statement (nested-hops.ts); its count only when asked for.
    const tasks = (total: boolean) => [{ hop: { from: 'Benchmark', types: ['FOR_TASK'], direction: 'out', to: ['Task'] } as const, offset: 0, limit: 5, total, read: [], children: [] }];
    const counted = await run('{ benchmark(id: "benchmark:mt-bench") { tasks(first: 5) { totalCount } } }');
    expect(counted.statements).toEqual([nodeByIdWithHopsQuery('Benchmark', 'benchmark:mt-bench', tasks(true))]);
    const listed = await run('{ benchmark(id: "benchmark:mt-bench") { tasks(first: 5) { edges { node { name } } } } }');
    expect(listed.statements).toEqual([nodeByIdWithHopsQuery('Benchmark', 'benchmark:mt-bench', tasks(false))]);
    expect(listed.statements[0]!.cypher).toContain('RETURN 0 AS total');
  });

  it('sends a benchmark with its leaderboard and its evaluation groups in one statement', async () => {
    const board = leaderboardCall('board0', 'Score', 3);
    const groups = evaluationGroupsCall('board1', 'target', { offset: 0, limit: 2, perGroup: 5 });
    const lookup = nodeByIdWithHopsQuery('Benchmark', 'benchmark:mt-bench', [], [], {
      calls: [board.call, groups.call],
      entries: ['board0', 'board1'],
      params: { ...board.params, ...groups.params },
    });
    const target = node('Benchmark', 'benchmark:mt-bench', 'MT-Bench').node;
    const row = { node: target, board0: { metric: 'Score', metricId: null, higherIsBetter: null, valued: 0, total: 0, items: [], target }, board1: null };
    const { result, statements } = await run(
      '{ benchmark(id: "benchmark:mt-bench") { leaderboard(metric: "Score", first: 3) { metric } evaluatedMethods(first: 2) { totalCount } } }',
      answering([lookup, [row]]),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ benchmark: { leaderboard: { metric: 'Score' }, evaluatedMethods: { totalCount: 0 } } });
    expect(statements).toEqual([lookup]);
  });

  it('sends the leaderboard on its own where compilation is off', async () => {
    const lookup = nodeByIdWithHopsQuery('Benchmark', 'benchmark:mt-bench', []);
    db = new RecordingDatabase(answering([lookup, [node('Benchmark', 'benchmark:mt-bench', 'MT-Bench')]]));
    const result = await execute({ schema, document: parse('{ benchmark(id: "benchmark:mt-bench") { leaderboard(first: 3) { metric } } }'), contextValue: { db, compileNestedHops: false } });
    expect(result.errors).toBeUndefined();
    expect(db.statements).toEqual([lookup, leaderboardsQuery(['benchmark:mt-bench'], null, 3)]);
  });

  it('sends search, related and path with keys taken as given, no lookup first', async () => {
    expect((await run('{ search(query: "dpo", types: [METHOD], first: 5) { score } }')).statements).toEqual([searchNodesQuery('dpo', ['Method'], 5)]);
    expect((await run('{ related(id: "method:dpo", first: 5) { score } }')).statements).toEqual([relatedNodesQuery('Method', 'method:dpo', 5)]);
    expect((await run('{ path(from: "model:clip", to: "dataset:hh-rlhf", maxHops: 3) { length } }')).statements).toEqual([
      shortestPathQuery({ label: 'Model', id: 'model:clip' }, { label: 'Dataset', id: 'dataset:hh-rlhf' }, 3),
    ]);
  });

  it('compares methods and models: their nodes by label, then the targets they share', async () => {
    const methods = nodesByIdsQuery('Method', ['method:dpo']);
    const models = nodesByIdsQuery('Model', ['model:gpt-4']);
    const { result, statements } = await run(
      '{ compare(methods: ["method:dpo", "model:gpt-4"]) { missing } }',
      answering([methods, [node('Method', 'method:dpo', 'DPO')]], [models, [node('Model', 'model:gpt-4', 'GPT-4')]]),
    );
    expect(result).toEqual({ data: { compare: { missing: [] } } });
    expect(statements).toEqual([methods, models, sharedTargetsQuery({ methods: ['method:dpo'], models: ['model:gpt-4'] }, 2, 20)]);
  });

  it('sends the stats parts whose fields are selected, in one statement', async () => {
    const parts = statsPartsQuery([{ kind: 'nodeCounts' }, { kind: 'topBenchmarks', limit: 3 }]);
    const { result, statements } = await run(
      '{ stats { nodeCounts { type count } topBenchmarks(first: 3) { count } } }',
      answering([parts, [{ p0: { Paper: 1, Method: 2 }, p1: [] }]]),
    );
    expect(statements).toEqual([parts]);
    expect(result.data?.stats).toMatchObject({ nodeCounts: expect.arrayContaining([{ type: 'PAPER', count: 1 }, { type: 'METHOD', count: 2 }]), topBenchmarks: [] });
  });

  it('sends filter text only as parameters', async () => {
    const hostile = "x' }) DETACH DELETE n //";
    const { result, statements } = await run(`{ methods(where: { nameContains: ${JSON.stringify(hostile)} }) { totalCount } }`, (statement) =>
      statement.cypher.includes('count(n)') ? [{ n: 0 }] : [],
    );
    expect(result).toEqual({ data: { methods: { totalCount: 0 } } });
    expect(statements).toHaveLength(2);
    for (const { cypher, params } of statements) {
      expect(cypher).not.toContain('DETACH');
      expect(params.nameContains).toBe(hostile.toLowerCase());
    }
  });
});
