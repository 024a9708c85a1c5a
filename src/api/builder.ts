import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import { GraphQLError } from 'graphql';
import type { Context } from './context.js';
import { LIMITS } from './limits.js';

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
    nodeQueryOptions: { description: 'Any node by its global id.' },
    nodesQueryOptions: { description: 'Nodes by global ids, in the order given.' },
  },
  complexity: {
    defaultComplexity: 1,
    defaultListMultiplier: LIMITS.listMultiplier,
    limit: { complexity: LIMITS.maxComplexity, depth: LIMITS.maxDepth, breadth: LIMITS.maxBreadth },
    complexityError: (kind, result) => {
      const name = String(kind).toLowerCase() as 'depth' | 'breadth' | 'complexity';
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
