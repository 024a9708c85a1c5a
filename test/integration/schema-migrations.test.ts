import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applySchema } from '../../src/db/migrations.js';
import { schemaPlan } from '../../src/db/schema-plan.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

const { db, close } = connectTestDb();

async function indexLabels(name: string): Promise<string[]> {
  const [row] = await db.read('SHOW INDEXES YIELD name, labelsOrTypes WHERE name = $name RETURN labelsOrTypes', { name });
  return (row?.labelsOrTypes as string[] | undefined) ?? [];
}

describe('applySchema', () => {
  beforeAll(() => resetGraph(db));
  afterAll(close);

  it('changes nothing on a database that has the plan', async () => {
    expect(await applySchema(db)).toEqual({ created: [], recreated: [] });
  });

  it('recreates a full-text index whose labels changed, so a new label reaches an old database', async () => {
    // As an older version made it: without Metric.
    await db.write('DROP INDEX entity_names');
    await db.write('CREATE FULLTEXT INDEX entity_names FOR (n:Method|Model|Dataset|Benchmark|Task) ON EACH [n.name, n.fullName, n.aliases]');
    await db.write(`CREATE (:Metric {id: 'metric:bleu', name: 'BLEU', aliases: []})`);
    const changes = await applySchema(db);
    expect(changes).toEqual({ created: [], recreated: ['entity_names'] });
    expect((await indexLabels('entity_names')).sort()).toEqual(['Benchmark', 'Dataset', 'Method', 'Metric', 'Model', 'Task']);
    const hits = await db.read(`CALL db.index.fulltext.queryNodes('entity_names', 'bleu') YIELD node RETURN node.id AS id`);
    expect(hits.map((hit) => hit.id)).toEqual(['metric:bleu']);
  });

  it('recreates an index whose analyzer changed, and creates what is missing', async () => {
    await db.write('DROP INDEX entity_name_keys');
    await db.write('CREATE FULLTEXT INDEX entity_name_keys FOR (n:Method) ON EACH [n.nameKeys]');
    await db.write('DROP INDEX paper_title');
    const changes = await applySchema(db);
    expect(changes).toEqual({ created: ['paper_title'], recreated: ['entity_name_keys'] });
    expect(await applySchema(db)).toEqual({ created: [], recreated: [] });
    const names = (await db.read('SHOW INDEXES YIELD name RETURN name')).map((row) => row.name);
    for (const item of schemaPlan()) expect(names).toContain(item.name);
  });
});
