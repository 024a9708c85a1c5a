/**
 * A small seeded PRNG (mulberry32): the same seed gives the same corpus on every machine and
 * Node version, which Math.random cannot promise.
 */
export class Prng {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** A skewed pick: low indexes far more often, as a few names dominate real papers. */
  pickSkewed<T>(items: readonly T[]): T {
    const u = this.next();
    return items[Math.floor(u * u * items.length)]!;
  }

  /** n distinct items (fewer when the list is shorter). */
  sample<T>(items: readonly T[], n: number, skewed = false): T[] {
    const chosen = new Set<T>();
    for (let tries = 0; chosen.size < Math.min(n, items.length) && tries < n * 8; tries++) {
      chosen.add(skewed ? this.pickSkewed(items) : this.pick(items));
    }
    return [...chosen];
  }
}
