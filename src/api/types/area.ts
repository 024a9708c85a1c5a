import { nodeType } from '../../../core/node-types.js';
import { slug } from '../../../core/slug.js';
import { nodesByIds } from '../../graph/nodes.js';
import type { TaxonomyRow } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { AreaConnection, CollectionConnection } from '../connections.js';
import { nodeListConnection } from '../filters.js';
import { keyFromId } from '../ids.js';
import { AreaRef } from '../refs.js';
import { hopConnection } from '../relationship-fields.js';

AreaRef.implement({
  description: 'An area of the Papers with Code methods taxonomy ("Computer Vision", "General"): the top of it.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key (`area:` and the dump\'s area id).' }),
    name: t.exposeString('name', { description: 'Name, as the dump gives it.' }),
    sources: t.exposeStringList('sources', { description: 'Sources it was read from.' }),
    collections: hopConnection(t, {
      type: CollectionConnection,
      hop: { from: 'Area', types: ['IN_AREA'], direction: 'in', to: ['Collection'] },
      description: 'Collections in this area.',
    }),
  }),
});

/** The key an area input names: a global id or key as it is, a name or area id by its normalised form. */
function areaKey(input: string): string {
  const key = keyFromId(input.trim(), 'Area');
  const prefix = `${nodeType('Area').keyPrefix}:`;
  return key.startsWith(prefix) ? key : `${prefix}${slug(key)}`;
}

builder.queryFields((t) => ({
  area: t.field({
    type: AreaRef,
    nullable: true,
    description: 'An area of the methods taxonomy by global id, canonical key, area id or name.',
    args: { id: t.arg.id({ required: true, description: 'Global id, canonical key, area id or name.' }) },
    resolve: async (_root, args, ctx): Promise<(TaxonomyRow & { label: 'Area' }) | null> => (await nodesByIds(ctx.db, 'Area', [areaKey(String(args.id))]))[0] ?? null,
  }),
  areas: t.connection(
    {
      type: AreaRef,
      description: 'Areas of the methods taxonomy, by name.',
      complexity: pagedComplexity,
      resolve: (_root, args, ctx) => nodeListConnection(ctx.db, 'Area', null, null, args),
    },
    AreaConnection,
  ),
}));
