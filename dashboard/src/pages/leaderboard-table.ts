import { toEntity, type EntityData } from '../entities.js';
import { el, entityLink, paperLink } from './dom.js';

export interface LeaderboardData {
  metric: string | null;
  higherIsBetter: boolean;
  ordering: string;
  rankedBy: 'VALUE' | 'PAPER';
  totalCount: number;
  entries: Array<{
    rank: number;
    value: number | null;
    rawValue: string | null;
    subject: EntityData;
    evaluation: { paper: { key: string; title: string; publishedAt: string | null; arxivId: string | null } | null };
  }>;
}

/**
 * Standard competition ranks ("1, 2, 2, 4"): results with equal values share the rank of the
 * first of them and are marked as ties; results without a value keep the API's order.
 */
export function tiedRanks(values: Array<number | null>): Array<{ rank: number; tied: boolean }> {
  return values.map((value, i) => {
    if (value === null) return { rank: i + 1, tied: false };
    const first = values.indexOf(value);
    const tied = values.filter((other) => other === value).length > 1;
    return { rank: first + 1, tied };
  });
}

/** The board as a table: rank (ties shared), method or model, score, paper. */
export function leaderboardTable(board: LeaderboardData): HTMLElement {
  const ranks = tiedRanks(board.entries.map((entry) => entry.value));
  const rows = board.entries.map((entry, i) => {
    const { rank, tied } = ranks[i]!;
    return el(
      'tr',
      tied ? { 'data-tied': 'true' } : {},
      el('td', { class: 'rank' }, tied ? `${rank}=` : String(rank)),
      el('td', {}, entityLink(toEntity(entry.subject))),
      el('td', { class: 'score' }, entry.rawValue ?? '—'),
      el('td', {}, entry.evaluation.paper ? paperLink(entry.evaluation.paper) : ''),
    );
  });
  return el(
    'table',
    { class: 'results', 'data-entries': String(rows.length) },
    el('thead', {}, el('tr', {}, el('th', {}, '#'), el('th', {}, 'Method or model'), el('th', {}, board.metric ?? 'Score'), el('th', {}, 'Paper'))),
    el('tbody', {}, ...rows),
  );
}
