import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { STORED_GROUPS, type EvaluationGroupSide } from '../../core/evaluation-group-ranking.js';
import { STORED_SOTA_HISTORY } from '../../core/sota-steps.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { refreshEvaluationCounts } from '../../ingest/load/evaluation-counts.js';
import { storedEvaluationGroups } from '../../ingest/load/stored-evaluation-groups.js';
import { storedLeaderboards } from '../../ingest/load/stored-leaderboards.js';
import { storedSotaHistories } from '../../ingest/load/stored-sota-histories.js';
import type { EntityLabel } from '../../core/labels.js';
import { evaluationGroupPages, evaluationGroupPagesQuery, type EvaluationGroupPage } from '../../src/graph/evaluation-groups.js';
import { sotaHistories, sotaHistoriesQuery } from '../../src/graph/sota-history.js';
import { loadFixtureGraph } from '../support/fixture-graph.js';
import { graphqlClient } from '../support/graphql.js';
import { profiledDbHits } from '../support/profile.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * The SOTA histories and evaluation groups stored at each refresh answer exactly what walking
 * every result answers, over real Papers with Code tables (many results, equal scores, both
 * metric directions, hubs with more groups than are stored) and the fixture graph; and a
 * result added after the refresh shows at once, through the walk.
 */

const TABLES = ['snli', 'eff', 'chexpert', 'nlp-progress'].map((name) => `data/pwc-evaluation-tables/${name}.json`);
const { db, close } = connectTestDb();
const query = graphqlClient(db);

const PAGES = [
  { offset: 0, limit: 10, perGroup: 5 },
  { offset: 0, limit: 100, perGroup: 2 },
  { offset: 3, limit: 1, perGroup: 100 },
  { offset: 15, limit: 5, perGroup: 3 }, // the last of the groups whose best results are stored
  { offset: 95, limit: 10, perGroup: 1 }, // past what is stored on the largest: the walk answers
];

async function idsWithResults(side: EvaluationGroupSide): Promise<Array<{ label: EntityLabel; id: string }>> {
  const pattern = side === 'subject' ? '(n:Method|Model)-[:EVALUATED_ON]->()' : '(n:Benchmark|Dataset)<-[:EVALUATED_ON]-()';
  const rows = await db.read(`MATCH ${pattern} WITH DISTINCT n RETURN head(labels(n)) AS label, n.id AS id ORDER BY id`);
  return rows.map((row) => ({ label: row.label as EntityLabel, id: String(row.id) }));
}

/** Every node's groups on `side` at every page of PAGES, by label as the API asks. */
async function allGroups(side: EvaluationGroupSide): Promise<EvaluationGroupPage[][]> {
  const nodes = await idsWithResults(side);
  const labels = [...new Set(nodes.map((node) => node.label))];
  const pages: EvaluationGroupPage[][] = [];
  for (const options of PAGES) {
    for (const label of labels) {
      const ids = nodes.filter((node) => node.label === label).map((node) => node.id);
      pages.push(await evaluationGroupPages(db, side, label, [...ids, `${label.toLowerCase()}:none`], options));
    }
  }
  return pages;
}

async function benchmarkIds(): Promise<string[]> {
  const rows = await db.read('MATCH (b:Benchmark) WHERE EXISTS { (b)<-[:EVALUATED_ON]-() } RETURN b.id AS id ORDER BY id');
  return rows.map((row) => String(row.id));
}

/** The node with the most results on `side`. */
async function largest(side: EvaluationGroupSide): Promise<{ label: EntityLabel; id: string; total: number; degree: number }> {
  const stored = STORED_GROUPS[side];
  const [row] = await db.read(
    `MATCH (n) WHERE n.${stored.degree} IS NOT NULL RETURN head(labels(n)) AS label, n.id AS id, n.${stored.total} AS total, n.${stored.degree} AS degree ORDER BY n.${stored.degree} DESC, id LIMIT 1`,
  );
  return { label: row!.label as EntityLabel, id: String(row!.id), total: Number(row!.total), degree: Number(row!.degree) };
}

/** The hub's groups as a root lookup asks for them (compiled into the lookup's statement). */
function hubLookup(side: EvaluationGroupSide, hub: { label: EntityLabel; id: string }): string {
  const groups = `(first: 10, resultsPerGroup: 3) { totalCount pageInfo { hasNextPage } edges { node {
    counterpart { ... on Benchmark { id } ... on Dataset { id } ... on Method { id } ... on Model { id } }
    evaluationCount evaluations { key metricName value paper { title } } } } }`;
  return side === 'subject'
    ? `{ ${hub.label.toLowerCase()}(id: ${JSON.stringify(hub.id)}) { evaluatedOn${groups} } }`
    : `{ ${hub.label.toLowerCase()}(id: ${JSON.stringify(hub.id)}) { evaluatedMethods${groups} } }`;
}

