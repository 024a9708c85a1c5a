import { execute, parse, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../../src/db/database.js';
import { LIMITS } from '../../../src/api/limits.js';
import { schema } from '../../../src/api/schema.js';
import { offsetToCursor } from '@pothos/plugin-relay';
import { nameLookup } from '../../../src/graph/lookup.js';
import { evaluationGroupsCall } from '../../../src/graph/evaluation-groups.js';
import { hopPagesQuery, type Hop } from '../../../src/graph/neighbours.js';
import { nestedHopPagesQuery, type NestedHop } from '../../../src/graph/nested-hops.js';
import { nodeByIdWithHopsQuery } from '../../../src/graph/nodes.js';
import type { Statement } from '../../../src/graph/statement.js';
import { RecordingDatabase } from '../../support/recording-db.js';

/**
 * Which statement a GraphQL selection of nested relationship connections compiles to, without
 * Neo4j: the operation runs through the real schema against a database that records each
 * statement and answers it with canned rows.
 */

let db: RecordingDatabase | undefined;
afterEach(() => db?.close());

async function run(
  query: string,
  options: { respond?: (statement: Statement) => Row[]; variables?: Record<string, unknown>; compileNestedHops?: boolean } = {},
): Promise<{ result: ExecutionResult; statements: Statement[] }> {
  db = new RecordingDatabase(options.respond);
  const contextValue = { db, ...(options.compileNestedHops === undefined ? {} : { compileNestedHops: options.compileNestedHops }) };
  const result = await execute({ schema, document: parse(query), contextValue, variableValues: options.variables ?? {} });
  return { result, statements: db.statements };
}

const benchmarkPapers: Hop = { from: 'Benchmark', types: ['PROPOSES', 'MENTIONS', 'EVALUATES_ON'], direction: 'in', to: ['Paper'] };
const paperMethods: Hop = { from: 'Paper', types: ['PROPOSES', 'MENTIONS', 'USES'], direction: 'out', to: ['Method'] };
const methodRepos: Hop = { from: 'Method', types: ['IMPLEMENTED_IN'], direction: 'out', to: ['Repo'] };
const methodVariants: Hop = { from: 'Method', types: ['VARIANT_OF'], direction: 'in', to: ['Method'] };

const nested = (hop: Hop, limit: number, children: NestedHop[] = [], extra: Partial<NestedHop> = {}): NestedHop => ({ hop, offset: 0, limit, total: false, read: [], children, ...extra });

const NESTED3 = `query ($b: String!) { benchmark(name: $b) { name papers(first: 10) { edges { node { title
  methods(first: 5) { edges { node { name repos(first: 3) { edges { node { url } } } } } } } } } } }`;

const link = (node: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({
  node,
  relations: ['MENTIONS'],
  evidence: [],
  sources: [],
  official: null,
  framework: null,
  mentionedInPaper: null,
  mentionedInGithub: null,
  ...extra,
});

describe('nested relationship connections: selection -> one statement', () => {
  it("compiles the bench's nested3 shape into the lookup, and answers every level from its row", async () => {
    const lookup = nameLookup(['Benchmark'], 'MT-Bench', [nested(benchmarkPapers, 10, [nested(paperMethods, 5, [nested(methodRepos, 3)])])])!;
    const repos = { total: 0, items: [link({ label: 'Repo', id: 'https://github.com/a/dpo', url: 'https://github.com/a/dpo' })] };
    const methods = { total: 0, items: [link({ label: 'Method', id: 'method:dpo', name: 'DPO' }, { h0_0_0: repos })] };
    const papers = { total: 0, items: [link({ label: 'Paper', id: 'paper:dpo', title: 'DPO' }, { h0_0: methods })] };
    const { result, statements } = await run(NESTED3, {
      variables: { b: 'MT-Bench' },
      respond: (statement) => (statement.cypher === lookup.cypher ? [{ node: { label: 'Benchmark', id: 'benchmark:mt-bench', name: 'MT-Bench' }, h0: papers }] : []),
    });
    expect(statements).toEqual([lookup]);
    expect(result).toEqual({
      data: {
        benchmark: {
          name: 'MT-Bench',
          papers: { edges: [{ node: { title: 'DPO', methods: { edges: [{ node: { name: 'DPO', repos: { edges: [{ node: { url: 'https://github.com/a/dpo' } }] } } }] } } }] },
        },
      },
    });
  });

  it('compiles the hops on an entity looked up by key the same way', async () => {
    const byKey = nodeByIdWithHopsQuery('Benchmark', 'benchmark:mt-bench', [nested(benchmarkPapers, 10, [nested(paperMethods, 5, [nested(methodRepos, 3)])])]);
    const { result, statements } = await run(NESTED3.replace('benchmark(name: $b)', 'benchmark(id: $b)'), {
      variables: { b: 'benchmark:mt-bench' },
      respond: (statement) => (statement.cypher === byKey.cypher ? [{ node: { label: 'Benchmark', id: 'benchmark:mt-bench', name: 'MT-Bench' }, h0: { total: 0, items: [] } }] : []),
    });
    expect(byKey.cypher).toMatch(/^MATCH \(m:Benchmark \{id: \$id\}\)\nCALL \(m\) \{/);
    expect(statements).toEqual([byKey]);
    expect(result).toEqual({ data: { benchmark: { name: 'MT-Bench', papers: { edges: [] } } } });
  });

  it('sends one batched query per level with compilation off', async () => {
    const lookup = nameLookup(['Benchmark'], 'MT-Bench')!;
    const { statements } = await run(NESTED3, {
      variables: { b: 'MT-Bench' },
      compileNestedHops: false,
      respond: (statement) => (statement.cypher === lookup.cypher ? [{ node: { label: 'Benchmark', id: 'benchmark:mt-bench', name: 'MT-Bench' } }] : []),
    });
    expect(statements).toEqual([lookup, hopPagesQuery(benchmarkPapers, ['benchmark:mt-bench'], { offset: 0, limit: 10, total: false, read: [] })]);
  });

  it('reads first, after and role from variables, totalCount through a fragment, and aliases apart', async () => {
    const { statements } = await run(
      `query ($first: Int, $after: String, $role: Relation) { papers(first: 2) { edges { node {
        methods(first: $first, after: $after, role: $role) { ...counted edges { node { name } } }
        few: methods(first: 1) { edges { node { variants { totalCount } } } }
      } } } }
      fragment counted on MethodConnection { totalCount }`,
      {
        variables: { first: 4, after: offsetToCursor(3), role: 'PROPOSES' },
        respond: (statement) => (statement.cypher.startsWith('MATCH (n:Paper)') ? [{ node: { label: 'Paper', id: 'paper:a', title: 'A' } }] : []),
      },
    );
    const methods = hopPagesQuery({ ...paperMethods, types: ['PROPOSES'] }, ['paper:a'], { offset: 4, limit: 4, total: true, read: [] });
    const few = nestedHopPagesQuery(paperMethods, ['paper:a'], { offset: 0, limit: 1, total: false, read: [] }, [nested(methodVariants, LIMITS.defaultPageSize, [], { total: true })]);
    expect(statements.slice(-2)).toEqual(expect.arrayContaining([methods, few]));
  });

  it("compiles a nested node's evaluation groups into its item, and leaves a field under a directive and a refused page size to their own loaders", async () => {
    const groups = evaluationGroupsCall('board0', 'subject', { offset: 0, limit: 2, perGroup: 5 });
    const boards = { calls: [groups.call], entries: ['board0'], params: groups.params };
    const lookup = nameLookup(['Benchmark'], 'MT-Bench', [nested(benchmarkPapers, 2, [nested(paperMethods, 2, [nested(methodVariants, 1)], { boards })])])!;
    const { result, statements } = await run(
      `{ benchmark(name: "MT-Bench") { papers(first: 2) { edges { node { methods(first: 2) { edges { node {
        evaluatedOn(first: 2) { totalCount }
        repos(first: 3) @include(if: true) { edges { node { url } } }
        variants(first: 1) { edges { node { name } } }
        variantOf(first: 1000) { edges { node { name } } }
      } } } } } } } }`,
      {
        respond: (statement) =>
          statement.cypher === lookup.cypher
            ? [
                {
                  node: { label: 'Benchmark', id: 'benchmark:mt-bench', name: 'MT-Bench' },
                  h0: {
                    total: 0,
                    items: [
                      link({ label: 'Paper', id: 'paper:a', title: 'A' }, {
                        h0_0: { total: 0, items: [link({ label: 'Method', id: 'method:m', name: 'M' }, { h0_0_0: { total: 0, items: [] }, board0: { total: 0, items: [] } })] },
                      }),
                    ],
                  },
                },
              ]
            : [],
      },
    );
    expect(statements[0]).toEqual(lookup);
    expect(statements.slice(1)).toEqual([hopPagesQuery(methodRepos, ['method:m'], { offset: 0, limit: 3, total: false })]);
    // The refused page size is the field's own error, at its own path, as without compilation.
    expect(result.errors?.map((error) => [error.message, error.path?.join('.')])).toEqual([
      ['first must be at most 100 (maximum page size)', 'benchmark.papers.edges.0.node.methods.edges.0.node.variantOf'],
    ]);
  });
});
