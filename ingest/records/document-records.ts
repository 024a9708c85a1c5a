import type { PaperDocument } from '../document.js';
import { extractPaper } from '../extract/pipeline.js';
import type { GraphBatch } from '../../core/graph-records.js';
import type { CorpusResolver } from '../resolve/corpus-resolver.js';
import { paperRecords } from './paper-records.js';

/**
 * Everything one paper puts in the graph: its own records (the Paper node first, then its
 * repositories and HAS_CODE) and what text extraction finds in it, resolved across the corpus.
 * The one definition, wherever extraction runs (this thread or a worker).
 */
export function documentRecords(doc: PaperDocument, resolver: CorpusResolver): GraphBatch {
  const own = paperRecords(doc);
  const extracted = resolver.records(extractPaper(doc));
  return { nodes: [...own.nodes, ...extracted.nodes], edges: [...own.edges, ...extracted.edges] };
}
