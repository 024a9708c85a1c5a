import { describe, expect, it } from 'vitest';
import { parseKgIngestSummary } from '../../../bench/lib/kg-summary.js';
import { formatSummary } from '../../../ingest/commands/ingest.js';

describe('parseKgIngestSummary', () => {
  it('reads back what kg ingest prints', () => {
    const printed = formatSummary({
      papers: 1200,
      seconds: 42.5,
      pass1Seconds: 10,
      skipped: [],
      passedOver: {},
      written: { Paper: { total: 1200, bySource: { 'seed-text': 1200 } }, Benchmark: { total: 77, bySource: { 'seed-text': 70, 'pwc-evaluation-tables': 10 } } },
      nodes: { Paper: 1200, Benchmark: 80 },
      edges: { MENTIONS: 5000, EVALUATED_ON: 310 },
    });
    const bulkLine = '  extraction 10.0 s, CSV 20.5 s, neo4j-admin import 12.0 s; start Neo4j again with npm run db:start';
    expect(parseKgIngestSummary(`${printed}\n${bulkLine}\n`)).toEqual({
      papers: 1200,
      seconds: 42.5,
      nodes: { Paper: 1200, Benchmark: 77 },
      edges: { MENTIONS: 5000, EVALUATED_ON: 310 },
      extractionSeconds: 10,
      csvSeconds: 20.5,
      importSeconds: 12,
    });
  });

  it('refuses output without the summary line', () => {
    expect(() => parseKgIngestSummary('error: no such file')).toThrow(/no summary line/);
  });
});
