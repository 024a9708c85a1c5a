import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { DEFAULT_CORPUS } from '../../src/default-corpus.js';
import { graphChecksum, type GraphChecksum } from '../../src/db/checksum.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * Ingest is idempotent and additive: the seed, the evaluation tables and the dump samples give
 * one graph whatever the order of files and runs. The sources overlap on purpose (the SNLI
 * paper is in a table and in the papers dump without an abstract; Dropout and BERT are in the
 * seed's abstracts and in the dumps), so any last-write-wins property would show here.
 */
const TABLES = ['nlp-progress', 'eff', 'snli', 'chexpert'].map((name) => `data/pwc-evaluation-tables/${name}.json`);
const DUMPS = ['papers-with-abstracts', 'links-between-papers-and-code', 'methods', 'datasets'].map((name) => `test/fixtures/pwc/${name}.json`);
const SEED = DEFAULT_CORPUS;

const { db, close } = connectTestDb();

/** Empties the graph, then ingests each run (a list of files) as its own `kg ingest`. */
async function checksumAfter(runs: string[][]): Promise<GraphChecksum> {
  await resetGraph(db);
  for (const files of runs) await ingestFiles(db, files);
  return graphChecksum(db);
}

describe('ingesting the seed, the tables and the dumps in any order', () => {
  let reference: GraphChecksum;
  beforeAll(async () => {
    reference = await checksumAfter([[SEED, ...TABLES, ...DUMPS]]);
  }, 240_000);
  afterAll(close);

  it('holds the seed, every table and every dump', () => {
    expect(reference.nodes).toBeGreaterThan(2500);
    expect(reference.relationships).toBeGreaterThan(7000);
  });

  it('gives the same graph for seed, then tables and dumps, then seed again', async () => {
    expect(await checksumAfter([[SEED], [...TABLES, ...DUMPS], [SEED]])).toEqual(reference);
  }, 240_000);

  it('gives the same graph for tables and dumps first, then the seed', async () => {
    expect(await checksumAfter([[...DUMPS].reverse(), [...TABLES].reverse(), [SEED]])).toEqual(reference);
  }, 240_000);

  it('gives the same graph for all files in one run, in reverse order', async () => {
    expect(await checksumAfter([[...DUMPS, ...TABLES, SEED].reverse()])).toEqual(reference);
  }, 240_000);

  it('changes nothing on a rerun of everything', async () => {
    await ingestFiles(db, [SEED, ...TABLES, ...DUMPS]);
    expect(await graphChecksum(db)).toEqual(reference);
  }, 240_000);
});
