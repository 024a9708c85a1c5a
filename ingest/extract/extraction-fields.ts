import type { PaperDocument } from '../document.js';
import type { PaperEntity } from './entities.js';
import type { EntityTyping } from './entity-type.js';
import type { EvaluationPair } from './evaluations.js';
import type { AcronymPair, Mention } from './mention.js';
import type { PreparedText } from './prepared-text.js';
import type { RepoExtraction } from './repo-urls.js';
import type { TaskMention } from './tasks.js';
import type { Token } from './tokens.js';
import type { TextSpan } from './url-spans.js';

/**
 * What extraction knows about one document, field by field: the pipeline's components each
 * require some fields and assign others (see pipeline.ts). Offsets refer to `text.text`.
 */
export interface ExtractionFields {
  /** The paper as its source yielded it: given, not assigned by a component. */
  document: PaperDocument;
  /** Cleaned title and abstract, joined by a newline, with the sentences. */
  text: PreparedText;
  tokens: Token[];
  /** The URLs in the text: names inside them are not entities. */
  urlSpans: TextSpan[];
  /** Repositories the text links to, one per id, in order of first link. */
  repos: RepoExtraction[];
  acronymPairs: AcronymPair[];
  /** Name mentions outside URLs: lexicon, acronym pairs, name shapes, names before resource nouns. */
  candidates: Mention[];
  /** Names the paper introduces, outside URLs. */
  proposals: Mention[];
  /** Mentions grouped into the paper's named things; their label is provisional and evidence unset. */
  names: PaperEntity[];
  /** For each of `names`, in the same order: its type, type hints and whether it is proposed. */
  types: EntityTyping[];
  /** For each of `names`, in the same order: the sentence of its first mention. */
  evidence: string[];
  /** The names with their types and evidence: the paper's entities. */
  entities: PaperEntity[];
  evaluations: EvaluationPair[];
  /** The one to three tasks the paper addresses. */
  tasks: TaskMention[];
}

export type FieldName = keyof ExtractionFields;
