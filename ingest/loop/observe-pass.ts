import type { PaperDocument } from '../document.js';
import { CorpusResolver, type ObservedPaper } from '../resolve/corpus-resolver.js';
import { CHUNK_DOCS, type Extraction } from './extraction.js';
import { handledLater } from './handled-later.js';

/**
 * Pass 1 of the loop: documents in chunks to extraction, the results learned by one resolver
 * in document order (so the alias table, and every id, is the same wherever extraction ran).
 * Where extraction runs is chosen once enough papers have been read to know it pays: chunks
 * are held until then (or until the end, for a small input).
 */
export class ObservePass {
  /** Until finish(): then it belongs to the extraction (workers keep a copy, and this one can go). */
  private resolver: CorpusResolver | undefined = new CorpusResolver();
  papers = 0;
  private extraction: Extraction | undefined;
  private chunk: PaperDocument[] = [];
  private held: PaperDocument[][] = [];
  private readonly observing: Array<Promise<ObservedPaper[]>> = [];

  constructor(
    /** The extraction for an input of at least this many papers. */
    private readonly choose: (papers: number) => Extraction,
    /** Papers from which the choice is made without waiting for the end. */
    private readonly chooseAt: number,
    /** Chunks in flight at most. */
    private readonly window: number,
  ) {}

  async add(doc: PaperDocument): Promise<void> {
    this.papers += 1;
    this.chunk.push(doc);
    if (this.chunk.length >= CHUNK_DOCS) await this.send(this.takeChunk());
  }

  /** Learns the last chunks and hands the finished table to extraction for pass 2. */
  async finish(): Promise<Extraction> {
    if (this.chunk.length > 0) await this.send(this.takeChunk());
    const extraction = this.extraction ?? this.start();
    for (const pending of this.observing.splice(0)) this.learn(await pending);
    extraction.resolveWith(this.table());
    // Pass 2 on workers never reads it, and every collection of this thread would scan it (200k papers: 70 MB less at peak).
    this.resolver = undefined;
    return extraction;
  }

  async close(): Promise<void> {
    await this.extraction?.close();
  }

  private async send(docs: PaperDocument[]): Promise<void> {
    if (this.extraction) this.observing.push(handledLater(this.extraction.observe(docs)));
    else {
      this.held.push(docs);
      if (this.papers < this.chooseAt) return;
      this.start();
    }
    while (this.observing.length > this.window) this.learn(await this.observing.shift()!);
  }

  private start(): Extraction {
    const extraction = this.choose(this.papers);
    this.extraction = extraction;
    for (const docs of this.held.splice(0)) this.observing.push(handledLater(extraction.observe(docs)));
    return extraction;
  }

  private learn(observed: readonly ObservedPaper[]): void {
    const table = this.table();
    for (const paper of observed) table.add(paper);
  }

  private table(): CorpusResolver {
    if (!this.resolver) throw new Error('pass 1 learns nothing after finish()');
    return this.resolver;
  }

  private takeChunk(): PaperDocument[] {
    const docs = this.chunk;
    this.chunk = [];
    return docs;
  }
}
