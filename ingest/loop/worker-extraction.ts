import { availableParallelism } from 'node:os';
import { MessageChannel, Worker, type MessagePort } from 'node:worker_threads';
import type { PaperDocument } from '../document.js';
import type { GraphBatch } from '../../core/graph-records.js';
import type { CorpusResolver, ObservedPaper } from '../resolve/corpus-resolver.js';
import { ExtractionSpill } from './extraction-spill.js';
import type { Extraction } from './extraction.js';
import { serializedValues, type ChunkValues } from './serialized-chunk.js';
import type { WorkerReply, WorkerRequest } from './extraction-worker.js';

/**
 * Text extraction on worker threads. Extraction is pure, so chunks of documents go to the
 * workers round robin; corpus resolution stays with the loop, which learns pass-1 results in
 * document order, so ids are exactly those of extraction on one thread (first claim wins, and
 * claims arrive in the same order). Pass 1's extractions wait on disk (ExtractionSpill), and
 * pass 2 resolves them on the workers against a snapshot of the finished alias table.
 */

interface PoolWorker {
  worker: Worker;
  port: MessagePort;
}

interface Waiter {
  resolve: (reply: WorkerReply) => void;
  reject: (error: Error) => void;
}

export class WorkerExtraction implements Extraction {
  private pool: PoolWorker[];
  /** Workers let go after pass 1: their exit is expected. */
  private readonly retired = new Set<Worker>();
  private readonly waiting = new Map<number, Waiter>();
  private nextChunk = 0;
  /** Pass-1 chunks sent: their extractions go to the spill in this order. */
  private observed = 0;
  private spill: ExtractionSpill | undefined;
  private closing = false;
  private failure: Error | undefined;

  constructor(
    readonly workers = observeWorkers(),
    /** Workers kept for pass 2 (at most `workers`); the others stop once pass 1 is done. */
    private readonly recordWorkers = workers,
  ) {
    this.pool = Array.from({ length: Math.max(1, workers) }, () => startWorker());
    for (const { worker, port } of this.pool) {
      port.on('message', (reply: WorkerReply) => this.accept(reply));
      worker.on('error', (error) => this.fail(error));
      // A worker that dies without an error (out of memory) would otherwise leave its chunks unanswered.
      worker.on('exit', (code) => {
        if (!this.closing && !this.retired.has(worker)) this.fail(new Error(`an extraction worker exited (code ${code}); run with --workers 0 to see why`));
      });
    }
  }

  async observe(docs: PaperDocument[]): Promise<ObservedPaper[]> {
    const seq = this.observed++;
    const spill = (this.spill ??= new ExtractionSpill());
    const reply = await this.send({ kind: 'observe', docs });
    if (reply.kind !== 'observe') throw new Error(`extraction worker answered ${reply.kind} to observe`);
    spill.put(seq, reply.spilled);
    return reply.observed;
  }

  /**
   * Sends every worker kept for pass 2 the finished table (each holds a copy, so fewer
   * workers, less memory); this thread's resolver is not needed after. Every pass-1 chunk
   * has been answered by now, so the workers let go have nothing left to do.
   */
  resolveWith(resolver: CorpusResolver): void {
    const kept = Math.max(1, Math.min(this.recordWorkers, this.pool.length));
    for (const { worker, port } of this.pool.splice(kept)) {
      this.retired.add(worker);
      port.close();
      void worker.terminate();
    }
    const snapshot = resolver.snapshot();
    for (const { port } of this.pool) port.postMessage({ kind: 'resolver', snapshot } satisfies WorkerRequest);
  }

  async records(docs: PaperDocument[]): Promise<ChunkValues<GraphBatch>> {
    // Taken now, in call order: pass 2 asks for its chunks in document order.
    if (!this.spill) throw new Error('records() before observe(): pass 2 needs pass 1\'s extractions');
    const spilled = this.spill.take(docs.length);
    const reply = await this.send({ kind: 'records', docs, spilled });
    if (reply.kind !== 'records') throw new Error(`extraction worker answered ${reply.kind} to records`);
    return serializedValues<GraphBatch>(reply.batches);
  }

  /** kg extract: the chunk's gold-shaped JSON Lines (no alias table: a record is its paper's extraction). */
  async goldLines(docs: PaperDocument[]): Promise<string> {
    const reply = await this.send({ kind: 'gold', docs });
    if (reply.kind !== 'gold') throw new Error(`extraction worker answered ${reply.kind} to gold`);
    return reply.lines;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.pool.map(({ worker, port }) => (port.close(), worker.terminate())));
    this.spill?.close();
  }

  private send(request: DistributiveOmit<Exclude<WorkerRequest, { kind: 'resolver' }>, 'chunk'>): Promise<WorkerReply> {
    if (this.failure) return Promise.reject(this.failure);
    const chunk = this.nextChunk++;
    const { port } = this.pool[chunk % this.pool.length]!;
    return new Promise((resolve, reject) => {
      this.waiting.set(chunk, { resolve, reject });
      port.postMessage({ ...request, chunk } satisfies WorkerRequest);
    });
  }

  private accept(reply: WorkerReply): void {
    const waiter = this.waiting.get(reply.chunk);
    if (!waiter) return;
    this.waiting.delete(reply.chunk);
    if (reply.kind === 'error') waiter.reject(new Error(`extraction worker failed: ${reply.message}`));
    else waiter.resolve(reply);
  }

  private fail(error: Error): void {
    this.failure ??= error;
    for (const waiter of this.waiting.values()) waiter.reject(error);
    this.waiting.clear();
  }
}

/**
 * Pass 2: one worker per core but one: the loop's own thread merges and writes, and Neo4j may
 * share the machine. On 2 shared cores, 5,000 papers ingested transactionally in 35-37 s with
 * 1 worker and 46-49 s with 2 in both passes (46 s with none).
 */
export function defaultWorkers(): number {
  return Math.max(1, availableParallelism() - 1);
}

/**
 * Pass 1: one worker per core. Nothing is written until it ends, so Neo4j is idle, and the
 * loop's own thread mostly waits for extraction (at 100k papers, 8 s of its CPU in a pass of
 * 27 s). Quiet machine, 100k generated papers, CSV only: pass 1 22.6 s with 2 workers against
 * 26.6 s with 1.
 */
export function observeWorkers(): number {
  return Math.max(1, availableParallelism());
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function startWorker(): PoolWorker {
  const { port1, port2 } = new MessageChannel();
  const options = { workerData: { port: port2 }, transferList: [port2] };
  const worker = import.meta.url.endsWith('.ts')
    ? // Under tsx the sources run as .ts, and tsx's loader does not follow into workers: register it there first.
      new Worker(
        `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(new URL('./extraction-worker.ts', import.meta.url).href)}); })`,
        { ...options, eval: true },
      )
    : new Worker(new URL('./extraction-worker.js', import.meta.url), options);
  // Idle workers must not keep a finished ingest alive.
  worker.unref();
  port1.unref();
  return { worker, port: port1 };
}
