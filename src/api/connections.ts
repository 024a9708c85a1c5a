import type { EdgeType, NodeLabel } from '../../core/labels.js';
import type { EvidenceRow, LinkPage, LinkRow } from '../graph/neighbours.js';
import type { NodeRow } from '../graph/rows.js';
import { builder } from './builder.js';
import { RelationEnum } from './enums.js';
import { connectionFrom, type Page } from './pagination.js';
import { EvaluationGroupRef, EvaluationRef, EvidenceRef, REF_OF_LABEL } from './refs.js';

/**
 * One connection type per node type (`MethodConnection`, ...), shared by the root plurals and
 * every relationship field that lists that type. An edge of a relationship field also says how
 * the two nodes are linked: relationship types, evidence sentences, sources.
 */

interface LinkInfo {
  relations: EdgeType[];
  evidence: EvidenceRow[];
  sources: string[];
  official: boolean | null;
}

const NO_LINK: LinkInfo = { relations: [], evidence: [], sources: [], official: null };

function linkOf(edge: unknown): LinkInfo {
  return (edge as { link?: LinkInfo }).link ?? NO_LINK;
}

function nodeConnection<Label extends NodeLabel>(label: Label) {
  return builder.connectionObject(
    { type: REF_OF_LABEL[label], name: `${label}Connection`, description: `One page of ${label} nodes, with the total count.` },
    {
      name: `${label}Edge`,
      description: `A ${label} in a page and, in a relationship list, how it is linked.`,
      fields: (t) => ({
        relations: t.field({
          type: [RelationEnum],
          description: 'Relationship types linking this node to the parent (empty in root lists).',
          resolve: (edge) => linkOf(edge).relations,
        }),
        evidence: t.field({
          type: [EvidenceRef],
          description: 'Sentences the link was extracted from (text-derived links only).',
          resolve: (edge) => linkOf(edge).evidence,
        }),
        sources: t.stringList({
          description: 'Sources of dump-derived links (e.g. pwc-evaluation-tables).',
          resolve: (edge) => linkOf(edge).sources,
        }),
        official: t.boolean({
          nullable: true,
          description: 'For code links: whether the repository is the official implementation, where a source said.',
          resolve: (edge) => linkOf(edge).official,
        }),
      }),
    },
  );
}

export const PaperConnection = nodeConnection('Paper');
export const MethodConnection = nodeConnection('Method');
export const ModelConnection = nodeConnection('Model');
export const DatasetConnection = nodeConnection('Dataset');
export const BenchmarkConnection = nodeConnection('Benchmark');
export const TaskConnection = nodeConnection('Task');
export const MetricConnection = nodeConnection('Metric');
export const RepoConnection = nodeConnection('Repo');

export const EvaluationConnection = builder.connectionObject(
  { type: EvaluationRef, name: 'EvaluationConnection', description: 'One page of evaluation results, with the total count.' },
  { name: 'EvaluationEdge', description: 'An evaluation result in a page.' },
);

export const EvaluationGroupConnection = builder.connectionObject(
  {
    type: EvaluationGroupRef,
    name: 'EvaluationGroupConnection',
    description: 'One page of evaluation groups (results per counterpart), with the total count.',
  },
  { name: 'EvaluationGroupEdge', description: 'A group of evaluation results in a page.' },
);

/** A connection from a page of links: edges carry the node and how it is linked. */
export function linkConnection<Row extends NodeRow>(links: LinkPage, page: Page) {
  const connection = connectionFrom(links.items, page, links.total);
  return {
    ...connection,
    edges: connection.edges.map(({ node: link, cursor }: { node: LinkRow; cursor: string }) => ({
      cursor,
      node: link.node as Row,
      link: { relations: link.relations, evidence: link.evidence, sources: link.sources, official: link.official },
    })),
  };
}
