import { NODE_TYPES } from '../../core/node-types.js';

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
  const ingested = /ingested in ([\d.]+) s; paper text extracted from (\d+) papers/.exec(stdout);
  if (!ingested) throw new Error(`kg ingest printed no summary line: ${stdout.slice(-300)}`);
  const stages = /extraction ([\d.]+) s, CSV ([\d.]+) s, neo4j-admin import ([\d.]+) s/.exec(stdout);
  return {
    papers: Number(ingested[2]),
    seconds: Number(ingested[1]),
    nodes: writtenNodes(stdout),
    edges: counts(/edges written: (.*)$/m.exec(stdout)?.[1]),
    ...(stages ? { extractionSeconds: Number(stages[1]), csvSeconds: Number(stages[2]), importSeconds: Number(stages[3]) } : {}),
  };
}

/** "  papers: 592 from pwc-evaluation-tables" or "  methods: 40 (12 from a, 30 from b)": the total per label. */
function writtenNodes(stdout: string): Record<string, number> {
  const result: Record<string, number> = {};
  for (const type of NODE_TYPES) {
    const match = new RegExp(`^\\s+${type.plural}: (\\d+)`, 'm').exec(stdout);
    if (match) result[type.label] = Number(match[1]);
  }
  return result;
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
