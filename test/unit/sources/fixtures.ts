import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import type { EdgeRecord, NodeRecord } from '../../../core/graph-records.js';
import type { PaperDocument } from '../../../ingest/document.js';
import type { SourceItem } from '../../../ingest/sources/source-format.js';

export const FIXTURES = fileURLToPath(new URL('../../fixtures/pwc/', import.meta.url));
export const fixture = (name: string): string => join(FIXTURES, name);

/** A scratch directory for generated inputs (gzip copies, broken files). */
export function scratch(): { dir: string; write(name: string, content: string | Buffer): string; gzip(file: string): string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), 'pwc-sources-'));
  return {
    dir,
    write(name, content) {
      const file = join(dir, name);
      writeFileSync(file, content);
      return file;
    },
    gzip(file) {
      const target = join(dir, `${basename(file)}.gz`);
      writeFileSync(target, gzipSync(readFileSync(file)));
      return target;
    },
    remove() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface Collected {
  documents: PaperDocument[];
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  batches: number;
  /** Records left out on purpose: what, and where. */
  passedOver: Array<{ what: string; record: number }>;
}

export async function collect(items: AsyncIterable<SourceItem>): Promise<Collected> {
  const collected: Collected = { documents: [], nodes: [], edges: [], batches: 0, passedOver: [] };
  for await (const item of items) {
    if (item.kind === 'document') collected.documents.push(item.document);
    else if (item.kind === 'passed-over') collected.passedOver.push({ what: item.what, record: item.record });
    else {
      collected.batches += 1;
      collected.nodes.push(...item.batch.nodes);
      collected.edges.push(...item.batch.edges);
    }
  }
  return collected;
}

/** Distinct edges as the loader would MERGE them (type, endpoints, key). */
export function distinctEdges(edges: EdgeRecord[]): Map<string, EdgeRecord> {
  const byKey = new Map<string, EdgeRecord>();
  for (const edge of edges) byKey.set(`${edge.type}|${edge.from.id}|${edge.to.id}|${edge.key}`, edge);
  return byKey;
}

export function nodeById(nodes: NodeRecord[], id: string): NodeRecord | undefined {
  return nodes.find((node) => node.id === id);
}

/** Where an InputError points and what it says, for assertions. */
export async function inputError(run: () => Promise<unknown>): Promise<{ file: string; line: number; message: string }> {
  try {
    await run();
  } catch (error) {
    const { location, message } = error as { location?: { file: string; line: number }; message: string };
    if ((error as Error).name !== 'InputError' || !location) throw error;
    return { file: location.file, line: location.line, message };
  }
  throw new Error('expected an InputError');
}
