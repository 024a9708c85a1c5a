import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatSummary } from '../../ingest/commands/ingest.js';
import { ingestFiles } from '../../ingest/ingest-files.js';
import { InputError } from '../../ingest/input-error.js';
import { graphChecksum, type GraphChecksum } from '../../src/db/checksum.js';
import { connectTestDb, resetGraph } from '../support/test-db.js';

/**
 * Bad input stops the ingest before any write with one line naming file and record, or with
 * --skip-invalid is skipped and counted. The bad record is the last of a file that follows a
 * good one, so only a first pass that reads every record finds it in time.
 */
const FIXTURES = 'test/fixtures/pwc';
const GOOD_TABLE = `${FIXTURES}/evaluation-tables-snli.json`;
const GOOD_PAPERS = `${FIXTURES}/papers-with-abstracts.json`;

const dir = mkdtempSync(join(tmpdir(), 'pwc-invalid-'));
const write = (name: string, content: string | Buffer): string => {
  const file = join(dir, name);
  writeFileSync(file, content);
  return file;
};
const fixtureRecords = (name: string): Array<Record<string, unknown>> => JSON.parse(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
/** A fixture with one more record at the end. */
const withLastRecord = (name: string, record: Record<string, unknown>): string => JSON.stringify([...fixtureRecords(name), record], null, 2);

const methodsWrongType = write('methods-wrong-type.json', withLastRecord('methods.json', { name: 'Broken', full_name: 'Broken', description: { text: 'not a string' }, collections: [] }));
const datasetsNoName = write('datasets-no-name.json', withLastRecord('datasets.json', { name: '', full_name: null, homepage: null, description: 'nameless', variants: [] }));
const tableWrongCell = write(
  'tables-wrong-cell.json',
  withLastRecord('evaluation-tables-snli.json', {
    task: 'Broken Task',
    datasets: [{ dataset: 'Broken Set', sota: { metrics: ['Acc'], rows: [{ model_name: 'X', paper_title: 'Y', metrics: { Acc: [1, 2] } }] } }],
    subtasks: [],
  }),
);
const linksTruncated = write('links-truncated.json', readFileSync(`${FIXTURES}/links-between-papers-and-code.json`, 'utf8').slice(0, 1500));
const methodsWrongTypeGz = write('methods-wrong-type.json.gz', gzipSync(readFileSync(methodsWrongType)));

const { db, close, config } = connectTestDb();
let before: GraphChecksum;

async function inputError(files: string[]): Promise<InputError> {
  try {
    await ingestFiles(db, files);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected the ingest to stop with an InputError');
}

describe('malformed records', () => {
  beforeAll(async () => {
    await resetGraph(db);
    await ingestFiles(db, [`${FIXTURES}/methods.json`]);
    before = await graphChecksum(db);
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([
    ['a wrong type, last record of a methods dump', methodsWrongType, 4, /field "description" must be a string/],
    ['a wrong type in a gzipped dump', methodsWrongTypeGz, 4, /field "description" must be a string/],
    ['a dataset without a name', datasetsNoName, 4, /"name" and "full_name" are both missing/],
    ['a leaderboard cell that is a list', tableWrongCell, 2, /metric "Acc" must be a number or a string, got a list/],
    ['a truncated file', linksTruncated, undefined, /truncat|unexpected end|incomplete|not valid JSON/i],
  ])('stops on %s before writing anything, naming file and record', async (_what, bad, record, reason) => {
    const error = await inputError([GOOD_TABLE, GOOD_PAPERS, bad]);
    expect(error.location.file).toBe(bad);
    if (record !== undefined) expect(error.location.line).toBe(record);
    expect(error.message).toMatch(reason);
    expect(error.message.startsWith(`${bad}:${error.location.line}: `)).toBe(true);
    expect(await graphChecksum(db)).toEqual(before);
  });

  it('with --skip-invalid, skips and counts the bad records and loads the rest', async () => {
    const summary = await ingestFiles(db, [GOOD_TABLE, methodsWrongType, datasetsNoName, tableWrongCell], { skipInvalid: true });
    expect(summary.skipped.map((error) => `${error.location.file}:${error.location.line}`)).toEqual([
      `${methodsWrongType}:4`,
      `${datasetsNoName}:4`,
      `${tableWrongCell}:2`,
    ]);
    expect(formatSummary(summary)).toContain(`skipped 3 invalid records; first: ${methodsWrongType}:4:`);
    const [counts] = await db.read(
      `RETURN COUNT { (:Benchmark {id: 'benchmark:snli'}) } AS snli, COUNT { (:Dataset {id: 'dataset:cifar-10'}) } AS cifar,
              COUNT { (n) WHERE n.name IN ['Broken', 'Broken Set', 'Broken Task'] } AS broken`,
    );
    expect(counts).toEqual({ snli: 1, cifar: 1, broken: 0 });
  });

  it('kg ingest exits non-zero with one line `error: file:N: ...` and leaves the graph as it was', async () => {
    const now = await graphChecksum(db);
    const neo4j = inject('neo4j');
    const child = spawnSync('npx', ['tsx', 'ingest/cli.ts', 'ingest', GOOD_TABLE, datasetsNoName], {
      encoding: 'utf8',
      env: {
        ...process.env,
        NEO4J_URI: neo4j.uri,
        NEO4J_USER: neo4j.user,
        NEO4J_PASSWORD: neo4j.password,
        NEO4J_DATABASE: neo4j.database,
        NEO4J_START_LOCAL: 'false',
      },
      timeout: 60_000,
    });
    expect(child.status).toBe(1);
    const lines = child.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]!.startsWith(`error: ${datasetsNoName}:4: `)).toBe(true);
    expect(lines[0]).toMatch(/fields "name" and "full_name" are both missing or empty$/);
    expect(child.stderr).not.toMatch(/\n\s+at /);
    expect(await graphChecksum(db)).toEqual(now);
    expect(config.uri).toBe(neo4j.uri);
  });
});
