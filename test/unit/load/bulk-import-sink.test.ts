import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config.js';
import { DEFAULT_CORPUS } from '../../../src/default-corpus.js';
import { BulkImportSink } from '../../../ingest/load/bulk-import-sink.js';
import { RecordingSink } from '../../../ingest/load/recording-sink.js';
import { runIngest } from '../../../ingest/loop/ingest-loop.js';
import { edgeKey, nodeKey } from '../../../ingest/records/record-merge.js';
import { fixture, scratch } from '../sources/fixtures.js';

const files = scratch();
afterAll(() => files.remove());

// The dumps' new labels and edges (Collection, Area, USES, IN_COLLECTION, IN_AREA, PART_OF) included.
const INPUT = [fixture('papers-with-abstracts.json'), fixture('links-between-papers-and-code.json'), fixture('methods.json'), fixture('datasets.json'), fixture('evaluation-tables-snli.json'), fixture('evaluation-tables-unnamed.json'), DEFAULT_CORPUS];

/** How many distinct records (by merge key) there are, in all and per label or type. */
function distinct<T>(records: T[], key: (record: T) => string, group: (record: T) => string) {
  const seen = new Set<string>();
  const perGroup: Record<string, number> = {};
  for (const record of records) {
    if (seen.has(key(record))) continue;
    seen.add(key(record));
    perGroup[group(record)] = (perGroup[group(record)] ?? 0) + 1;
  }
  return { total: seen.size, perGroup };
}

describe('the bulk import sink', () => {
  it('writes each node and relationship the loop gives exactly once, as CSV', async () => {
    const given = new RecordingSink('first');
    const counted = await runIngest(INPUT, given);
    const batches = given.batches();
    const nodes = distinct(batches.flatMap((batch) => batch.nodes), nodeKey, (node) => node.label);
    const edges = distinct(batches.flatMap((batch) => batch.edges), edgeKey, (edge) => edge.type);

    const sink = await BulkImportSink.open(files.dir, { config: loadConfig({}).neo4j, csvOnly: true });
    const summary = await runIngest(INPUT, sink);
    expect(summary.nodes).toEqual(nodes.perGroup);
    expect(Object.keys(summary.nodes)).toEqual(expect.arrayContaining(['Collection', 'Area']));
    expect(Object.keys(summary.edges)).toEqual(expect.arrayContaining(['USES', 'IN_COLLECTION', 'IN_AREA', 'PART_OF']));
    expect(summary.edges).toEqual(edges.perGroup);
    expect(summary.rows).toBe(nodes.total + edges.total);
    // Counted by the sink as it writes each row, the same as the loop's count of every batch.
    expect(sink.countsWritten).toBe(true);
    expect(summary.written).toEqual(counted.written);
    expect(summary.written.Paper?.bySource).toEqual(expect.objectContaining({ 'pwc-links': expect.any(Number) }));
    const csv = path.join(files.dir, 'csv');
    const paperFiles = readdirSync(csv).filter((name) => /^Paper-\d+\.csv$/.test(name));
    expect(paperFiles.map((name) => readFileSync(path.join(csv, name), 'utf8')).join('')).toContain('paper:bert-pre-training-of-deep-bidirectional-transformers-for-language-understanding');
  });

  it('refuses ready records once it has begun: a written row is final', async () => {
    const sink = await BulkImportSink.open(files.dir, { config: loadConfig({}).neo4j, csvOnly: true });
    await sink.begin();
    await expect(sink.addRecords({ nodes: [], edges: [] })).rejects.toThrow(/before begin/);
  });
});
