import SchemaBuilder from '@pothos/core';
import ComplexityPlugin, { type ComplexityErrorKind, type ComplexityResult } from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { LIMITS } from './limits.js';

/** The complexity plugin's error kinds, by the limit names clients see (`QUERY_LIMIT`, `limit: 'depth'`). */
const LIMIT_NAMES = { Complexity: 'complexity', Depth: 'depth', Breadth: 'breadth' } as const satisfies Record<ComplexityErrorKind, keyof ComplexityResult>;

/** The one schema builder; every module under src/api/types adds its type to it. */
export const builder = new SchemaBuilder<{
  Context: Context;
  DefaultFieldNullability: false;
  Connection: { totalCount: number };
}>({
  plugins: [ComplexityPlugin, RelayPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  relay: {
    clientMutationId: 'omit',
    cursorType: 'String',
    nodeQueryOptions: { description: 'Any node by its global id.', args: { id: { description: 'Global id.' } } },
    nodesQueryOptions: { description: 'Nodes by global ids, in the order given.', args: { ids: { description: 'Global ids.' } } },
    // Descriptions for the types and fields the relay plugin makes, so the SDL documents them too.
    nodeTypeOptions: { description: 'An object with a global id: refetch it with `node(id:)`.' },
    idFieldOptions: { description: 'Global id (Relay): the type name and canonical key, base64-encoded.' },
    pageInfoTypeOptions: { description: 'Where a page sits in its connection.' },
    hasNextPageFieldOptions: { description: 'Whether more items follow this page.' },
    hasPreviousPageFieldOptions: { description: 'Whether items come before this page.' },
    startCursorFieldOptions: { description: 'Cursor of the first item of this page.' },
    endCursorFieldOptions: { description: 'Cursor of the last item of this page; pass it as `after` for the next page.' },
    pageInfoFieldOptions: { description: 'Where this page sits in the connection.' },
    cursorFieldOptions: { description: 'Opaque position of this item; pass it as `after` to page on.' },
    nodeFieldOptions: { description: 'The item.' },
    // A connection's cost is already multiplied by its `first`; its edges list must not multiply again.
    edgesFieldOptions: { description: 'The items of this page, with their cursors.', complexity: { field: 1, multiplier: 1 } },
    firstArgOptions: { description: `How many items to return (at most ${LIMITS.maxPageSize}).` },
    afterArgOptions: { description: 'Return the items after this cursor.' },
    beforeArgOptions: { description: 'Not supported: pagination runs forward only.' },
    lastArgOptions: { description: 'Not supported: pagination runs forward only.' },
    defaultConnectionTypeOptions: { description: 'One page of a list, with its total size.' },
    defaultEdgeTypeOptions: { description: 'An item of a page and its cursor.' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: LIMITS.listMultiplier,
    limit: { complexity: LIMITS.maxComplexity, depth: LIMITS.maxDepth, breadth: LIMITS.maxBreadth },
    complexityError: (kind, result) => {
      const name = LIMIT_NAMES[kind];
      const max = { depth: result.maxDepth, breadth: result.maxBreadth, complexity: result.maxComplexity }[name];
      return new GraphQLError(`Query ${name} ${result[name]} exceeds the maximum ${name} of ${max}`, {
        extensions: { code: 'QUERY_LIMIT', limit: name, max },
      });
    },
  },
});

builder.queryType({ description: 'Relationship questions over papers, methods, models, datasets, benchmarks, tasks and code.' });

builder.globalConnectionField('totalCount', (t) =>
  t.int({ description: 'How many items the whole connection holds.', resolve: (parent) => parent.totalCount }),
);
