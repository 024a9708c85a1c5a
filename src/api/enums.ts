import { EDGE_TYPES, NODE_LABELS } from '../../core/labels.js';
import { builder } from './builder.js';

const RELATION_DESCRIPTIONS: Record<(typeof EDGE_TYPES)[number], string> = {
  PROPOSES: 'A paper introduces the method, model, dataset or benchmark.',
  MENTIONS: 'A paper names the entity without introducing it.',
  EVALUATES_ON: 'A paper reports results on the benchmark or dataset.',
  EVALUATED_ON: 'A method or model has results on the benchmark or dataset.',
  HAS_CODE: 'A paper links to the repository.',
  IMPLEMENTED_IN: 'The repository implements the method.',
  VARIANT_OF: 'The method is a variant of another method.',
  ON_DATASET: 'The benchmark is built on the dataset.',
  FOR_TASK: 'The benchmark measures the task.',
  ADDRESSES: 'A paper addresses the task.',
  AUTHORED_BY: 'A paper is written by the author (`position` in its author list, from 1).',
  PUBLISHED_IN: 'A paper appeared at the venue (`year`).',
  USES: 'A paper uses the method or model, as a Papers with Code dump lists it (`source`).',
  IN_COLLECTION: 'The method belongs to the collection of the methods taxonomy.',
  IN_AREA: 'The collection belongs to the area of the methods taxonomy.',
  PART_OF: 'The dataset is a part or version of its parent dataset.',
};

export const RelationEnum = builder.enumType('Relation', {
  description: 'Relationship types of the graph.',
  values: Object.fromEntries(EDGE_TYPES.map((type) => [type, { value: type, description: RELATION_DESCRIPTIONS[type] }])),
});

export const NodeTypeEnum = builder.enumType('NodeType', {
  description: 'Node types of the graph, for `search(types:)`.',
  values: Object.fromEntries(NODE_LABELS.map((label) => [label.toUpperCase(), { value: label, description: `${label} nodes.` }])),
});

export const OrderDirectionEnum = builder.enumType('OrderDirection', {
  description: 'Sort direction.',
  values: { ASC: { value: 'ASC', description: 'Smallest first.' }, DESC: { value: 'DESC', description: 'Largest first.' } } as const,
});

export const EntityOrderFieldEnum = builder.enumType('EntityOrderField', {
  description: 'What to sort named entities by.',
  values: {
    NAME: { value: 'NAME', description: 'Name, case-insensitive.' },
    PAPERS: { value: 'PAPERS', description: 'Number of papers that propose, mention, evaluate on or address it.' },
    EVALUATIONS: { value: 'EVALUATIONS', description: 'Number of evaluation results it takes part in.' },
  } as const,
});

export const PaperOrderFieldEnum = builder.enumType('PaperOrderField', {
  description: 'What to sort papers by.',
  values: {
    TITLE: { value: 'NAME', description: 'Title, case-insensitive.' },
    PUBLISHED_AT: { value: 'PUBLISHED_AT', description: 'Publication date (papers without one sort last, in either direction).' },
    EVALUATIONS: { value: 'EVALUATIONS', description: 'Number of benchmarks and datasets it reports results on.' },
  } as const,
});

export const RepoOrderFieldEnum = builder.enumType('RepoOrderField', {
  description: 'What to sort repositories by.',
  values: {
    URL: { value: 'NAME', description: 'Normalised URL.' },
    PAPERS: { value: 'PAPERS', description: 'Number of papers linking to it.' },
  } as const,
});
