import type { ObjectRef, OutputType } from '@pothos/core';
import type { ConnectionShape, PageInfoShape } from '@pothos/plugin-relay';
import type { EdgeType, NodeLabel } from '../../core/labels.js';
import type { EvidenceRow, LinkFacts, LinkPage } from '../graph/neighbours.js';
import { NOT_READ, type NodeRow, type NotRead, type RowOf } from '../graph/rows.js';
import { builder } from './builder.js';
import { RelationEnum } from './enums.js';
import { connectionFrom, type Page } from './pagination.js';
import { AreaRef, AuthorRef, BenchmarkRef, CollectionRef, DatasetRef, EvaluationGroupRef, EvaluationRef, EvidenceRef, MethodRef, MetricRef, ModelRef, PaperRef, RepoRef, TaskRef, VenueRef } from './refs.js';
import type { SchemaTypes } from './schema-types.js';

/**
 * One connection type per node type (`MethodConnection`, ...), shared by the root plurals and
 * every relationship field that lists that type. An edge of a relationship field also says how
 * the two nodes are linked: relationship types, evidence sentences, sources.
 */

interface NodeEdge<Row> {
  cursor: string;
  node: Row;
  /** How an item of a relationship field is linked to its parent; items of root lists have no link. */
  link?: LinkFacts | NotRead;
}

/** One page of a node type's connection, the way its resolvers build it. */
interface NodeConnectionPage<Row> {
  edges: NodeEdge<Row>[];
  pageInfo: PageInfoShape;
  totalCount: number;
}

/** The ref of a node type's connection, for the helpers that fill any of them. */
export type NodeConnectionRef<Row extends NodeRow> = ObjectRef<SchemaTypes, ConnectionShape<SchemaTypes, Row | string, false>>;

const NO_LINK: LinkFacts = { relations: [], evidence: [], sources: [], official: null, framework: null, mentionedInPaper: null, mentionedInGithub: null };

/**
 * The facts of an edge's link. A page reads them wherever its edges ask for a field of them
 * (node-selection.ts): left out here, the page and the selection disagree, a bug to report
 * rather than an empty answer.
 */
function factsOf(edge: NodeEdge<unknown>): LinkFacts {
  const facts = edge.link ?? NO_LINK;
  if (facts === NOT_READ) throw new Error('a page read without its links answers an edge that asks for them');
  return facts;
}

function evidenceOf(edge: NodeEdge<unknown>): EvidenceRow[] {
  const evidence = factsOf(edge).evidence;
  if (evidence === NOT_READ) throw new Error('a page read without evidence answers an edge that asks for it');
  return evidence;
}

function linkFields(t: PothosSchemaTypes.ObjectFieldBuilder<SchemaTypes, NodeEdge<unknown>>) {
  return {
    relations: t.field({
      type: [RelationEnum],
      description: 'Relationship types linking this node to the parent (empty in root lists).',
      resolve: (edge) => factsOf(edge).relations,
    }),
    evidence: t.field({
      type: [EvidenceRef],
      description: 'Sentences the link was extracted from (text-derived links only).',
      resolve: evidenceOf,
    }),
    sources: t.stringList({
      description: 'Sources of dump-derived links (e.g. pwc-evaluation-tables).',
      resolve: (edge) => factsOf(edge).sources,
    }),
    official: t.boolean({
      nullable: true,
      description: 'For code links: whether the repository is the official implementation, where a source said.',
      resolve: (edge) => factsOf(edge).official,
    }),
    framework: t.string({
      nullable: true,
      description: 'For code links: the framework of the repository (pytorch, tf, jax), where the links dump said.',
      resolve: (edge) => factsOf(edge).framework,
    }),
    mentionedInPaper: t.boolean({
      nullable: true,
      description: 'For code links: whether the paper mentions the repository, where the links dump said.',
      resolve: (edge) => factsOf(edge).mentionedInPaper,
    }),
    mentionedInGithub: t.boolean({
      nullable: true,
      description: 'For code links: whether the repository mentions the paper, where the links dump said.',
      resolve: (edge) => factsOf(edge).mentionedInGithub,
    }),
  };
}

function nodeConnection<L extends NodeLabel, Ref extends OutputType<SchemaTypes>>(label: L, ref: Ref) {
  return builder.connectionObject<Ref, NodeConnectionPage<RowOf<L>>>(
    { type: ref, name: `${label}Connection`, description: `One page of ${label} nodes, with the total count.` },
    { name: `${label}Edge`, description: `A ${label} in a page and, in a relationship list, how it is linked.`, fields: linkFields },
  );
}

export const PaperConnection = nodeConnection('Paper', PaperRef);
export const MethodConnection = nodeConnection('Method', MethodRef);
export const ModelConnection = nodeConnection('Model', ModelRef);
export const DatasetConnection = nodeConnection('Dataset', DatasetRef);
export const BenchmarkConnection = nodeConnection('Benchmark', BenchmarkRef);
export const TaskConnection = nodeConnection('Task', TaskRef);
export const MetricConnection = nodeConnection('Metric', MetricRef);
export const RepoConnection = nodeConnection('Repo', RepoRef);
export const AuthorConnection = nodeConnection('Author', AuthorRef);
export const VenueConnection = nodeConnection('Venue', VenueRef);
export const CollectionConnection = nodeConnection('Collection', CollectionRef);
export const AreaConnection = nodeConnection('Area', AreaRef);

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
export function linkConnection<Row extends NodeRow>(links: LinkPage<Row>, page: Page): NodeConnectionPage<Row> {
  const connection = connectionFrom(links.items, page, links.total);
  return {
    ...connection,
    edges: connection.edges.map(({ node: link, cursor }) => ({
      cursor,
      node: link.node,
      link: link.facts,
    })),
  };
}
