import type { PaperDocument } from '../document.js';
import { findAcronymPairs } from './acronyms.js';
import { findCandidates } from './candidates.js';
import { groupEntities, type PaperEntity } from './entities.js';
import { mergeVariants } from './name-variants.js';
import { assignTypes } from './entity-type.js';
import { findEvaluations, type EvaluationPair } from './evaluations.js';
import { prepareText } from './prepared-text.js';
import { findProposals } from './proposals.js';
import { findRepoMentionsInUrls } from './repo-urls.js';
import { sentenceAt } from './sentences.js';
import { findTasks, isTaskName, type TaskMention } from './tasks.js';
import { tokenize } from './tokens.js';
import { findUrlSpans, isOutsideUrls } from './url-spans.js';

/**
 * Extraction of one paper, composed from small pure components (clean-up, acronyms, lexicon,
 * name shapes, proposals, typing, evaluations, tasks, repos). Deterministic: the same document
 * always gives the same extraction.
 */

export interface RepoExtraction {
  /** As written, without trailing punctuation. */
  written: string;
  /** Canonical id (lower-cased https://host/owner/name), the Repo node's id. */
  id: string;
  url: string;
  evidence: string;
}

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

export function extractPaper(doc: PaperDocument): PaperExtraction {
  const prepared = prepareText(doc.title, doc.abstract);
  const tokens = tokenize(prepared.text);
  const pairs = findAcronymPairs(prepared);
  // One scan for URLs: names that appear only inside a URL are not entities, and repository links are read from them.
  const urls = findUrlSpans(prepared.text);
  const outsideUrls = (m: { start: number; end: number }) => isOutsideUrls(m, urls);
  const candidates = findCandidates(prepared, tokens, pairs).filter(outsideUrls);
  const proposals = findProposals(prepared, tokens, candidates).filter(outsideUrls);
  const entities = mergeVariants(groupEntities([...candidates, ...proposals], pairs.filter((p) => outsideUrls(p.long) && outsideUrls(p.short))));
  for (const entity of entities) {
    if (!entity.lexiconName && isTaskName(entity.fullName ?? '')) entity.labelHints.unshift('Task');
  }
  assignTypes(entities, prepared, tokens);
  for (const entity of entities) entity.evidence = sentenceAt(prepared.sentences, entity.mentions[0]!.start)?.text ?? '';
  for (const entity of entities) if (entity.label === 'Task') entity.proposed = false;
  const evaluations = findEvaluations(entities, prepared);
  const tasks = findTasks(prepared, entities);
  const repos = findRepoMentionsInUrls(prepared.text, urls).map((m) => ({
    written: m.written,
    id: m.repo.id,
    url: m.repo.url,
    evidence: sentenceAt(prepared.sentences, m.start)?.text ?? '',
  }));
  return { paperId: doc.id, title: doc.title, text: prepared.text, entities, tasks, repos: uniqueBy(repos, (r) => r.id), evaluations };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
