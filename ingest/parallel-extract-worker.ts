import { parentPort, workerData } from 'node:worker_threads';
import type { MessagePort } from 'node:worker_threads';
import type { PaperDocument } from './document.js';
import { extractPaper } from './extract/pipeline.js';
import type { GraphBatch } from '../core/graph-records.js';
import { paperRecords } from './records/paper-records.js';
import { CorpusResolver, type ResolvedEntity } from './resolve/corpus-resolver.js';

/**
 * One extraction worker (see parallel-extract.ts). Pass 1 returns only what corpus resolution
 * learns from (entities and tasks), so little crosses the thread boundary; pass 2 resolves
 * against a copy of the main thread's finished alias table and returns graph records.
 */

export type WorkerRequest =
  | { kind: 'observe'; chunk: number; docs: PaperDocument[] }
  | { kind: 'records'; chunk: number; docs: PaperDocument[] }
  | { kind: 'table'; table: Map<string, ResolvedEntity> };

export type WorkerReply =
  | { kind: 'observe'; chunk: number; observed: ObservedPaper[] }
  | { kind: 'records'; chunk: number; batches: GraphBatch[] }
  | { kind: 'error'; chunk: number; message: string };

/** The part of an extraction CorpusResolver.add reads. */
export type ObservedPaper = Pick<ReturnType<typeof extractPaper>, 'entities' | 'tasks'>;

const { port, signal } = workerData as { port: MessagePort; signal: SharedArrayBuffer };
const signalView = new Int32Array(signal);
let resolver = new CorpusResolver();

port.on('message', (request: WorkerRequest) => {
  if (request.kind === 'table') {
    resolver = resolverWithTable(request.table);
    return;
  }
  let reply: WorkerReply;
  try {
    reply =
      request.kind === 'observe'
        ? { kind: 'observe', chunk: request.chunk, observed: request.docs.map(observe) }
        : { kind: 'records', chunk: request.chunk, batches: request.docs.map(records) };
  } catch (error) {
    reply = { kind: 'error', chunk: request.chunk, message: (error as Error).stack ?? String(error) };
  }
  port.postMessage(reply);
  // Wakes a main thread that waits synchronously (Atomics.wait) for this reply.
  Atomics.add(signalView, 0, 1);
  Atomics.notify(signalView, 0);
});
parentPort?.postMessage('ready');

function observe(doc: PaperDocument): ObservedPaper {
  const { entities, tasks } = extractPaper(doc);
  return { entities, tasks };
}

/** What documentProcessor().records gives: the paper's own records plus the resolved extraction. */
function records(doc: PaperDocument): GraphBatch {
  const own = paperRecords(doc);
  const extracted = resolver.records(extractPaper(doc));
  return { nodes: [...own.nodes, ...extracted.nodes], edges: [...own.edges, ...extracted.edges] };
}

/**
 * A resolver whose alias table is the main thread's after pass 1. CorpusResolver keeps the
 * table private and offers no import, so this fills the field in place; the check below fails
 * loudly if the class changes shape (proposal: a public snapshot()/fromSnapshot() pair).
 */
function resolverWithTable(table: Map<string, ResolvedEntity>): CorpusResolver {
  const fresh = new CorpusResolver();
  const own = (fresh as unknown as { table?: unknown }).table;
  if (!(own instanceof Map)) throw new Error('CorpusResolver no longer keeps its alias table in `table`; update parallel-extract-worker.ts');
  for (const [key, value] of table) own.set(key, value);
  return fresh;
}
