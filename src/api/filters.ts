import type { Database } from '../db/database.js';
import { countNodes, listNodes, type NodeFilter, type NodeOrderField } from '../graph/node-lists.js';
import { TARGET_LABELS, type NodeLabel } from '../../core/labels.js';
import { nodeType } from '../../core/node-types.js';
import { slug } from '../../core/slug.js';
import { normalizeOrcid } from '../../core/orcid.js';
import { builder } from './builder.js';
import { EntityOrderFieldEnum, OrderDirectionEnum, PaperOrderFieldEnum, RepoOrderFieldEnum } from './enums.js';
import { keyFromId } from './ids.js';
import { resolveNodeInput } from './node-input.js';
import { connectionFrom, pageFor, type PageArgs } from './pagination.js';
import type { SchemaTypes } from './schema-types.js';

/** `where` and `orderBy` inputs of the root plurals, and the one resolver behind all of them. */

const yearFields = (t: PothosSchemaTypes.InputFieldBuilder<SchemaTypes, 'InputObject'>) => ({
  yearFrom: t.int({ required: false, description: 'Only with a linked paper published in or after this year (papers: published in or after).' }),
  yearTo: t.int({ required: false, description: 'Only with a linked paper published in or before this year (papers: published in or before).' }),
});

export const EntityWhere = builder.inputType('EntityWhere', {
  description: 'Filters for methods, models, datasets, benchmarks, tasks and metrics; all given must hold.',
  fields: (t) => ({
    nameContains: t.string({ required: false, description: 'Name, full name or an alias contains this text (case-insensitive).' }),
    hasCode: t.boolean({ required: false, description: 'Has (true) or lacks (false) code: a repository implementing it or linked from a paper proposing it.' }),
    proposedBy: t.string({ required: false, description: 'Proposed by this paper (global id or key).' }),
    evaluatedOn: t.string({ required: false, description: 'Methods and models only: evaluated on this benchmark or dataset (global id, key or name).' }),
    ...yearFields(t),
  }),
});

export const PaperWhere = builder.inputType('PaperWhere', {
  description: 'Filters for papers; all given must hold.',
  fields: (t) => ({
    titleContains: t.string({ required: false, description: 'Title contains this text (case-insensitive).' }),
    hasCode: t.boolean({ required: false, description: 'Links to (true) or lacks (false) a code repository.' }),
    evaluatesOn: t.string({ required: false, description: 'Reports results on this benchmark or dataset (global id, key or name).' }),
    author: t.string({ required: false, description: 'Written by this author (global id, key or ORCID iD).' }),
    venue: t.string({ required: false, description: 'Published at this venue (global id, key or name, e.g. "ACL").' }),
    ...yearFields(t),
  }),
});

export const AuthorWhere = builder.inputType('AuthorWhere', {
  description: 'Filters for authors.',
  fields: (t) => ({
    nameContains: t.string({ required: false, description: 'Name contains this text (case-insensitive).' }),
  }),
});

export const VenueWhere = builder.inputType('VenueWhere', {
  description: 'Filters for venues.',
  fields: (t) => ({
    nameContains: t.string({ required: false, description: 'Name contains this text (case-insensitive).' }),
  }),
});

export const RepoWhere = builder.inputType('RepoWhere', {
  description: 'Filters for repositories.',
  fields: (t) => ({
    urlContains: t.string({ required: false, description: 'URL contains this text (case-insensitive).' }),
    ...yearFields(t),
  }),
});

type OrderFieldEnum = typeof EntityOrderFieldEnum | typeof PaperOrderFieldEnum | typeof RepoOrderFieldEnum;

function orderInput(name: string, description: string, fieldEnum: OrderFieldEnum) {
  return builder.inputType(name, {
    description,
    fields: (t) => ({
      field: t.field({ type: fieldEnum, required: true, description: 'What to sort by.' }),
      direction: t.field({ type: OrderDirectionEnum, required: false, defaultValue: 'ASC', description: 'Sort direction (default ASC).' }),
    }),
  });
}

export const EntityOrder = orderInput('EntityOrder', 'Sort order of named entities.', EntityOrderFieldEnum);
export const PaperOrder = orderInput('PaperOrder', 'Sort order of papers.', PaperOrderFieldEnum);
export const RepoOrder = orderInput('RepoOrder', 'Sort order of repositories.', RepoOrderFieldEnum);

interface WhereInput {
  nameContains?: string | null;
  titleContains?: string | null;
  urlContains?: string | null;
  hasCode?: boolean | null;
  proposedBy?: string | null;
  evaluatedOn?: string | null;
  evaluatesOn?: string | null;
  author?: string | null;
  venue?: string | null;
  yearFrom?: number | null;
  yearTo?: number | null;
}

interface OrderInput {
  field: NodeOrderField;
  direction?: 'ASC' | 'DESC' | null;
}

/** One page of a label's nodes for a root plural, filters resolved to keys first. */
export async function nodeListConnection<L extends NodeLabel>(
  db: Database,
  label: L,
  where: WhereInput | null | undefined,
  orderBy: OrderInput | null | undefined,
  args: PageArgs,
) {
  const page = pageFor(args);
  const filter = await toFilter(db, where ?? {});
  const order = { field: orderBy?.field ?? 'NAME', descending: orderBy?.direction === 'DESC' };
  const [rows, total] = await Promise.all([listNodes(db, label, filter, order, page.offset, page.limit), countNodes(db, label, filter)]);
  return connectionFrom(rows, page, total);
}

async function toFilter(db: Database, where: WhereInput): Promise<NodeFilter> {
  const target = where.evaluatedOn ?? where.evaluatesOn;
  const proposer = where.proposedBy ? await resolveNodeInput(db, where.proposedBy, ['Paper']) : null;
  const resolvedTarget = target ? await resolveNodeInput(db, target, TARGET_LABELS) : null;
  return {
    nameContains: where.nameContains ?? where.titleContains ?? where.urlContains ?? null,
    hasCode: where.hasCode ?? null,
    // An input that names nothing keeps its text as key: it matches nothing, as it should.
    proposedBy: where.proposedBy ? (proposer?.id ?? where.proposedBy) : null,
    evaluatedOn: target ? (resolvedTarget?.id ?? target) : null,
    authoredBy: where.author ? authorKey(where.author) : null,
    publishedIn: where.venue ? venueKey(where.venue) : null,
    yearFrom: where.yearFrom ?? null,
    yearTo: where.yearTo ?? null,
  };
}

/** The key an author input names: a global id or key as it is, an ORCID iD as its author key. */
export function authorKey(input: string): string {
  const orcid = normalizeOrcid(input);
  return orcid ? `${nodeType('Author').keyPrefix}:orcid:${orcid.toLowerCase()}` : keyFromId(input.trim(), 'Author');
}

/** The key a venue input names: a global id or key as it is, a name by its normalised form. */
export function venueKey(input: string): string {
  const key = keyFromId(input.trim(), 'Venue');
  const prefix = `${nodeType('Venue').keyPrefix}:`;
  return key.startsWith(prefix) ? key : `${prefix}${slug(key)}`;
}
