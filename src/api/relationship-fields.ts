import { evaluationGroupPages } from '../graph/evaluation-groups.js';
import { evaluationPages, type EvaluationSide } from '../graph/evaluations.js';
import type { EdgeType, EntityLabel, NodeLabel } from '../../core/labels.js';
import type { Hop, LinkPage } from '../graph/neighbours.js';
import { linkPageOf, nestedHopPages } from '../graph/nested-hops.js';
import type { NodeRow, RowOf } from '../graph/rows.js';
import type { GraphQLResolveInfo } from 'graphql';
import { pagedComplexity } from './connection-complexity.js';
import { EvaluationConnection, EvaluationGroupConnection, linkConnection, type NodeConnectionRef } from './connections.js';
import { RelationEnum } from './enums.js';
import { LIMITS } from './limits.js';
import type { Context } from './context.js';
import { connectionFrom, pageFor, type PageArgs } from './pagination.js';
import type { SchemaTypes } from './schema-types.js';
import { hopsToRead, linksAskedOnEdges, propertiesAskedOnConnectionNodes, propertiesToRead } from './node-selection.js';
import { selectsField } from './selection.js';
import { EVALUATION_GROUPS_EXTENSION, HOP_FIELD_EXTENSION, HopFieldSpec } from './hop-field.js';
import { nestedHopsOf, placeOf } from './nested-hop-selection.js';
import { withNeighbourBoards } from './node-boards.js';
import { int } from '../graph/params.js';
import { groupPageKey, prefetchedEvaluationGroups } from './prefetched-boards.js';
import { prefetchedPage, rememberNestedPages } from './prefetched-pages.js';

/**
 * Relationship fields shared by the type modules. Each is a dataloader field with
 * `byPath: true`: every parent at one place in the query shares the arguments and one
 * batched Cypher query (`UNWIND $ids`), whatever the number of parents. A hop connection
 * also compiles the hop connections nested under its nodes into that query
 * (nested-hop-selection.ts); they then answer from what came back.
 */

type FieldBuilder<Parent> = PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, Parent>;

/**
 * A page of neighbours one hop away, in the connection of the hop's target type; with `roles`,
 * a `role` argument narrows the relationship type.
 */
export function hopConnection<Parent extends NodeRow, To extends NodeLabel>(
  t: FieldBuilder<Parent>,
  options: { type: NodeConnectionRef<RowOf<NoInfer<To>>>; hop: Hop<To>; description: string; roles?: boolean },
) {
  const { hop } = options;
  const roles = options.roles ?? false;
  return t.loadable({
    type: options.type,
    byPath: true,
    description: options.description,
    args: hopArgs(t, hop, roles),
    complexity: pagedComplexity,
    // The parent hop reads this to compile the field into its own statement.
    extensions: { [HOP_FIELD_EXTENSION]: new HopFieldSpec(hop, roles) },
    load: async (ids: string[], ctx: Context, args: PageArgs & { role?: EdgeType | null }, info: GraphQLResolveInfo) => {
      const page = pageFor(args);
      const role = args.role;
      const types = role ? hop.types.filter((type) => type === role) : hop.types;
      if (types.length === 0) return ids.map(() => linkConnection<RowOf<To>>({ total: 0, items: [] }, page));
      const total = selectsField(info, 'totalCount');
      const links = linksAskedOnEdges(info.fieldNodes, info.fragments);
      const place = placeOf(info.path);
      // Pages that came back with the parent's statement answer without a query of their own.
      const pages = new Map<string, LinkPage<RowOf<To>>>();
      for (const id of ids) {
        const found = prefetchedPage(ctx, place, id, { page, types, total, linkReading: links });
        if (found) pages.set(id, linkPageOf(found, hop.to));
      }
      const missing = ids.filter((id) => !pages.has(id));
      if (missing.length > 0) {
        // The page's own parameters (nestedHopPagesQuery) are taken before any board's.
        const taken = { ids: missing, offset: int(page.offset), size: int(page.limit + 1) };
        const nested = ctx.compileNestedHops === false ? [] : withNeighbourBoards(hopsToRead(ctx, nestedHopsOf(info)), info, taken);
        const read = propertiesToRead(ctx, () => propertiesAskedOnConnectionNodes(info.fieldNodes, info.fragments));
        const fetched = await nestedHopPages(ctx.db, { ...hop, types }, missing, { offset: page.offset, limit: page.limit, total, read, links }, nested);
        missing.forEach((id, i) => {
          const links = fetched[i] ?? { total: 0, items: [] };
          pages.set(id, links);
          rememberNestedPages(ctx, nested, links);
        });
      }
      return ids.map((id) => linkConnection(pages.get(id) ?? { total: 0, items: [] }, page));
    },
    resolve: (parent: Parent) => parent.id,
  });
}

