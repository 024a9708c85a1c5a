import type { Database } from '../db/database.js';
import { alternatives, type NodeLabel } from '../../core/labels.js';
import { ANY_ENTITY, ANY_PAPER_LINK, ANY_TARGET } from './labels.js';
import { int } from './params.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';
import { read, type Statement } from './statement.js';

export interface RelatedRow {
  node: NodeRow;
  sharedPapers: number;
  sharedBenchmarks: number;
}

/**
 * What co-occurs most with one node: entities named in the same papers and evaluated on the same
 * benchmarks (for a paper: the papers sharing most of its entities), most shared first.
 */
export function relatedNodesQuery(label: NodeLabel, id: string, limit: number): Statement {
  const viaPapers =
    label === 'Paper'
      ? `MATCH (n)-[:${ANY_PAPER_LINK}]->(via:${ANY_ENTITY})<-[:${ANY_PAPER_LINK}]-(other:Paper) WHERE other <> n`
      : label === 'Repo'
        ? `MATCH (n)<-[:HAS_CODE]-(via:Paper)-[:${ANY_PAPER_LINK}]->(other:${ANY_ENTITY})`
        : `MATCH (n)<-[:${ANY_PAPER_LINK}]-(via:Paper)-[:${ANY_PAPER_LINK}]->(other:${ANY_ENTITY}) WHERE other <> n`;
  return {
    cypher: `MATCH (n:${alternatives([label])} {id: $id})
     CALL (n) {
       ${viaPapers}
       RETURN other, count(DISTINCT via) AS papers, 0 AS benchmarks
       UNION ALL
       MATCH (n)-[:EVALUATED_ON]->(via:${ANY_TARGET})<-[:EVALUATED_ON]-(other)
       WHERE other <> n
       RETURN other, 0 AS papers, count(DISTINCT via) AS benchmarks
     }
     WITH other, sum(papers) AS sharedPapers, sum(benchmarks) AS sharedBenchmarks
     ORDER BY sharedPapers + sharedBenchmarks DESC, toLower(coalesce(other.name, other.title)), other.id
     LIMIT $limit
     RETURN ${nodeMap('other')} AS node, sharedPapers, sharedBenchmarks`,
    params: { id, limit: int(limit) },
  };
}

export async function relatedNodes(db: Database, label: NodeLabel, id: string, limit: number): Promise<RelatedRow[]> {
  const rows = await read(db, relatedNodesQuery(label, id, limit));
  return rows.map((row) => ({
    node: toNodeRow(row.node as Record<string, unknown>),
    sharedPapers: row.sharedPapers as number,
    sharedBenchmarks: row.sharedBenchmarks as number,
  }));
}
