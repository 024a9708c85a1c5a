import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { QueryTiming } from '../db/query-timing.js';

/**
 * The server's Prometheus metrics, in a registry of its own (so two servers in one process,
 * as in tests, never share counters): the process (memory, CPU, event loop), Neo4j query time
 * and queries in flight, GraphQL errors by code, and what the first-start ingest wrote. The
 * GraphQL request metrics per operation come from useMetrics.
 */
export class ServerMetrics {
  readonly registry = new Registry();
  private readonly queryTime = new Histogram({
    name: 'kg_neo4j_query_duration_seconds',
    help: 'Time of each Neo4j query or write transaction the server sends, by kind and outcome.',
    labelNames: ['kind', 'outcome'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [this.registry],
  });
  private readonly inFlight = new Gauge({
    name: 'kg_neo4j_queries_in_flight',
    help: 'Neo4j queries running now: each holds one of the driver pool connections.',
    labelNames: ['kind'] as const,
    registers: [this.registry],
  });
  readonly graphqlErrors = new Counter({
    name: 'kg_graphql_errors_total',
    help: 'GraphQL errors answered, by error code (extensions.code).',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });
  private readonly ingested = new Counter({
    name: 'kg_ingest_written_total',
    help: 'Nodes and relationships the server ingested itself (the first-start ingest), by label or type.',
    labelNames: ['kind', 'name'] as const,
    registers: [this.registry],
  });
  private readonly ingestedPapers = new Counter({
    name: 'kg_ingest_papers_total',
    help: 'Papers the server ingested itself (the first-start ingest).',
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry });
  }

  readonly queryTiming: QueryTiming = {
    started: (kind) => this.inFlight.inc({ kind }),
    finished: (kind, seconds, failed) => {
      this.inFlight.dec({ kind });
      this.queryTime.observe({ kind, outcome: failed ? 'error' : 'ok' }, seconds);
    },
  };

  recordIngest(report: { papers: number; nodes: Partial<Record<string, number>>; edges: Partial<Record<string, number>> }): void {
    this.ingestedPapers.inc(report.papers);
    for (const [name, count] of Object.entries(report.nodes)) this.ingested.inc({ kind: 'node', name }, count ?? 0);
    for (const [name, count] of Object.entries(report.edges)) this.ingested.inc({ kind: 'relationship', name }, count ?? 0);
  }
}