/** The connection arguments, and with `roles` a `role` argument taking one of the hop's types. */
function hopArgs<Parent>(t: FieldBuilder<Parent>, hop: Hop, roles: boolean) {
  const args = t.arg.connectionArgs();
  if (!roles) return args;
  const role = t.arg({
    type: RelationEnum,
    required: false,
    description: `Only links of this relationship type (${hop.types.join(', ')}); all of them when omitted.`,
  });
  return { ...args, role };
}

/** The evaluation results of a method or model, a benchmark or dataset, or a paper. */
export function evaluationConnection<Parent extends NodeRow>(
  t: FieldBuilder<Parent>,
  options: { side: EvaluationSide; label: EntityLabel | 'Paper'; description: string },
) {
  return t.loadable({
    type: EvaluationConnection,
    byPath: true,
    description: options.description,
    args: {
      ...t.arg.connectionArgs(),
      metric: t.arg.string({ required: false, description: 'Only results for this metric (name, case-insensitive, or key).' }),
    },
    complexity: pagedComplexity,
    load: async (ids: string[], ctx, args, info) => {
      const page = pageFor(args);
      const filter = { metric: args.metric ?? null };
      const pages = await evaluationPages(ctx.db, options.side, options.label, ids, filter, page.offset, page.limit, selectsField(info, 'totalCount'));
      return pages.map((found) => connectionFrom(found.items, page, found.total));
    },
    resolve: (parent: Parent) => parent.id,
  });
}

/**
 * Results grouped by counterpart: a method's benchmarks and datasets with its results on each
 * (side subject), or a benchmark's methods and models with theirs (side target).
 */
export function evaluationGroupConnection<Parent extends NodeRow>(
  t: FieldBuilder<Parent>,
  options: { side: 'subject' | 'target'; label: EntityLabel; description: string },
) {
  return t.loadable({
    type: EvaluationGroupConnection,
    byPath: true,
    description: options.description,
    args: {
      ...t.arg.connectionArgs(),
      resultsPerGroup: t.arg.int({
        required: false,
        description: `Results listed per group, best first (default 5, at most ${LIMITS.maxPageSize}).`,
      }),
    },
    complexity: (args) => {
      const base = pagedComplexity(args);
      return { field: 1, multiplier: base.multiplier * Math.max(1, Math.min(args.resultsPerGroup ?? 5, LIMITS.maxPageSize)) };
    },
    // A root lookup reads this to compile the field into its own statement (node-boards.ts).
    extensions: { [EVALUATION_GROUPS_EXTENSION]: options.side },
    load: async (ids: string[], ctx, args, info) => {
      const page = pageFor(args);
      const perGroup = pageFor({ first: args.resultsPerGroup ?? 5 }).limit;
      const place = placeOf(info.path);
      const asked = groupPageKey(page.offset, page.limit, perGroup);
      // Groups that came back with the lookup's statement answer without a query of their own.
      const kept = ids.map((id) => prefetchedEvaluationGroups(ctx, place, id, asked));
      const missing = ids.filter((_, i) => kept[i] === undefined);
      const fetched = missing.length > 0 ? await evaluationGroupPages(ctx.db, options.side, options.label, missing, { offset: page.offset, limit: page.limit, perGroup }) : [];
      return ids.map((id, i) => {
        const found = kept[i] ?? fetched[missing.indexOf(id)] ?? { total: 0, items: [] };
        return connectionFrom(found.items, page, found.total);
      });
    },
    resolve: (parent: Parent) => parent.id,
  });
}
