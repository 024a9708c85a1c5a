import { execute, parse, type ExecutionResult } from 'graphql';
import { afterEach, describe, expect, it } from 'vitest';
import type { Row } from '../../../src/db/database.js';
import { schema } from '../../../src/api/schema.js';
import { hopPagesQuery, type Hop } from '../../../src/graph/neighbours.js';
import { nodeByIdWithHopsQuery, nodesByIdsQuery } from '../../../src/graph/nodes.js';
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
const notRead = (statement: Statement | undefined) => /notRead: \[([^\]]*)\]/.exec(statement?.cypher ?? '')?.[1] ?? 'none';

describe('optional properties read as the selection asks', () => {
  it('reads a looked-up node’s aliases and description when asked, directly or through a fragment', async () => {
    const direct = await run('{ method(id: "method:dpo") { name aliases } }');
    expect(direct.statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], ['aliases'])]);
    const fragment = await run('{ method(id: "method:dpo") { ...F } } fragment F on Method { ... on Method { description } }');
    expect(fragment.statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], ['description'])]);
    const none = await run('{ method(id: "method:dpo") { name } }');
    expect(notRead(none.statements[0])).toBe("'aliases', 'description'");
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
    expect(statements).toEqual([nodeByIdWithHopsQuery('Method', 'method:dpo', [], ['abstract', 'aliases', 'description'])]);
    expect(notRead(statements[0])).toBe('none');
  });

  it('answers a property the row left out from the node loader, in one more batched statement', async () => {
    const row = { label: 'Method', id: 'method:dpo', name: 'DPO', notRead: ['abstract', 'aliases', 'description'] };
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
    expect(asked.statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false, links: 'evidence' }));
    const facts = await run('{ paper(id: "paper:x") { methods(first: 2) { edges { relations node { name } } } } }', paper);
    expect(facts.statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false, links: 'facts' }));
    expect(facts.statements[1]!.cypher).not.toContain('x.evidence');
    // No field of the edge asked: no relationship is read again once the page is chosen.
    const none = await run('{ paper(id: "paper:x") { methods(first: 2) { edges { cursor node { name } } } } }', paper);
    expect(none.statements[1]).toEqual(hopPagesQuery(paperMethods, ['paper:x'], { offset: 0, limit: 2, total: false }));
    expect(none.statements[1]!.cypher).not.toContain('collect(r) AS rels');
  });
});
