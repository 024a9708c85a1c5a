import { execute, parse, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../../src/db/database.js';
import { schema } from '../../../src/api/schema.js';
import { hopPagesQuery, type Hop } from '../../../src/graph/neighbours.js';
import { nodeByIdWithHopsQuery, nodesByIdsQuery } from '../../../src/graph/nodes.js';
import { OPTIONAL_PROPERTIES } from '../../../src/graph/rows.js';
import type { Statement } from '../../../src/graph/statement.js';
import { RecordingDatabase } from '../../support/recording-db.js';

/**
 * Which optional node properties a statement reads, from the request's selection, without
 * Neo4j: operations run through the real schema against a database that records statements
 * and answers them with canned rows.
 */

let db: RecordingDatabase | undefined;
afterEach(() => db?.close());

async function run(query: string, respond?: (statement: Statement) => Row[], context: Record<string, unknown> = {}): Promise<{ result: ExecutionResult; statements: Statement[] }> {
  db = new RecordingDatabase(respond);
  const result = await execute({ schema, document: parse(query), contextValue: { db, ...context } });
  return { result, statements: db.statements };
}

const paperMethods: Hop = { from: 'Paper', types: ['PROPOSES', 'MENTIONS', 'USES'], direction: 'out', to: ['Method'] };
/** The properties the statement's projection of `m` names. */
const projected = (statement: Statement | undefined) => /m \{label: head\(labels\(m\)\), ([^}]*)\}/.exec(statement?.cypher ?? '')?.[1];

describe('optional properties read as the selection asks', () => {
  it('reads a looked-up node’s aliases and description when asked, directly or through a fragment', async () => {
    const direct = await run('{ method(id: "method:dpo") { name aliases } }');
    expect(direct.statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], ['aliases'])]);
    const fragment = await run('{ method(id: "method:dpo") { ...F } } fragment F on Method { ... on Method { description } }');
    expect(fragment.statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], ['description'])]);
    const none = await run('{ method(id: "method:dpo") { name } }');
    expect(projected(none.statements[0])).toBe('.id, .name');
  });

  it('reads the short properties only where asked too, fields named otherwise included', async () => {
    const method = await run('{ method(id: "method:dpo") { name fullName sources introducedYear } }');
    expect(method.statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], ['fullName', 'sources', 'introducedYear'])]);
    expect(projected(method.statements[0])).toBe('.id, .name, .fullName, .sources, .introducedYear');
    // Benchmark.metricNames shows `metrics`, Task.parent `parentTask`.
    const benchmark = await run('{ benchmark(id: "benchmark:glue") { metricNames } }');
    expect(benchmark.statements).toEqual([nodeByIdWithHopsQuery('Benchmark', 'benchmark:glue', [], ['metrics'])]);
    const task = await run('{ task(id: "task:qa") { parent { name } } }');
    expect(task.statements[0]).toEqual(nodeByIdWithHopsQuery('Task', 'task:qa', [], ['parentDataset', 'parentTask']));
  });

  it('reads the abstract of a connection’s nodes asked under edges.node, and nothing for a hop that does not ask', async () => {
    const { statements } = await run(
      '{ paper(id: "paper:x") { methods(first: 2) { edges { node { name aliases } } } } }',
      (statement) => (statement.cypher === nodesByIdsQuery('Paper', ['paper:x']).cypher ? [{ node: { label: 'Paper', id: 'paper:x', title: 'X' } }] : []),
    );
    expect(statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false, read: ['aliases'] }));
  });

  it('reads everything where the context says so', async () => {
    const { statements } = await run('{ method(id: "method:dpo") { name } }', undefined, { readAllProperties: true });
    expect(statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], OPTIONAL_PROPERTIES)]);
    expect(projected(statements[0])).toBe('.id, .name, .fullName, .sources, .aliases, .description, .introducedYear');
  });

  it('answers a property the row left out from the node loader, in one more batched statement', async () => {
    const row = { label: 'Method', id: 'method:dpo', name: 'DPO' };
    const whole = { label: 'Method', id: 'method:dpo', name: 'DPO', aliases: ['Direct Preference Optimization'], description: 'D.' };
    const { result, statements } = await run(
      '{ search(query: "dpo", first: 1) { node { ... on Method { aliases description } } } }',
      (statement) => (statement.cypher.includes('queryNodes') ? [{ node: row, score: 1 }] : statement.cypher === nodesByIdsQuery('Method', ['method:dpo']).cypher ? [{ node: whole }] : []),
    );
    expect(result.errors).toBeUndefined();
    expect(result.data).toEqual({ search: [{ node: { aliases: ['Direct Preference Optimization'], description: 'D.' } }] });
    expect(statements.slice(1)).toEqual([nodesByIdsQuery('Method', ['method:dpo'])]);
  });
});

describe('link facts read as the edges ask', () => {
  it('reads the evidence of a hop whose edges ask for it (through a fragment too), the other facts, or nothing', async () => {
    const paper = (statement: Statement) => (statement.cypher === nodesByIdsQuery('Paper', ['paper:x']).cypher ? [{ node: { label: 'Paper', id: 'paper:x', title: 'X' } }] : []);
    const asked = await run('{ paper(id: "paper:x") { methods(first: 2) { edges { ...E node { name } } } } } fragment E on MethodEdge { evidence { sentence } }', paper);
    expect(asked.statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false, links: 'evidence', read: [] }));
    const facts = await run('{ paper(id: "paper:x") { methods(first: 2) { edges { relations node { name } } } } }', paper);
    expect(facts.statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false, links: 'facts', read: [] }));
    expect(facts.statements[1]!.cypher).not.toContain('x.evidence');
    // No field of the edge asked: no relationship is read again once the page is chosen.
    const none = await run('{ paper(id: "paper:x") { methods(first: 2) { edges { cursor node { name } } } } }', paper);
    expect(none.statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false, read: [] }));
    expect(none.statements[1]!.cypher).not.toContain('collect(r) AS rels');
  });
});
