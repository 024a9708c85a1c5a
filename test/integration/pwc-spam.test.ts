import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSummary } from '../../ingest/commands/ingest.js';
import { ingestFiles, type IngestSummary } from '../../ingest/ingest-files.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/** Call-centre spam in a methods dump (invented entries between real-shaped ones): kept out of the graph and counted. */
const FILE = 'test/fixtures/pwc/methods-spam.json';
const { db, close } = connectTestDb();
let summary: IngestSummary;

describe('a methods dump with spam entries', () => {
  beforeAll(async () => {
    await resetGraph(db);
    summary = await ingestFiles(db, [FILE]);
  });
  afterAll(close);

  it('writes the real methods only', async () => {
    const rows = await db.read('MATCH (m:Method|Model) RETURN m.name AS name ORDER BY name');
    expect(rows.map((row) => row.name)).toEqual(['Adam', 'Batch Normalization', 'Dropout', 'ResNet']);
  });

  it('counts the spam entries in the summary', () => {
    expect(summary.passedOver).toEqual({ 'spam methods': 5 });
    expect(summary.skipped).toEqual([]);
    expect(formatSummary(summary)).toContain('\n  passed over: 5 spam methods');
    expect(formatSummary(summary)).toContain('\n  methods: 3 from pwc-methods');
  });
});
