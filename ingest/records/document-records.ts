import type { PaperDocument } from '../document.js';
import { extractPaper, type PaperExtraction } from '../extract/pipeline.js';
import type { GraphBatch } from '../../core/graph-records.js';
import type { CorpusResolver } from '../resolve/corpus-resolver.js';
import { paperRecords } from './paper-records.js';

/**
 * Everything one paper puts in the graph: its own records (the Paper node first, then its
 * repositories and HAS_CODE) and what text extraction finds in it, resolved across the corpus.
 * The one definition, wherever extraction runs (this thread or a worker); a worker passes the
 * extraction it made of the document in pass 1.
 */
export function documentRecords(doc: PaperDocument, resolver: CorpusResolver, extraction: PaperExtraction = extractPaper(doc)): GraphBatch {
  const own = paperRecords(doc);
  const extracted = resolver.records(extraction);
  return { nodes: [...own.nodes, ...extracted.nodes], edges: [...own.edges, ...extracted.edges] };
}
