import { getArgumentValues, type GraphQLResolveInfo } from 'graphql';
import type { Params } from '../db/database.js';
import { evaluationGroupsCall, toEvaluationGroupPage } from '../graph/evaluation-groups.js';
import { leaderboardCall, toLeaderboardRow } from '../graph/leaderboards.js';
import { bothCalls, NO_CALLS, type NestedCalls } from '../graph/nested-hops.js';
import { sotaHistoryCall, toSotaHistoryRow } from '../graph/sota-history.js';
import type { Context } from './context.js';
import { fieldsOfNodeField, placeOf, type CompiledHop, type SelectedNode } from './nested-hop-selection.js';
import { pageFor } from './pagination.js';
import { evaluationGroupsSide } from './hop-field.js';
import { groupPageKey, rememberEvaluationGroups, rememberLeaderboard, rememberSotaHistory } from './prefetched-boards.js';

/**
 * A benchmark's `leaderboard` and `sotaHistory`, and any entity's evaluation groups
 * (`evaluatedOn`, `evaluatedMethods`), selected on a root lookup (`benchmark(name:)`,
 * `method(id:)`), compiled into the lookup's statement as subqueries on the found node: the
 * node and its board in one round trip, where they took two. Both read the metric from one `$metric`, so they
 * compile together only when they ask for the same one; a second board of a kind (another
 * alias), a directive or arguments the field would refuse are left to the field's loader.
 */
export interface CompiledBoards {
  calls: NestedCalls;
  /** Keeps what came back for the fields to answer from. */
  remember(ctx: Context, nodeKey: string, row: Record<string, unknown>): void;
}

/** Nothing compiled: every board field sends its own query. */
export const NO_BOARDS: CompiledBoards = { calls: NO_CALLS, remember: () => {} };

export function boardsOfNodeField(info: GraphQLResolveInfo): CompiledBoards {
  const selected = fieldsOfNodeField(info);
  return selected ? boardsOn({ ...selected, place: placeOf(info.path) }, info) : NO_BOARDS;
}

/**
 * The boards of the neighbours of each compiled hop (`task { benchmarks { edges { node {
 * leaderboard } } } }`), compiled into their items beside their nested hops: one statement
 * for the page and its boards. Board subqueries read shared parameter names (`$metric`,
 * `$limit`), so a hop's boards compile only where their values agree with those the statement
 * already has (`taken`); the others are left to their fields' loaders.
 */
export function withNeighbourBoards(hops: readonly CompiledHop[], info: GraphQLResolveInfo, taken: Params): CompiledHop[] {
  let params = taken;
  const visit = (list: readonly CompiledHop[]): CompiledHop[] =>
    list.map((hop) => {
      const children = visit(hop.children);
      const boards = hop.neighbours ? boardsOn(hop.neighbours, info) : NO_BOARDS;
      if (boards === NO_BOARDS || !agree(params, boards.calls.params)) return { ...hop, children };
      params = { ...params, ...boards.calls.params };
      return { ...hop, children, boards: boards.calls, rememberBoards: boards.remember };
    });
  return visit(hops);
}

/** Whether two sets of parameters give every name they share the same value. */
function agree(a: Params, b: Params): boolean {
  return Object.keys(b).every((name) => !(name in a) || JSON.stringify(a[name]) === JSON.stringify(b[name]));
}

