import { GraphQLError } from 'graphql';
import { NODE_LABELS } from '../../../core/labels.js';
import { MAX_PATH_HOPS, shortestPath, type PathRow, type PathStepRow } from '../../graph/paths.js';
import { builder } from '../builder.js';
import { RelationEnum } from '../enums.js';
import { resolveNodeInput } from '../node-input.js';
import { AnyNodeUnion } from '../unions.js';

const PathStepRef = builder.objectRef<PathStepRow>('PathStep').implement({
  description: 'One relationship of a path, in its stored direction.',
  fields: (t) => ({
    type: t.field({ type: RelationEnum, description: 'Relationship type.', resolve: (s) => s.type }),
    fromKey: t.exposeString('fromId', { description: 'Key of the node the relationship starts at.' }),
    toKey: t.exposeString('toId', { description: 'Key of the node it ends at.' }),
  }),
});

const PathRef = builder.objectRef<PathRow>('Path').implement({
  description: 'A shortest connection between two nodes: nodes in order and the relationships between them.',
  fields: (t) => ({
    length: t.int({ description: 'Number of relationships.', resolve: (p) => p.relationships.length }),
    nodes: t.field({ type: [AnyNodeUnion], description: 'Nodes from start to end.', resolve: (p) => p.nodes }),
    relationships: t.field({ type: [PathStepRef], description: 'Relationships; the i-th links nodes i and i+1, either way round.', resolve: (p) => p.relationships }),
  }),
});

builder.queryFields((t) => ({
  path: t.field({
    type: PathRef,
    nullable: true,
    description: `The shortest connection between two nodes along any relationships in either direction, at most \`maxHops\` (1 to ${MAX_PATH_HOPS}) long; null when none is that short or an end is unknown.`,
    args: {
      from: t.arg.string({ required: true, description: 'Global id, key, or entity name (e.g. "CLIP").' }),
      to: t.arg.string({ required: true, description: 'Global id, key, or entity name (e.g. "HH-RLHF").' }),
      maxHops: t.arg.int({ required: false, defaultValue: 4, description: `Longest path to look for (default 4, at most ${MAX_PATH_HOPS}).` }),
    },
    resolve: async (_root, args, ctx) => {
      const maxHops = args.maxHops ?? 4;
      if (maxHops < 1 || maxHops > MAX_PATH_HOPS) {
        throw new GraphQLError(`maxHops must be between 1 and ${MAX_PATH_HOPS} (maximum path length)`, {
          extensions: { code: 'PATH_LENGTH_LIMIT', limit: 'maxHops', max: MAX_PATH_HOPS },
        });
      }
      const [from, to] = await Promise.all([resolveNodeInput(ctx.db, args.from, NODE_LABELS), resolveNodeInput(ctx.db, args.to, NODE_LABELS)]);
      return from && to ? shortestPath(ctx.db, from, to, maxHops) : null;
    },
  }),
}));
