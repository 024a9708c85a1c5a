import { nodesByIds } from '../../graph/nodes.js';
import type { VenueRow } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { PaperConnection, VenueConnection } from '../connections.js';
import { VenueWhere, nodeListConnection, venueKey } from '../filters.js';
import { VenueRef } from '../refs.js';
import { hopConnection } from '../relationship-fields.js';

VenueRef.implement({
  description: 'A venue series papers appear at (a conference such as ACL, or a journal); the year is on each paper.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key (`venue:` and the normalised name).' }),
    name: t.exposeString('name', { description: 'Name, as a source gave it (ACL, EMNLP, FINDINGS).' }),
    sources: t.exposeStringList('sources', { description: 'Sources it was read from.' }),
    papers: hopConnection(t, {
      type: PaperConnection,
      hop: { from: 'Venue', types: ['PUBLISHED_IN'], direction: 'in', to: ['Paper'] },
      description: 'Papers published at this venue, newest first.',
    }),
  }),
});

builder.queryFields((t) => ({
  venue: t.field({
    type: VenueRef,
    nullable: true,
    description: 'A venue by global id, canonical key or name (ignoring case and punctuation).',
    args: { id: t.arg.id({ required: true, description: 'Global id, canonical key or name.' }) },
    resolve: async (_root, args, ctx): Promise<VenueRow | null> => (await nodesByIds(ctx.db, 'Venue', [venueKey(String(args.id))]))[0] ?? null,
  }),
  venues: t.connection(
    {
      type: VenueRef,
      description: 'Venues, filtered, by name.',
      args: { where: t.arg({ type: VenueWhere, required: false, description: 'Filters; all given must hold.' }) },
      complexity: pagedComplexity,
      resolve: (_root, args, ctx) => nodeListConnection(ctx.db, 'Venue', args.where, null, args),
    },
    VenueConnection,
  ),
}));
