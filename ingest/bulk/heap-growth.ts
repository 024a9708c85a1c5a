import { constants, PerformanceObserver } from 'node:perf_hooks';
import { getHeapStatistics, setFlagsFromString } from 'node:v8';

/** Bounds of the growth set: a floor that still leaves room to allocate, and V8's own ceiling (4x). */
const MIN_PERCENT = 10;
const MAX_PERCENT = 300;

/**
 * Runs `work` with V8's old generation allowed to grow between full collections up to about
 * `budgetBytes` in all, whatever the live heap. V8's default lets the heap reach up to 4x its
 * live size (3.3 GB peak RSS at 576k papers); a fixed 10% bounded that, but on a small live heap
 * it meant a full collection every few MB: in pass 1 at 200k papers (under 400 MB live) the loop
 * thread spent more time collecting than working. So after each full collection the growth is
 * set anew from the heap then in use (V8 reads the flag at every full collection), and restored
 * afterwards.
 */
export async function withHeapBudget<T>(budgetBytes: number, work: () => Promise<T>): Promise<T> {
  const adjust = () => setFlagsFromString(`--heap-growing-percent=${growthPercent(getHeapStatistics().used_heap_size, budgetBytes)}`);
  adjust();
  const observer = new PerformanceObserver((list) => {
    if (list.getEntries().some((entry) => 'detail' in entry && isMajor(entry.detail))) adjust();
  });
  observer.observe({ entryTypes: ['gc'] });
  try {
    return await work();
  } finally {
    observer.disconnect();
    setFlagsFromString('--heap-growing-percent=0');
  }
}

/** The growth, in percent of the live heap, that reaches the budget, within MIN..MAX_PERCENT. */
export function growthPercent(liveBytes: number, budgetBytes: number): number {
  const percent = Math.round(((budgetBytes - liveBytes) / Math.max(liveBytes, 1)) * 100);
  return Math.min(MAX_PERCENT, Math.max(MIN_PERCENT, percent));
}

function isMajor(detail: unknown): boolean {
  return typeof detail === 'object' && detail !== null && 'kind' in detail && detail.kind === constants.NODE_PERFORMANCE_GC_MAJOR;
}
