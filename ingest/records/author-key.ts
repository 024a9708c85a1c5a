import type { AuthorIds, DocumentAuthor, PaperDocument } from '../document.js';
import { nodeType } from '../../core/node-types.js';
import { normalizeOrcid } from '../../core/orcid.js';
import { slug } from '../../core/slug.js';

/**
 * Which Author node an author of a paper is. Two people are never merged on their name alone
 * across venues, and two different identifiers never merge:
 *
 * 1. a stable identifier, the first of ORCID, ACL Anthology id, arXiv id, Papers with Code id:
 *    one node per identifier, across every source and venue (`author:orcid:0000-0002-1825-0097`);
 * 2. otherwise the normalised name within the paper's venue series (`author:venue:acl:wei-wang`):
 *    the same name at the same venue is taken for one person, the same name at another venue is
 *    another node, and a name-only author never merges with an identified one;
 * 3. a paper without a venue keeps its name-only authors to itself, by place in its byline
 *    (`author:paper:<paper>:3`), so two sources of the same paper that spell a name differently
 *    still give one third author; so does a paper listing one name twice (two people who share
 *    a name).
 *
 * `identifiedBy` says which rule made the node, so a reader can tell a name-scoped node from an
 * identified person.
 */
export type AuthorIdentity = keyof AuthorIds | 'name-in-venue' | 'name-in-paper';

export interface AuthorKey {
  id: string;
  identifiedBy: AuthorIdentity;
}

const PREFIX = nodeType('Author').keyPrefix;
const ID_ORDER = ['orcid', 'anthology', 'arxiv', 'pwc'] as const satisfies readonly (keyof AuthorIds)[];

function identifiedKey(ids: AuthorIds | undefined): AuthorKey | undefined {
  for (const kind of ID_ORDER) {
    const raw = ids?.[kind]?.trim();
    if (!raw) continue;
    const value = kind === 'orcid' ? normalizeOrcid(raw) : raw;
    // A malformed ORCID identifies no one: fall through to the next identifier.
    if (value) return { id: `${PREFIX}:${kind === 'anthology' ? 'acl' : kind}:${value.toLowerCase()}`, identifiedBy: kind };
  }
  return undefined;
}

/** The keys of a paper's authors, in their order. */
export function authorKeys(doc: Pick<PaperDocument, 'id' | 'venue'>, authors: readonly DocumentAuthor[]): AuthorKey[] {
  const paperSlug = doc.id.slice(doc.id.indexOf(':') + 1);
  const venueSlug = doc.venue ? slug(doc.venue.name) : '';
  const taken = new Set<string>();
  return authors.map((author) => {
    const identified = identifiedKey(author.ids);
    if (identified) return identified;
    const nameSlug = slug(author.name);
    const inVenue = `${PREFIX}:venue:${venueSlug}:${nameSlug}`;
    const key: AuthorKey =
      venueSlug && nameSlug && !taken.has(inVenue)
        ? { id: inVenue, identifiedBy: 'name-in-venue' }
        : { id: `${PREFIX}:paper:${paperSlug}:${author.position}`, identifiedBy: 'name-in-paper' };
    taken.add(inVenue);
    return key;
  });
}
