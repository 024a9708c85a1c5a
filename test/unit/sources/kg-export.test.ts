import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { InputError } from '../../../ingest/input-error.js';
import { EXPORT_FORMAT, EXPORT_VERSION, GRAPH_EDGES_FILE, GRAPH_NODES_FILE, MANIFEST_FILE } from '../../../ingest/export/manifest.js';
import { detectFormat } from '../../../ingest/sources/formats.js';
import { edgeRecordOfLine, nodeRecordOfLine } from '../../../ingest/sources/kg-export-records.js';
import { kgExportFormat } from '../../../ingest/sources/kg-export.js';
import { collect, inputError, scratch } from './fixtures.js';

const files = scratch();
afterAll(() => files.remove());

const fail = (reason: string): never => {
  throw new InputError({ file: 'f', line: 1 }, reason);
};

const PAPER = { label: 'Paper', id: 'paper:a', props: { title: 'A', year: 2024, categories: ['cs.CL'], official: true }, aliases: [], sources: ['seed-text'] };
const REPO = { label: 'Repo', id: 'https://github.com/a/b', props: {} };
const EDGE = { type: 'HAS_CODE', from: { label: 'Paper', id: 'paper:a' }, to: { label: 'Repo', id: 'https://github.com/a/b' }, key: '', props: { official: true } };

/** An export directory with these lines, and a manifest counting them (or the counts given). */
function exportDir(name: string, nodes: unknown[], edges: unknown[], counts = { nodes: nodes.length, edges: edges.length }): string {
  const dir = join(files.dir, name);
  mkdirSync(dir);
  const lines = (values: unknown[]) => gzipSync(values.map((value) => `${JSON.stringify(value)}\n`).join(''));
  writeFileSync(join(dir, GRAPH_NODES_FILE), lines(nodes));
  writeFileSync(join(dir, GRAPH_EDGES_FILE), lines(edges));
  const manifest = { format: EXPORT_FORMAT, version: EXPORT_VERSION, nodes: { Paper: counts.nodes }, edges: { HAS_CODE: counts.edges }, views: {} };
  writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  return dir;
}

describe('kg export records', () => {
  it('reads node and edge lines as the records they hold', () => {
    expect(nodeRecordOfLine(JSON.stringify(PAPER), fail)).toEqual(PAPER);
    expect(edgeRecordOfLine(JSON.stringify(EDGE), fail)).toEqual(EDGE);
  });

  it.each([
    [{ ...PAPER, label: 'Gadget' }, 'unknown node label "Gadget"'],
    [{ ...PAPER, id: '' }, 'node record without a text "id"'],
    [{ ...PAPER, extra: 1 }, '"extra" is not a field of a node record'],
    [{ ...PAPER, props: { title: { nested: true } } }, 'property "title" is not a text'],
    [{ ...PAPER, props: { mixed: ['a', 1] } }, 'property "mixed" is not a text'],
    [{ ...PAPER, aliases: [1] }, '"aliases" of Paper paper:a must be a list of texts'],
    [[PAPER], 'expected a JSON object'],
  ])('refuses the node line %j', (value, message) => {
    expect(() => nodeRecordOfLine(JSON.stringify(value), fail)).toThrow(message);
  });

  it.each([
    [{ ...EDGE, type: 'LIKES' }, 'unknown relationship type "LIKES"'],
    [{ ...EDGE, to: { label: 'Gadget', id: 'x' } }, '"to" has an unknown node label "Gadget"'],
    [{ ...EDGE, from: 'paper:a' }, '"from" must be an object {label, id}'],
    [{ ...EDGE, key: undefined }, 'edge record without a text "key"'],
    [{ ...EDGE, props: null }, '"props" must be an object'],
  ])('refuses the edge line %j', (value, message) => {
    expect(() => edgeRecordOfLine(JSON.stringify(value), fail)).toThrow(message);
  });
});

describe('the kg-export format', () => {
  it('is detected from the directory and from its manifest, and yields nodes before edges', async () => {
    const dir = exportDir('whole', [PAPER, REPO], [EDGE]);
    expect((await detectFormat(dir)).name).toBe('kg-export');
    expect((await detectFormat(join(dir, MANIFEST_FILE))).name).toBe('kg-export');
    const read = await collect(kgExportFormat.read(dir));
    expect(read.documents).toEqual([]);
    expect(read.nodes.map((node) => node.id)).toEqual(['paper:a', 'https://github.com/a/b']);
    expect(read.edges).toEqual([EDGE]);
  });

  it('refuses a file with fewer lines than the manifest says', async () => {
    const dir = exportDir('short', [PAPER], [EDGE], { nodes: 2, edges: 1 });
    const error = await inputError(() => collect(kgExportFormat.read(dir)));
    expect(error.message).toBe(`${join(dir, GRAPH_NODES_FILE)}:2: ends after 1 records; the manifest says the export wrote 2`);
  });

  it('skips and counts a bad line with --skip-invalid, still checking the count', async () => {
    const dir = exportDir('skip', [PAPER, { ...PAPER, label: 'Gadget' }, REPO], [EDGE]);
    const skipped: InputError[] = [];
    const read = await collect(kgExportFormat.read(dir, { onInvalid: (error) => skipped.push(error) }));
    expect(read.nodes.map((node) => node.id)).toEqual(['paper:a', REPO.id]);
    expect(read.edges).toEqual([EDGE]);
    expect(skipped.map((error) => error.message)).toEqual([`${join(dir, GRAPH_NODES_FILE)}:2: unknown node label "Gadget"`]);
  });

  it('refuses a relationship whose end is not a node of the export', async () => {
    const dir = exportDir('dangling', [PAPER], [EDGE]);
    const error = await inputError(() => collect(kgExportFormat.read(dir)));
    expect(error.message).toBe(`${join(dir, GRAPH_EDGES_FILE)}:1: "to" is Repo https://github.com/a/b, which ${GRAPH_NODES_FILE} does not hold`);
  });

  it('refuses a manifest of another version, naming it', async () => {
    const dir = exportDir('version', [PAPER], [EDGE]);
    writeFileSync(join(dir, MANIFEST_FILE), JSON.stringify({ format: EXPORT_FORMAT, version: 99, nodes: {}, edges: {} }));
    const error = await inputError(() => collect(kgExportFormat.read(dir)));
    expect(error.message).toBe(`${join(dir, MANIFEST_FILE)}:1: kg-export version 99; this kg reads version 1`);
  });

  it('refuses a directory without a manifest', async () => {
    const dir = join(files.dir, 'none');
    mkdirSync(dir);
    const error = await inputError(() => detectFormat(dir));
    expect(error.message).toMatch(/none:0: a directory, but not a kg export/);
  });
});
