/**
 * The figures `kg ingest` prints in its summary (ingest/commands/ingest.ts, formatSummary and
 * the bulk line), read back by the benchmark that ran it.
 */
export interface KgIngestSummary {
  papers: number;
  seconds: number;
  nodes: Record<string, number>;
  edges: Record<string, number>;
  /** Bulk only: the three stages' seconds. */
  extractionSeconds?: number;
  csvSeconds?: number;
  importSeconds?: number;
}

export function parseKgIngestSummary(stdout: string): KgIngestSummary {
  const ingested = /ingested (\d+) papers in ([\d.]+) s/.exec(stdout);
  if (!ingested) throw new Error(`kg ingest printed no summary line: ${stdout.slice(-300)}`);
  const stages = /extraction ([\d.]+) s, CSV ([\d.]+) s, neo4j-admin import ([\d.]+) s/.exec(stdout);
  return {
    papers: Number(ingested[1]),
    seconds: Number(ingested[2]),
    nodes: counts(/nodes written: (.*)$/m.exec(stdout)?.[1]),
    edges: counts(/edges written: (.*)$/m.exec(stdout)?.[1]),
    ...(stages ? { extractionSeconds: Number(stages[1]), csvSeconds: Number(stages[2]), importSeconds: Number(stages[3]) } : {}),
  };
}

/** "Author 256, Venue 1" (or "none"). */
function counts(list: string | undefined): Record<string, number> {
  const result: Record<string, number> = {};
  for (const part of (list ?? '').split(', ')) {
    const match = /^(\S+) (\d+)$/.exec(part.trim());
    if (match) result[match[1]!] = Number(match[2]);
  }
  return result;
}
