import type { PaperDocument } from '../document.js';
import type { PipelineComponent } from './component.js';
import { assertComponentOrder } from './component-order.js';
import { acronymPairsComponent } from './components/acronym-pairs.js';
import { candidatesComponent } from './components/candidates.js';
import { entitiesComponent } from './components/entities.js';
import { entityEvidenceComponent } from './components/entity-evidence.js';
import { entityNamesComponent } from './components/entity-names.js';
import { entityTypesComponent } from './components/entity-types.js';
import { evaluationsComponent } from './components/evaluations.js';
import { prepareTextComponent } from './components/prepare-text.js';
import { proposalsComponent } from './components/proposals.js';
import { tasksComponent } from './components/tasks.js';
import { tokenizeComponent } from './components/tokenize.js';
import { urlScanComponent } from './components/url-scan.js';
import { DocumentState } from './document-state.js';
import type { PaperEntity } from './entities.js';
import type { EvaluationPair } from './evaluations.js';
import type { FieldName } from './extraction-fields.js';
import type { RepoExtraction } from './repo-urls.js';
import type { TaskMention } from './tasks.js';

/**
 * Extraction of one paper: the components below, run in order on one document's fields (each
 * declares what it requires and assigns; see component.ts). Deterministic: the same document
 * always gives the same extraction.
 */

export type { RepoExtraction } from './repo-urls.js';

export interface PaperExtraction {
  paperId: string;
  title: string;
  /** Cleaned title and abstract, joined by a newline: every offset refers to it. */
  text: string;
  /** Methods, models, datasets, benchmarks and tasks, in order of first mention. */
  entities: PaperEntity[];
  /** The one to three tasks the paper addresses (lower case). */
  tasks: TaskMention[];
  repos: RepoExtraction[];
  evaluations: EvaluationPair[];
}

export const COMPONENTS: readonly PipelineComponent[] = [
  prepareTextComponent,
  tokenizeComponent,
  urlScanComponent,
  acronymPairsComponent,
  candidatesComponent,
  proposalsComponent,
  entityNamesComponent,
  entityTypesComponent,
  entityEvidenceComponent,
  entitiesComponent,
  evaluationsComponent,
  tasksComponent,
];

/** What extraction starts from, and the fields extractPaper reads at the end. */
export const PIPELINE_FIELDS: { given: readonly FieldName[]; outputs: readonly FieldName[] } = {
  given: ['document'],
  outputs: ['text', 'entities', 'tasks', 'repos', 'evaluations'],
};

// Checked once, when the module loads: a mis-ordered list fails before any document is read.
assertComponentOrder(COMPONENTS, PIPELINE_FIELDS);

/** Every field of one document, as the components assign them. */
export function runComponents(doc: PaperDocument): DocumentState {
  const state = new DocumentState(doc);
  for (const component of COMPONENTS) state.apply(component);
  return state;
}

export function extractPaper(doc: PaperDocument): PaperExtraction {
  const state = runComponents(doc);
  return {
    paperId: doc.id,
    title: doc.title,
    text: state.text.text,
    entities: state.entities,
    tasks: state.tasks,
    repos: state.repos,
    evaluations: state.evaluations,
  };
}
