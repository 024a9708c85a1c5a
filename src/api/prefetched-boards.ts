import type { EvaluationGroupPage } from '../graph/evaluation-groups.js';
import type { LeaderboardRow } from '../graph/leaderboards.js';
import type { SotaHistoryRow } from '../graph/sota-history.js';
import type { Context } from './context.js';

/**
 * Boards, histories and evaluation groups that came back with a root lookup's statement (node-boards.ts), kept
 * for the request until their field resolves: by the field's place and the node's key, with the
 * arguments they were read with, so a field asking otherwise queries as before.
 */
interface Kept<T> {
  metric: string | null;
  limit: number;
  value: T;
}

const leaderboards = new WeakMap<Context, Map<string, Kept<LeaderboardRow>>>();
const histories = new WeakMap<Context, Map<string, Kept<SotaHistoryRow>>>();
const groups = new WeakMap<Context, Map<string, Kept<EvaluationGroupPage>>>();

function keep<T>(store: WeakMap<Context, Map<string, Kept<T>>>, ctx: Context, key: string, kept: Kept<T>): void {
  let entries = store.get(ctx);
  if (!entries) store.set(ctx, (entries = new Map()));
  entries.set(key, kept);
}

function take<T>(store: WeakMap<Context, Map<string, Kept<T>>>, ctx: Context, key: string, metric: string | null, limit: number): T | undefined {
  const kept = store.get(ctx)?.get(key);
  return kept && kept.metric === metric && kept.limit === limit ? kept.value : undefined;
}

const entryKey = (place: string, nodeKey: string) => `${place}\n${nodeKey}`;

export function rememberLeaderboard(ctx: Context, place: string, nodeKey: string, metric: string | null, limit: number, board: LeaderboardRow): void {
  keep(leaderboards, ctx, entryKey(place, nodeKey), { metric, limit, value: board });
}

export function prefetchedLeaderboard(ctx: Context, place: string, nodeKey: string, metric: string | null, limit: number): LeaderboardRow | undefined {
  return take(leaderboards, ctx, entryKey(place, nodeKey), metric, limit);
}

// A history has no page size: kept and asked for with 0.
export function rememberSotaHistory(ctx: Context, place: string, nodeKey: string, metric: string | null, history: SotaHistoryRow): void {
  keep(histories, ctx, entryKey(place, nodeKey), { metric, limit: 0, value: history });
}

export function prefetchedSotaHistory(ctx: Context, place: string, nodeKey: string, metric: string | null): SotaHistoryRow | undefined {
  return take(histories, ctx, entryKey(place, nodeKey), metric, 0);
}

/** Evaluation groups, kept with the page they were read with (offset, size, results per group) as their "metric". */
export function rememberEvaluationGroups(ctx: Context, place: string, nodeKey: string, page: string, found: EvaluationGroupPage): void {
  keep(groups, ctx, entryKey(place, nodeKey), { metric: page, limit: 0, value: found });
}

export function prefetchedEvaluationGroups(ctx: Context, place: string, nodeKey: string, page: string): EvaluationGroupPage | undefined {
  return take(groups, ctx, entryKey(place, nodeKey), page, 0);
}

/** How a page of evaluation groups is told apart from another asked at the same place. */
export function groupPageKey(offset: number, limit: number, perGroup: number): string {
  return `${offset}|${limit}|${perGroup}`;
}