/** The boards selected on the nodes at one place (a lookup's node, or a compiled hop's neighbours). */
function boardsOn(selected: SelectedNode, info: GraphQLResolveInfo): CompiledBoards {
  const place = selected.place;
  const benchmark = selected.node.name === 'Benchmark';
  let calls = NO_CALLS;
  let metric: string | null | undefined;
  const keepers: Array<(ctx: Context, nodeKey: string, row: Record<string, unknown>) => void> = [];
  const kinds = new Set<string>();
  for (const [key, nodes] of selected.fields) {
    const first = nodes[0];
    const name = first?.name.value;
    const groupsField = name === undefined ? undefined : selected.node.getFields()[name];
    const side = groupsField && evaluationGroupsSide(groupsField);
    if (first && groupsField && side && !kinds.has('groups')) {
      const args = argumentsOf(() => getArgumentValues(groupsField, first, info.variableValues));
      const groups = args && groupsPage(args);
      if (groups) {
        const entry = `board${kinds.size}`;
        const fieldPlace = `${place}.${key}`;
        const compiled = evaluationGroupsCall(entry, side, groups);
        calls = bothCalls(calls, { calls: [compiled.call], entries: [entry], params: compiled.params });
        const asked = groupPageKey(groups.offset, groups.limit, groups.perGroup);
        keepers.push((ctx, nodeKey, row) => {
          const found = row[entry];
          const page = typeof found === 'object' && found !== null ? toEvaluationGroupPage({ ...found }, side, row.node) : { total: 0, items: [] };
          rememberEvaluationGroups(ctx, fieldPlace, nodeKey, asked, page);
        });
        kinds.add('groups');
      }
      continue;
    }
    if (!benchmark || !first || (name !== 'leaderboard' && name !== 'sotaHistory') || kinds.has(name)) continue;
    const field = selected.node.getFields()[name];
    const args = field && argumentsOf(() => getArgumentValues(field, first, info.variableValues));
    const asked = args ? args.metric : undefined;
    if (!args || (asked != null && typeof asked !== 'string')) continue;
    const wanted = typeof asked === 'string' ? asked : null;
    if (metric !== undefined && metric !== wanted) continue;
    const entry = `board${kinds.size}`;
    const fieldPlace = `${place}.${key}`;
    if (name === 'leaderboard') {
      const pageSize = args.first;
      const limit = argumentsOf(() => pageFor({ first: typeof pageSize === 'number' ? pageSize : null }).limit);
      if (limit === undefined || (pageSize != null && typeof pageSize !== 'number')) continue;
      const board = leaderboardCall(entry, wanted, limit);
      calls = bothCalls(calls, { calls: [board.call], entries: [entry], params: board.params });
      keepers.push((ctx, nodeKey, row) => rememberLeaderboard(ctx, fieldPlace, nodeKey, wanted, limit, toLeaderboardRow(mapAt(row, entry))));
    } else {
      const history = sotaHistoryCall(entry, wanted);
      calls = bothCalls(calls, { calls: [history.call], entries: [entry], params: history.params });
      keepers.push((ctx, nodeKey, row) => rememberSotaHistory(ctx, fieldPlace, nodeKey, wanted, toSotaHistoryRow(mapAt(row, entry))));
    }
    kinds.add(name);
    metric = wanted;
  }
  if (keepers.length === 0) return NO_BOARDS;
  return { calls, remember: (ctx, nodeKey, row) => keepers.forEach((keepOne) => keepOne(ctx, nodeKey, row)) };
}

/** The page an evaluation-group field would ask for (as its loader reads it), or none where it would refuse its arguments. */
function groupsPage(args: Record<string, unknown>): { offset: number; limit: number; perGroup: number } | undefined {
  const { first, after, last, before, resultsPerGroup } = args;
  if (last != null || before != null) return undefined;
  if ((first != null && typeof first !== 'number') || (after != null && typeof after !== 'string')) return undefined;
  if (resultsPerGroup != null && typeof resultsPerGroup !== 'number') return undefined;
  const page = argumentsOf(() => pageFor({ first: typeof first === 'number' ? first : null, after: typeof after === 'string' ? after : null }));
  const perGroup = argumentsOf(() => pageFor({ first: typeof resultsPerGroup === 'number' ? resultsPerGroup : 5 }).limit);
  return page && perGroup !== undefined ? { offset: page.offset, limit: page.limit, perGroup } : undefined;
}

/** The value, or none where reading the arguments throws (the field's own resolver then reports it). */
function argumentsOf<T>(read: () => T): T | undefined {
  try {
    return read();
  } catch {
    return undefined;
  }
}

function mapAt(row: Record<string, unknown>, entry: string): Record<string, unknown> {
  const value = row[entry];
  if (typeof value !== 'object' || value === null) throw new Error(`the lookup's statement returned no ${entry}`);
  return { ...value };
}
