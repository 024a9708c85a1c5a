import type { PaperDocument } from '../document.js';
import { CorpusResolver, type ObservedPaper } from '../resolve/corpus-resolver.js';
import type { Extraction } from './extraction.js';
import { OrderedChunks } from './ordered-chunks.js';

/**
 * Pass 1 of the loop: documents in chunks to extraction, the results learned by one resolver
 * in document order (so the alias table, and every id, is the same wherever extraction ran).
 * Where extraction runs is chosen once enough papers have been read to know it pays
 * (OrderedChunks holds the chunks until then, or until the end, for a small input).
 */
export class ObservePass {
  /** Until finish(): then it belongs to the extraction (workers keep a copy, and this one can go). */
  private resolver: CorpusResolver | undefined = new CorpusResolver();
  private readonly chunks: OrderedChunks<Extraction, ObservedPaper[]>;

  constructor(
    /** The extraction for an input of at least this many papers. */
    choose: (papers: number) => Extraction,
    /** Papers from which the choice is made without waiting for the end. */
    chooseAt: number,
    /** Chunks in flight at most. */
    window: number,
  ) {
    this.chunks = new OrderedChunks(choose, (extraction, docs) => extraction.observe(docs), chooseAt, window, (observed) => this.learn(observed));
  }

  get papers(): number {
    return this.chunks.papers;
  }

  add(doc: PaperDocument): Promise<void> {
    return this.chunks.add(doc);
  }

  /** Learns the last chunks and hands the finished table to extraction for pass 2. */
  async finish(): Promise<Extraction> {
    await this.chunks.finish();
    const extraction = this.chunks.chosen;
    if (!extraction) throw new Error('pass 1 finished without choosing where extraction runs');
    extraction.resolveWith(this.table());
    // Pass 2 on workers never reads it, and every collection of this thread would scan it (200k papers: 70 MB less at peak).
    this.resolver = undefined;
    return extraction;
  }

  async close(): Promise<void> {
    await this.chunks.chosen?.close();
  }

  private learn(observed: readonly ObservedPaper[]): void {
    const table = this.table();
    for (const paper of observed) table.add(paper);
  }

  private table(): CorpusResolver {
    if (!this.resolver) throw new Error('pass 1 learns nothing after finish()');
    return this.resolver;
  }
}
