import type { LeaderboardRow } from '../graph/leaderboards.js';
import type { SotaHistoryRow } from '../graph/sota-history.js';
import type { Context } from './context.js';

/**
 * Boards and histories that came back with a root lookup's statement (node-boards.ts), kept
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
