import { GraphQLError } from 'graphql';
import type { EntityLabel } from '../../core/labels.js';
import { nodeByNameWithHops } from '../graph/lookup.js';
import { nodeByIdWithHops } from '../graph/nodes.js';
import { hasLabel, type EntityRow, type NodeRow, type RowOf } from '../graph/rows.js';
import { builder } from './builder.js';
import { pagedComplexity } from './connection-complexity.js';
import type { NodeConnectionRef } from './connections.js';
import { EntityOrder, EntityWhere, nodeListConnection } from './filters.js';
import { keyFromId } from './ids.js';
import { boardsOfNodeField, NO_BOARDS, withNeighbourBoards } from './node-boards.js';
import { optionalProperty } from './node-properties.js';
import { hopsToRead, propertiesAskedOn, propertiesToRead } from './node-selection.js';
import type { NodeRef } from './refs.js';
import { hopsOfNodeField } from './nested-hop-selection.js';
import { rememberPagesOf } from './prefetched-pages.js';
import type { SchemaTypes } from './schema-types.js';

/** Fields and root fields every named entity type (Method, Model, Dataset, ...) has. */

export function entityBaseFields(t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, EntityRow>) {
  return {
    key: t.exposeString('id', { description: 'Canonical key (`method:dpo`, `benchmark:mt-bench`): stable across ingests.' }),
    name: t.exposeString('name', { description: 'Canonical name.' }),
    fullName: t.string({ nullable: true, description: 'Expanded name, where the short one is an acronym.', resolve: (e, _args, ctx) => optionalProperty(e, ctx, (row) => row.fullName) }),
    aliases: t.stringList({ description: 'Other names it is known by (sorted).', resolve: (e, _args, ctx) => optionalProperty(e, ctx, (row) => row.aliases) }),
    description: t.string({ nullable: true, description: 'Description, where a source gave one.', resolve: (e, _args, ctx) => optionalProperty(e, ctx, (row) => row.description) }),
    sources: t.stringList({ description: 'Sources it was read from (seed-text, pwc-...).', resolve: (e, _args, ctx) => optionalProperty(e, ctx, (row) => row.sources) }),
  };
}

/**
 * `method(id:, name:)` and `methods(where:, orderBy:, first:, after:)` for one entity type;
 * `name` matches name, full name or alias ignoring case, hyphens and spacing.
 */
export function entityRootFields<L extends EntityLabel>(label: L, ref: NodeRef<L>, connection: NodeConnectionRef<RowOf<L>>, plural: string, example: string) {
  const singular = label.charAt(0).toLowerCase() + label.slice(1);
  builder.queryFields((t) => ({
    [singular]: t.field({
      type: ref,
      nullable: true,
      description: `A ${label.toLowerCase()} by global id or canonical key, or by name or alias ignoring case and hyphens (e.g. \`${singular}(name: "${example}")\`). Give exactly one of \`id\` and \`name\`.`,
      args: {
        id: t.arg.id({ required: false, description: 'Global id or canonical key.' }),
        name: t.arg.string({ required: false, description: 'Name, full name or alias.' }),
      },
      resolve: async (_root, args, ctx, info): Promise<RowOf<L> | null> => {
        if ((args.id == null) === (args.name == null)) {
          throw new GraphQLError(`Give exactly one of id and name`, { extensions: { code: 'BAD_USER_INPUT' } });
        }
        const compile = ctx.compileNestedHops !== false;
        const boards = compile ? boardsOfNodeField(info) : NO_BOARDS;
        const compiled = compile ? withNeighbourBoards(hopsToRead(ctx, hopsOfNodeField(info)), info, boards.calls.params) : [];
        const read = propertiesToRead(ctx, () => propertiesAskedOn(info.fieldNodes, info.fragments));
        const found =
          args.id != null
            ? await nodeByIdWithHops(ctx.db, label, keyFromId(String(args.id), label), compiled, read, boards.calls)
            : await nodeByNameWithHops(ctx.db, label, args.name!, compiled, read, boards.calls);
        if (!found) return null;
        // The hops and boards selected on the node came in the same statement: their fields answer from it.
        rememberPagesOf(ctx, compiled, found.node.id, found.children);
        boards.remember(ctx, found.node.id, found.row);
        return hasLabel(found.node, [label]) ? found.node : null;
      },
    }),
    [plural]: t.connection(
      {
        type: ref,
        description: `${label} nodes, filtered and sorted (by name unless \`orderBy\` says otherwise).`,
        args: {
          where: t.arg({ type: EntityWhere, required: false, description: 'Filters; all given must hold.' }),
          orderBy: t.arg({ type: EntityOrder, required: false, description: 'Sort order (default: name ascending).' }),
        },
        complexity: pagedComplexity,
        resolve: (_root, args, ctx) => nodeListConnection(ctx.db, label, args.where, args.orderBy, args),
      },
      connection,
    ),
  }));
}

