import type { Prng } from './prng.js';

/**
 * Zipf-like popularity over a ranked list: rank r (from 1) is drawn with weight 1 / r^s, so a
 * few names are hubs (the first takes about 1/H(n) of all draws, ~10% at n = 10,000 and s = 1)
 * and most of the list is a long tail drawn once or never, as names are in Papers with Code.
 */
export class Zipf {
  private readonly cumulative: Float64Array;

  constructor(readonly size: number, readonly exponent = 1) {
    if (size < 1) throw new Error('Zipf needs at least one rank');
    this.cumulative = new Float64Array(size);
    let total = 0;
    for (let rank = 1; rank <= size; rank++) {
      total += 1 / rank ** exponent;
      this.cumulative[rank - 1] = total;
    }
    for (let i = 0; i < size; i++) this.cumulative[i]! /= total;
  }

  /** A rank index in [0, size): 0 is the most popular. */
  draw(prng: Prng): number {
    const u = prng.next();
    let lo = 0;
    let hi = this.size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.cumulative[mid]! < u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  pick<T>(prng: Prng, items: readonly T[]): T {
    return items[this.draw(prng)]!;
  }

  /** n distinct items, each drawn by popularity (fewer when draws keep repeating). */
  sample<T>(prng: Prng, items: readonly T[], n: number): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(n, items.length) && tries < n * 8; tries++) chosen.add(this.pick(prng, items));
    return [...chosen];
  }
}
