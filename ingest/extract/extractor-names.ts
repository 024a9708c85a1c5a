/**
 * Every name an extraction rule writes as provenance (a mention's or an edge's `extractor`), in
 * one closed list: a misspelt name is a compile error, not a mention that silently ranks last.
 */

/** Rules that find names in the text; ranked against each other when mentions share a span. */
export const MENTION_EXTRACTORS = ['lexicon', 'lexicon-variant', 'acronym', 'title-head', 'proposal', 'resource-noun', 'name-shape'] as const;
export type MentionExtractor = (typeof MENTION_EXTRACTORS)[number];

/** Rules that pick the tasks a paper addresses. */
export const TASK_EXTRACTORS = ['task-title', 'task-lexicon', 'task-acronym', 'task-paradigm', 'task-phrase', 'task-llm-alignment'] as const;
export type TaskExtractor = (typeof TASK_EXTRACTORS)[number];

/** Rules behind relations: evaluated_on pairs, repository links, and a variant's base name. */
export const RELATION_EXTRACTORS = ['evaluation', 'repo-urls', 'variant-name'] as const;
export type RelationExtractor = (typeof RELATION_EXTRACTORS)[number];

export const EXTRACTOR_NAMES = [...MENTION_EXTRACTORS, ...TASK_EXTRACTORS, ...RELATION_EXTRACTORS] as const;
export type ExtractorName = (typeof EXTRACTOR_NAMES)[number];
