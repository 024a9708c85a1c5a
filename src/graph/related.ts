import type { Database } from '../db/database.js';
import { alternatives, ENTITY_LABELS, TARGET_LABELS, type NodeLabel } from '../../core/labels.js';
import { int } from './params.js';
import { nodeMap, toNodeRow, type NodeRow } from './rows.js';
import { read, type Statement } from './statement.js';

export interface RelatedRow {
  node: NodeRow;
  sharedPapers: number;
  sharedBenchmarks: number;
}

const PAPER_LINKS = 'PROPOSES|MENTIONS|EVALUATES_ON|ADDRESSES';

/**
 * What co-occurs most with one node: entities named in the same papers and evaluated on the same
 * benchmarks (for a paper: the papers sharing most of its entities), most shared first.
 */
export function relatedNodesQuery(label: NodeLabel, id: string, limit: number): Statement {
  const entities = alternatives(ENTITY_LABELS);
  const viaPapers =
    label === 'Paper'
      ? `MATCH (n)-[:${PAPER_LINKS}]->(via:${entities})<-[:${PAPER_LINKS}]-(other:Paper) WHERE other <> n`
      : label === 'Repo'
        ? `MATCH (n)<-[:HAS_CODE]-(via:Paper)-[:${PAPER_LINKS}]->(other:${entities})`
        : `MATCH (n)<-[:${PAPER_LINKS}]-(via:Paper)-[:${PAPER_LINKS}]->(other:${entities}) WHERE other <> n`;
  return {
    cypher: `MATCH (n:${alternatives([label])} {id: $id})
     CALL (n) {
       ${viaPapers}
       RETURN other, count(DISTINCT via) AS papers, 0 AS benchmarks
       UNION ALL
       MATCH (n)-[:EVALUATED_ON]->(via:${alternatives(TARGET_LABELS)})<-[:EVALUATED_ON]-(other)
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
