import { lookupLexicon } from '../extract/lexicon.js';
import { normalizeRepoUrl } from '../extract/repo-urls.js';
import type { NodeLabel, NodeRecord, Properties } from '../../core/graph-records.js';
import type { EntityLabel } from '../../core/labels.js';
import { entityId } from '../../core/entity-id.js';
import { paperId } from '../../core/paper-id.js';
import { slug } from '../../core/slug.js';
import { isCitationText } from './citation-text.js';

/**
 * The node records every Papers with Code dump shares (papers, repositories, named entities)
 * and their ids. One id scheme for all five dumps and the abstract extractor: `task:${slug}`,
 * `dataset:${slug}`, `benchmark:${slug}`, `metric:${slug}`, `method:${slug}`, `model:${slug}`,
 * papers by normalised title, repositories by normalised URL.
 */

export interface KnownName {
  label: NodeLabel;
  /** The lexicon's canonical name, which the text extractor also uses for ids. */
  name: string;
  aliases: string[];
}

/**
 * The lexicon's entry for a name when it has one of the expected labels: "SQuAD2.0" is
 * "SQuAD 2.0", "GPT4" is the Model "GPT-4". Using its canonical name makes the dump's node the
 * same node the abstract extractor creates for that name.
 */
export function knownName(name: string, labels: readonly NodeLabel[]): KnownName | undefined {
  const found = lookupLexicon(name);
  if (!found || !(labels as readonly string[]).includes(found.label)) return undefined;
  // Same id either way: keep the dump's spelling ("Dropout") over the lexicon's ("dropout").
  return { ...(found as KnownName), name: slug(found.name) === slug(name) ? name : found.name };
}

/**
 * A named entity node (Task, Dataset, Benchmark, Metric, Method, Model), id as the text
 * extractor makes it (entityId); undefined for a blank name.
 */
export function namedNode(
  label: EntityLabel,
  name: string,
  source: string,
  props: Properties = {},
  aliases: string[] = [],
): NodeRecord | undefined {
  if (name.trim() === '') return undefined;
  const id = entityId(label, name);
  const names = [...new Set([name, ...aliases.map((alias) => alias.trim()).filter(Boolean)])];
  return { label, id, props: sparse({ name, ...props }), aliases: names, sources: [source] };
}

/**
 * Empty lists become null, which the loader skips: a dump that lists no authors for a paper
 * must not erase the authors another source gave.
 */
function sparse(props: Properties): Properties {
  return Object.fromEntries(
    Object.entries(props).map(([key, value]) => [key, Array.isArray(value) && value.length === 0 ? null : value]),
  );
}

export interface PaperFields {
  title?: string;
  url?: string;
  arxivId?: string;
  publishedAt?: string;
  props?: Properties;
}

/**
 * A Paper node, id from the title as everywhere. Without a real title there is no paper id:
 * some leaderboard rows put the paper's URL in the title field, and a URL is not a title.
 */
export function paperNode(fields: PaperFields, source: string): NodeRecord | undefined {
  const title = paperTitle(fields.title);
  if (!title) return undefined;
  const id = paperId(title);
  if (id === 'paper:') return undefined;
  const arxivId = fields.arxivId ?? arxivIdFromUrl(fields.url);
  // A Papers with Code page is where the dump lists the paper, not where the paper is.
  const pwcPage = fields.url && /^https?:\/\/(?:www\.)?paperswithcode\.com\//i.test(fields.url);
  return {
    label: 'Paper',
    id,
    props: sparse({
      title,
      url: pwcPage ? null : (fields.url ?? null),
      arxivId: arxivId ?? null,
      publishedAt: isoDate(fields.publishedAt) ?? null,
      ...(pwcPage ? { pwcUrl: fields.url! } : {}),
      ...fields.props,
    }),
    sources: [source],
  };
}

/**
 * A Paper known only by its arXiv id: a leaderboard row that cites its paper ("Liu et al. '19")
 * but links it on arXiv names the paper all the same. Without a title there is no title key, so
 * the key is the arXiv id's (`paper:arxiv-1901-11504`); the node has no title, so lists sort it
 * after titled papers. A source giving the same paper's title makes another node: there is no
 * merge by arXiv id.
 */
export function arxivPaperNode(url: string | undefined, publishedAt: string | undefined, source: string): NodeRecord | undefined {
  const arxivId = arxivIdFromUrl(url);
  if (!arxivId) return undefined;
  return {
    label: 'Paper',
    id: `${paperId('arxiv')}-${slug(arxivId)}`,
    props: sparse({ url: url ?? null, arxivId, publishedAt: isoDate(publishedAt) ?? null }),
    sources: [source],
  };
}

/** The title as a paper would print it: footnote marks dropped; URLs and citations ("[10]", "Liu et al. '19") rejected. */
export function paperTitle(raw: string | undefined): string | undefined {
  const title = raw?.replace(/[\s*†‡]+$/u, '').replace(/\s+/g, ' ').trim();
  if (!title || /^(?:https?:\/\/|www\.)\S*$/i.test(title) || isCitationText(title)) return undefined;
  return title;
}

/** A Repo node for a code URL; undefined when the URL names no repository (project pages, PDFs). */
export function repoNode(url: string | undefined, source: string): NodeRecord | undefined {
  const repo = url ? normalizeRepoUrl(url) : undefined;
  if (!repo) return undefined;
  return {
    label: 'Repo',
    id: repo.id,
    props: { name: repo.name, url: repo.url, host: repo.host, owner: repo.owner },
    sources: [source],
  };
}

// New-style (2101.00001) and old-style (hep-th/9901001, cs.CL/0101001) ids, without version.
const ARXIV_URL = /arxiv\.org\/(?:abs|pdf|html)\/((?:\d{4}\.\d{4,5})|(?:[a-z-]+(?:\.[a-z]{2})?\/\d{7}))(?:v\d+)?(?:\.pdf)?/i;

export function arxivIdFromUrl(url: string | undefined): string | undefined {
  return url ? ARXIV_URL.exec(url)?.[1] : undefined;
}

/** An arXiv id as dumps write it ("1810.04805", "1810.04805v2", "arXiv:1810.04805"), without version. */
export function normalizeArxivId(raw: string | undefined): string | undefined {
  const match = raw?.trim().match(/^(?:arxiv:)?(\d{4}\.\d{4,5}|[a-z-]+(?:\.[a-z]{2})?\/\d{7})(?:v\d+)?$/i);
  return match?.[1];
}

/** YYYY-MM-DD, YYYY-MM or YYYY from the start of a date text; undefined for anything else. */
export function isoDate(raw: string | undefined): string | undefined {
  return raw?.trim().match(/^\d{4}(?:-\d{2}(?:-\d{2})?)?(?=$|[T\s])/)?.[0];
}
