/** Told of every query the database door sends and how it ended: the server's Neo4j metrics. */
export interface QueryTiming {
  started(kind: QueryKind): void;
  finished(kind: QueryKind, seconds: number, failed: boolean): void;
}

export type QueryKind = 'read' | 'write';

/** Times `work` for a timing, when there is one. */
export async function timed<T>(timing: QueryTiming | undefined, kind: QueryKind, work: () => Promise<T>): Promise<T> {
  if (!timing) return work();
  timing.started(kind);
  const started = performance.now();
  let failed = true;
  try {
    const result = await work();
    failed = false;
    return result;
  } finally {
    timing.finished(kind, (performance.now() - started) / 1000, failed);
  }
}
