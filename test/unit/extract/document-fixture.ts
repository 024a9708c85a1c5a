import type { PaperDocument } from '../../../ingest/document.js';

/** A paper as a source would yield it, for extraction tests. */
export function doc(title: string, abstract: string): PaperDocument {
  return { id: `paper:${title.toLowerCase().replace(/\W+/g, '-')}`, title, abstract, source: 'test', location: { file: 't', line: 1 } };
}
