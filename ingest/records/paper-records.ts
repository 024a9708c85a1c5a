import type { PaperDocument } from '../document.js';
import type { ExtractorName } from '../extract/extractor-names.js';
import { findRepoMentions } from '../extract/repo-urls.js';
import { sentenceAt, splitSentences } from '../extract/sentences.js';
import type { EdgeRecord, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { authorAndVenueRecords, paperYear } from './author-records.js';

/**
 * The Paper node of a document, the repositories its abstract links to, and the HAS_CODE
 * edges with the sentence each link was found in; its authors and venue (author-records.ts).
 */
export function paperRecords(doc: PaperDocument): GraphBatch {
  const paper: NodeRecord = {
    label: 'Paper',
    id: doc.id,
    props: {
      ...doc.properties,
      title: doc.title,
      abstract: doc.abstract,
      arxivId: doc.arxivId ?? null,
      url: doc.url ?? null,
      publishedAt: doc.publishedAt ?? null,
      year: paperYear(doc),
    },
    sources: [doc.source],
  };
  const byline = authorAndVenueRecords(doc);
  const nodes: NodeRecord[] = [paper, ...byline.nodes];
  const edges: EdgeRecord[] = [...byline.edges];
  const mentions = findRepoMentions(doc.abstract);
  const sentences = mentions.length > 0 ? splitSentences(doc.abstract) : [];
  for (const mention of mentions) {
    const { repo } = mention;
    nodes.push({
      label: 'Repo',
      id: repo.id,
      props: { name: repo.name, url: repo.url, host: repo.host, owner: repo.owner },
      sources: [doc.source],
    });
    edges.push({
      type: 'HAS_CODE',
      from: { label: 'Paper', id: doc.id },
      to: { label: 'Repo', id: repo.id },
      key: '',
      props: {
        evidence: sentenceAt(sentences, mention.start)?.text ?? null,
        extractor: 'repo-urls' satisfies ExtractorName,
        confidence: 0.99,
        written: mention.written,
      },
    });
  }
  return { nodes, edges };
}