/**
 * The refresh stores groups on nodes with many results only (STORED_GROUPS_MIN_DEGREE); here
 * every node with a result gets them, so every shape of page is compared.
 */
async function storeGroupsOfEveryNode(): Promise<void> {
  await db.writeAll([storedEvaluationGroups('subject', 1), storedEvaluationGroups('target', 1)]);
}

describe('stored SOTA histories and evaluation groups against the walks', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await loadFixtureGraph(db);
    await ingestFiles(db, TABLES); // refreshes what is stored, as every ingest does
    await storeGroupsOfEveryNode();
  });
  afterAll(close);

  it('answers every default SOTA history as the walk does', async () => {
    const ids = await benchmarkIds();
    expect(ids.length).toBeGreaterThan(10);
    const stamped = await db.read(`MATCH (b:Benchmark) WHERE b.${STORED_SOTA_HISTORY.degree} IS NOT NULL RETURN count(b) AS n`);
    expect(stamped[0]!.n).toBe(ids.length);
    const stored = await sotaHistories(db, ids, null);
    await db.write(`MATCH (b:Benchmark) REMOVE b.${STORED_SOTA_HISTORY.degree}`);
    const walked = await sotaHistories(db, ids, null);
    await refreshEvaluationCounts(db);
    expect(stored).toEqual(walked);
    expect(walked.some((history) => history.steps.length >= 5)).toBe(true);
    expect(walked.some((history) => history.undatedCount > 0)).toBe(true);
  });

  it('keeps the walk for a history in another metric', async () => {
    const [row] = await db.read(
      `MATCH (b:Benchmark)<-[r:EVALUATED_ON]-() WHERE r.metric IS NOT NULL AND r.metric <> b.leaderboardMetric AND r.value IS NOT NULL
       RETURN b.id AS id, r.metric AS metric LIMIT 1`,
    );
    const [other] = await sotaHistories(db, [String(row!.id)], String(row!.metric));
    const [main] = await sotaHistories(db, [String(row!.id)], null);
    expect(other!.metric).toBe(row!.metric);
    expect(other!.steps.length).toBeGreaterThan(0);
    expect(other!.steps.every((step) => step.evaluation.metricName === row!.metric)).toBe(true);
    expect(main!.metric).not.toBe(row!.metric);
  });

  for (const side of ['subject', 'target'] as const) {
    it(`answers every page of every node's groups on side ${side} as the walk does`, async () => {
      const hub = await largest(side);
      expect(hub.total).toBeGreaterThan(side === 'target' ? 105 : 5);
      // Stored best results are found by paper, or between the two ends where they have none.
      const [paperless] = await db.read('MATCH ()-[r:EVALUATED_ON]->() WHERE r.paper IS NULL RETURN count(r) AS n');
      expect(paperless!.n).toBeGreaterThan(0);
      const [stamped] = await db.read(`MATCH (n) WHERE n.${STORED_GROUPS[side].degree} IS NOT NULL RETURN count(n) AS n`);
      expect(stamped!.n).toBeGreaterThan(side === 'subject' ? 20 : 10);
      const stored = await allGroups(side);
      const storedLookup = await query(hubLookup(side, hub));
      await db.write(`MATCH (n) WHERE n.${STORED_GROUPS[side].degree} IS NOT NULL REMOVE n.${STORED_GROUPS[side].degree}`);
      const walked = await allGroups(side);
      const walkedLookup = await query(hubLookup(side, hub));
      await storeGroupsOfEveryNode();
      expect(stored).toEqual(walked);
      expect(storedLookup.errors).toBeUndefined();
      expect(storedLookup).toEqual(walkedLookup);
      // A page of 100 comes with one more group, which tells that another page follows.
      if (side === 'target') expect(walked.flat().some((page) => page.items.length === 101)).toBe(true);
      expect(walked.flat().some((page) => page.items.some((group) => group.evaluationCount > 5))).toBe(true);
    });
  }

  it('reads a hub history and a hub page of groups at a fraction of walking them', async () => {
    const [board] = await db.read('MATCH (b:Benchmark) RETURN b.id AS id ORDER BY COUNT { (b)<-[:EVALUATED_ON]-() } DESC LIMIT 1');
    const history = sotaHistoriesQuery([String(board!.id)], null);
    const hub = await largest('target');
    const groups = evaluationGroupPagesQuery('target', hub.label, [hub.id], { offset: 0, limit: 10, perGroup: 5 });
    const storedHits = [await profiledDbHits(db, history), await profiledDbHits(db, groups)];
    await db.write(`MATCH (b) WHERE b.id IN [$board, $hub] REMOVE b.${STORED_SOTA_HISTORY.degree}, b.${STORED_GROUPS.target.degree}`, {
      board: String(board!.id),
      hub: hub.id,
    });
    const walkedHits = [await profiledDbHits(db, history), await profiledDbHits(db, groups)];
    await refreshEvaluationCounts(db);
    expect(storedHits[0]).toBeLessThan(walkedHits[0]! / 2);
    // The page's own results cost alike both ways (at this size, most of it): the walk reads every result besides.
    expect(storedHits[1]).toBeLessThan(walkedHits[1]! - hub.degree);
  });

  it('writes nothing when a refresh follows a refresh', async () => {
    await refreshEvaluationCounts(db);
    const session = db.driver.session({ database: db.name });
    try {
      const statements = [storedLeaderboards(), storedSotaHistories(), storedEvaluationGroups('subject'), storedEvaluationGroups('target')];
      for (const statement of [...statements, storedEvaluationGroups('subject', 1), storedEvaluationGroups('target', 1)]) {
        const result = await session.run(statement.cypher, statement.params);
        expect(result.summary.counters.updates().propertiesSet).toBe(0);
      }
    } finally {
      await session.close();
    }
  });

  it('shows a result added after the refresh at once, in the history and in both sides of groups, and the same after the next refresh', async () => {
    const asked = `{
      benchmark(name: "SNLI") {
        sotaHistory { metric undatedCount steps { value date subject { ... on Method { name } ... on Model { name } } } }
        evaluatedMethods(first: 3) { totalCount edges { node { evaluationCount counterpart { ... on Method { name } ... on Model { name } } evaluations { value } } } }
      }
    }`;
    const before = await query(asked);
    expect(before.errors).toBeUndefined();
    const { metric, steps } = before.data!.benchmark.sotaHistory;
    const { totalCount } = before.data!.benchmark.evaluatedMethods;
    const late = `{ method(id: "method:late-result") { evaluatedOn(first: 5) { totalCount edges { node { evaluationCount evaluations { value } } } } } }`;
    // The late method scores first on SNLI in more results than any, so it heads the history and the page.
    await db.write(
      `MATCH (b:Benchmark {name: 'SNLI'}) MERGE (m:Method {id: 'method:late-result'}) SET m.name = 'Late Result'
       MERGE (p:Paper {id: 'paper:late-result'}) SET p.title = 'Late Result', p.publishedAt = '2099-01-01'
       WITH b, m
       UNWIND range(1, 120) AS i
       CREATE (m)-[:EVALUATED_ON {key: 'late|' + i, metric: $metric, value: $value + i, rawValue: toString($value + i), paper: 'paper:late-result', source: 'test'}]->(b)`,
      { metric, value: steps[steps.length - 1].value },
    );
    const after = await query(asked);
    expect(after.errors).toBeUndefined();
    const history = after.data!.benchmark.sotaHistory.steps;
    expect(history.length).toBe(steps.length + 1);
    expect(history[history.length - 1].subject.name).toBe('Late Result');
    expect(after.data!.benchmark.evaluatedMethods.totalCount).toBe(totalCount + 1);
    expect(after.data!.benchmark.evaluatedMethods.edges[0].node.counterpart.name).toBe('Late Result');
    expect(after.data!.benchmark.evaluatedMethods.edges[0].node.evaluationCount).toBe(120);
    const lateBefore = await query(late);
    expect(lateBefore.data!.method.evaluatedOn.totalCount).toBe(1);
    await refreshEvaluationCounts(db);
    const stamped = await db.read(`MATCH (m:Method {id: 'method:late-result'}) RETURN m.${STORED_GROUPS.subject.degree} AS degree`);
    expect(stamped[0]!.degree).toBe(120); // at least STORED_GROUPS_MIN_DEGREE: stored
    expect((await query(asked)).data).toEqual(after.data);
    expect((await query(late)).data).toEqual(lateBefore.data);
  });
});
