import type { NamePools } from './names.js';
import { Zipf } from './zipf.js';

/** How often each pool's names are drawn: Zipf over their popularity order (names.ts). */
export class Popularity {
  readonly benchmarks: Zipf;
  readonly datasets: Zipf;
  readonly models: Zipf;
  readonly tasks: Zipf;
  readonly metrics: Zipf;
  /** Methods as techniques other papers use: a few are used everywhere. */
  readonly techniques: Zipf;

  constructor(readonly pools: NamePools) {
    this.benchmarks = new Zipf(pools.benchmarks.length);
    this.datasets = new Zipf(pools.datasets.length);
    this.models = new Zipf(pools.models.length);
    this.tasks = new Zipf(pools.tasks.length);
    this.metrics = new Zipf(pools.metrics.length);
    this.techniques = new Zipf(pools.methods.length);
  }
}
