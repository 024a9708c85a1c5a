import type { PaperDocument } from '../document.js';
import { CHUNK_DOCS } from './extraction.js';
import { handledLater } from './handled-later.js';

/**
 * Documents in chunks to an extraction (`Runner`: on this thread or on workers) chosen once
 * enough papers have been read to know where it pays to run (chunks are held until then, or
 * until the end of a small input); each chunk's result is consumed in document order, with at
 * most `window` chunks in flight. The ingest loop's pass 1 and kg extract both read this way,
 * so what they produce never depends on where extraction ran.
 */
export class OrderedChunks<Runner, Result> {
  papers = 0;
  private runner: Runner | undefined;
  private chunk: PaperDocument[] = [];
  private held: PaperDocument[][] = [];
  private readonly pending: Array<Promise<Result>> = [];

  constructor(
    /** The runner for an input of at least this many papers (called once). */
    private readonly choose: (papers: number) => Runner,
    private readonly runChunk: (runner: Runner, docs: PaperDocument[]) => Promise<Result>,
    /** Papers from which the choice is made without waiting for the end. */
    private readonly chooseAt: number,
    /** Chunks in flight at most. */
    private readonly window: number,
    private readonly consume: (result: Result) => void | Promise<void>,
    /** Documents per chunk. */
    private readonly chunkDocs: number = CHUNK_DOCS,
  ) {}

  /** The runner chosen, once it is. */
  get chosen(): Runner | undefined {
    return this.runner;
  }

  async add(doc: PaperDocument): Promise<void> {
    this.papers += 1;
    this.chunk.push(doc);
    if (this.chunk.length >= this.chunkDocs) await this.send(this.takeChunk());
  }

  /** Sends the last chunk, chooses the runner if the input ended before, and consumes every result. */
  async finish(): Promise<void> {
    if (this.chunk.length > 0) await this.send(this.takeChunk());
    if (!this.runner) this.start();
    for (const result of this.pending.splice(0)) await this.consume(await result);
  }

  private async send(docs: PaperDocument[]): Promise<void> {
    if (this.runner) this.pending.push(handledLater(this.runChunk(this.runner, docs)));
    else {
      this.held.push(docs);
      if (this.papers < this.chooseAt) return;
      this.start();
    }
    while (this.pending.length > this.window) await this.consume(await this.pending.shift()!);
  }

  private start(): void {
    const runner = this.choose(this.papers);
    this.runner = runner;
    for (const docs of this.held.splice(0)) this.pending.push(handledLater(this.runChunk(runner, docs)));
  }

  private takeChunk(): PaperDocument[] {
    const docs = this.chunk;
    this.chunk = [];
    return docs;
  }
}
