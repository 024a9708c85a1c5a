import { toEntity, type Entity, type EntityData } from './entities.js';
import { graphql } from './graphql.js';

/**
 * Everything the overview panels need, in one request (the API's `stats` aggregate). Nodes
 * select only what a label and a link need: the matrix multiplies its cost by its size squared.
 */
const STATS_QUERY = /* GraphQL */ `
  query DashboardStats($top: Int!, $matrixSize: Int!) {
    stats {
      nodeCounts { type count }
      relationshipCounts { type count }
      topBenchmarks(first: $top) { count evaluations node { ...Ranked } }
      topMethods(first: $top) { count evaluations node { ...Ranked } }
      matrix(size: $matrixSize) {
        benchmarks { __typename id key name }
        methods { ...Ranked }
        cells { row column value rawValue metric evaluationCount }
      }
    }
  }
  fragment Ranked on AnyNode {
    __typename
    ... on Benchmark { id key name }
    ... on Method { id key name }
    ... on Model { id key name }
  }
`;

export interface Ranked {
  entity: Entity;
  /** Distinct counterparts: methods of a benchmark, benchmarks of a method. */
  count: number;
  evaluations: number;
}

export interface MatrixCell {
  row: number;
  column: number;
  value: number | null;
  rawValue: string | null;
  metric: string | null;
  evaluationCount: number;
}

export interface Stats {
  nodeCounts: Array<{ type: string; count: number }>;
  relationshipCounts: Array<{ type: string; count: number }>;
  topBenchmarks: Ranked[];
  topMethods: Ranked[];
  matrix: { benchmarks: Entity[]; methods: Entity[]; cells: MatrixCell[] };
}

interface RankedData {
  count: number;
  evaluations: number;
  node: EntityData;
}

interface StatsData {
  stats: Omit<Stats, 'topBenchmarks' | 'topMethods' | 'matrix'> & {
    topBenchmarks: RankedData[];
    topMethods: RankedData[];
    matrix: { benchmarks: EntityData[]; methods: EntityData[]; cells: MatrixCell[] };
  };
}

const ranked = (rows: RankedData[]): Ranked[] => rows.map((row) => ({ entity: toEntity(row.node), count: row.count, evaluations: row.evaluations }));

export async function fetchStats(top: number, matrixSize: number): Promise<Stats> {
  const { stats } = await graphql<StatsData>(STATS_QUERY, { top, matrixSize });
  return {
    nodeCounts: stats.nodeCounts,
    relationshipCounts: stats.relationshipCounts,
    topBenchmarks: ranked(stats.topBenchmarks),
    topMethods: ranked(stats.topMethods),
    matrix: { benchmarks: stats.matrix.benchmarks.map(toEntity), methods: stats.matrix.methods.map(toEntity), cells: stats.matrix.cells },
  };
}
