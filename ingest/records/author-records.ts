import type { PaperDocument } from '../document.js';
import type { EdgeRecord, GraphBatch, NodeRecord } from '../../core/graph-records.js';
import { nodeType } from '../../core/node-types.js';
import { slug } from '../../core/slug.js';
import { normalizeOrcid } from '../../core/orcid.js';
import { authorKeys } from './author-key.js';

/**
 * The Author and Venue nodes of a document and its (Paper)-[:AUTHORED_BY {position}]->(Author)
 * and (Paper)-[:PUBLISHED_IN {year}]->(Venue) edges.
 */
export function authorAndVenueRecords(doc: PaperDocument): GraphBatch {
  const nodes: NodeRecord[] = [];
  const edges: EdgeRecord[] = [];
  const paper = { label: 'Paper', id: doc.id } as const;
  const authors = doc.authors ?? [];
  for (const [i, key] of authorKeys(doc, authors).entries()) {
    const author = authors[i]!;
    const orcid = author.ids?.orcid ? normalizeOrcid(author.ids.orcid) : undefined;
    nodes.push({
      label: 'Author',
      id: key.id,
      props: {
        name: author.name,
        orcid: orcid ?? null,
        anthologyId: author.ids?.anthology ?? null,
        identifiedBy: key.identifiedBy,
      },
      sources: [doc.source],
    });
    // The name as this paper prints it: an identified person may be spelt differently elsewhere.
    edges.push({ type: 'AUTHORED_BY', from: paper, to: { label: 'Author', id: key.id }, key: '', props: { position: author.position, name: author.name, source: doc.source } });
  }
  const venueSlug = doc.venue ? slug(doc.venue.name) : '';
  if (doc.venue && venueSlug) {
    const id = `${nodeType('Venue').keyPrefix}:${venueSlug}`;
    nodes.push({ label: 'Venue', id, props: { name: doc.venue.name }, sources: [doc.source] });
    edges.push({ type: 'PUBLISHED_IN', from: paper, to: { label: 'Venue', id }, key: '', props: { year: doc.venue.year ?? null, source: doc.source } });
  }
  return { nodes, edges };
}

/** The paper's year: its venue's, else that of its date. */
export function paperYear(doc: PaperDocument): number | null {
  if (doc.venue?.year) return doc.venue.year;
  const year = doc.publishedAt ? Number(doc.publishedAt.slice(0, 4)) : NaN;
  return Number.isInteger(year) ? year : null;
}
