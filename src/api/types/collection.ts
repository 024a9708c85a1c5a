import { nodeType } from '../../../core/node-types.js';
import { slug } from '../../../core/slug.js';
import { nodesByIds } from '../../graph/nodes.js';
import type { TaxonomyRow } from '../../graph/rows.js';
import { builder } from '../builder.js';
import { pagedComplexity } from '../connection-complexity.js';
import { AreaConnection, CollectionConnection, MethodConnection, ModelConnection } from '../connections.js';
import { nodeListConnection } from '../filters.js';
import { keyFromId } from '../ids.js';
import { optionalProperty } from '../node-properties.js';
import { CollectionRef } from '../refs.js';
import { hopConnection } from '../relationship-fields.js';

CollectionRef.implement({
  description: 'A collection of the Papers with Code methods taxonomy ("Regularization", "Convolutional Neural Networks"), in an area.',
  fields: (t) => ({
    key: t.exposeString('id', { description: 'Canonical key (`collection:` and the normalised name).' }),
    name: t.exposeString('name', { description: 'Name, as the dump gives it.' }),
    description: t.string({ nullable: true, description: 'Description, where the dump gave one.', resolve: (c, _args, ctx) => optionalProperty(c, ctx, (row) => row.description) }),
    sources: t.exposeStringList('sources', { description: 'Sources it was read from.' }),
    areas: hopConnection(t, {
      type: AreaConnection,
      hop: { from: 'Collection', types: ['IN_AREA'], direction: 'out', to: ['Area'] },
      description: 'The areas it belongs to (one, as the dumps have it).',
    }),
    methods: hopConnection(t, {
      type: MethodConnection,
      hop: { from: 'Collection', types: ['IN_COLLECTION'], direction: 'in', to: ['Method'] },
      description: 'Methods in this collection.',
    }),
    models: hopConnection(t, {
      type: ModelConnection,
      hop: { from: 'Collection', types: ['IN_COLLECTION'], direction: 'in', to: ['Model'] },
      description: 'Models the taxonomy puts in this collection (methods the lexicon knows as models, BERT).',
    }),
  }),
});

/** The key a collection input names: a global id or key as it is, a name by its normalised form. */
function collectionKey(input: string): string {
  const key = keyFromId(input.trim(), 'Collection');
  const prefix = `${nodeType('Collection').keyPrefix}:`;
  return key.startsWith(prefix) ? key : `${prefix}${slug(key)}`;
}

builder.queryFields((t) => ({
  collection: t.field({
    type: CollectionRef,
    nullable: true,
    description: 'A methods collection by global id, canonical key or name (ignoring case and punctuation).',
    args: { id: t.arg.id({ required: true, description: 'Global id, canonical key or name.' }) },
    resolve: async (_root, args, ctx): Promise<(TaxonomyRow & { label: 'Collection' }) | null> =>
      (await nodesByIds(ctx.db, 'Collection', [collectionKey(String(args.id))]))[0] ?? null,
  }),
  collections: t.connection(
    {
      type: CollectionRef,
      description: 'Collections of the methods taxonomy, by name.',
      complexity: pagedComplexity,
      resolve: (_root, args, ctx) => nodeListConnection(ctx.db, 'Collection', null, null, args),
    },
    CollectionConnection,
  ),
}));
