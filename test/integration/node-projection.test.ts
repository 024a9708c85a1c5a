import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NODE_LABELS, type NodeLabel } from '../../core/labels.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { nodeMap, NOT_READ, OPTIONAL_PROPERTIES, toNodeRow, wholeNodeMap } from '../../src/graph/rows.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The node projection names the properties it reads instead of reading them all (`.*`): here
 * every node of a graph with every label, and the properties the dumps give (ORCIDs, dataset
 * modalities, introduced years, abstracts), makes the same row from the named properties as
 * from all of them, with and without the optional ones.
 */

const DUMPS = [
  'test/fixtures/pwc/papers-with-abstracts.json',
  'test/fixtures/pwc/methods.json',
  'test/fixtures/pwc/datasets.json',
  'test/fixtures/pwc/links-between-papers-and-code.json',
  'test/fixtures/pwc/evaluation-tables-snli.json',
  'test/fixtures/acl-anthology/2031.tiny.xml',
];
const { db, close } = connectTestDb();

/** Every optional property as null: what a named projection reads of a node without it. */
const NONE_READ_NULL = Object.fromEntries(OPTIONAL_PROPERTIES.map((property) => [property, null]));

/** Every node's row twice: from the projection given and from all its properties. */
async function rowsBothWays(projection: string, label?: NodeLabel): Promise<Array<{ named: Record<string, unknown>; all: Record<string, unknown> }>> {
  const rows = await db.read(`MATCH (n${label ? `:${label}` : ''}) RETURN ${projection} AS named, n {.*, label: head(labels(n))} AS all ORDER BY n.id`);
  return rows.map((row) => ({ named: nodeMapOf(row.named), all: nodeMapOf(row.all) }));
}

function nodeMapOf(value: unknown): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) throw new Error(`not a node map: ${String(value)}`);
  return Object.fromEntries(Object.entries(value));
}

describe('node projection', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
    await ingestFiles(db, DUMPS);
  });
  afterAll(close);

  it('covers every label, and properties of the dumps beside the fixture graph', async () => {
    const [found] = await db.read(
      `MATCH (n) WITH collect(DISTINCT head(labels(n))) AS labels, collect(n) AS nodes
       RETURN labels, any(n IN nodes WHERE n.orcid IS NOT NULL OR n.anthologyId IS NOT NULL) AS authorIds,
              any(n IN nodes WHERE n.modalities IS NOT NULL) AS modalities, any(n IN nodes WHERE n.introducedYear IS NOT NULL) AS years,
              any(n IN nodes WHERE n.leaderboardKeys IS NOT NULL) AS storedLists`,
    );
    expect(found!.labels).toEqual(expect.arrayContaining([...NODE_LABELS]));
    expect(found).toMatchObject({ authorIds: true, modalities: true, years: true, storedLists: true });
  });

  it('makes every row from the properties it names as from all of them', async () => {
    const whole = await rowsBothWays(wholeNodeMap('n'));
    expect(whole.length).toBeGreaterThan(100);
    // `.*` leaves out what a node lacks, which the named projection reads as null.
    for (const { named, all } of whole) expect(toNodeRow(named)).toEqual(toNodeRow({ ...NONE_READ_NULL, ...all }));
  });

  it('leaves out the optional properties not asked for, and shows them as not read', async () => {
    for (const label of NODE_LABELS) {
      const bare = await rowsBothWays(nodeMap('n', [], [label]), label);
      expect(bare.length).toBeGreaterThan(0);
      for (const { named, all } of bare) {
        const fromAll = Object.fromEntries(Object.keys(named).map((key) => [key, { ...NONE_READ_NULL, ...all }[key]]));
        const row: Record<string, unknown> = { ...toNodeRow(named) };
        expect(row).toEqual(toNodeRow(fromAll));
        for (const property of OPTIONAL_PROPERTIES) if (property in row && !(property in named)) expect(row[property]).toBe(NOT_READ);
        if (label === 'Paper' || label === 'Method') expect(Object.values(row)).toContain(NOT_READ);
      }
    }
  });
});
