import type { PaperEntity } from './entities.js';
import type { ExtractorName } from './extractor-names.js';
import type { PreparedText } from './prepared-text.js';

/**
 * Where results are reported: sentences with a results cue ("experiments on A, B and C",
 * "achieves ... on X", "outperforms ... on the X benchmark") give evaluated_on pairs between a
 * subject and each dataset or benchmark named there. The subject is the proposed method or model
 * named in the sentence, else the paper's first proposed method or model, else "@paper"; a named
 * baseline compared in the same sentence ("TR-DPO against DPO on ...") gets its own pair.
 */

export const PAPER_SUBJECT = '@paper';

export interface EvaluationPair {
  /** Entity key of the subject, or "@paper". */
  subject: string;
  /** Entity key of the dataset or benchmark. */
  target: string;
  evidence: string;
  confidence: number;
  extractor: ExtractorName;
}

const EXTRACTOR: ExtractorName = 'evaluation';
const RESULTS_CUE =
  /\b(?:experiment\w*|evaluat\w*|results?|outperform\w*|achiev\w*|surpass\w*|beat\w*|accuracy|performance|state-of-the-art|sota|tested|validate[sd]?|demonstrat\w*|improv\w*|gains?|scor\w*|reach\w*|attain\w*)\b/i;
const COMPARISON = /\b(?:against|outperform\w*|beat\w*|surpass\w*|than|over|compared (?:to|with)|versus|vs\.?|baselines?)\b/gi;
const TRAINING_ONLY = /\b(?:train\w*|fine-?tun\w*|pre-?train\w*|built|derived|constructed|collected|sampled|distill\w*)\s+(?:\w+\s+){0,3}?(?:on|from|with|using)\s+(?:the\s+)?$/i;

export function findEvaluations(entities: readonly PaperEntity[], prepared: PreparedText): EvaluationPair[] {
  const targets = entities.filter((e) => e.label === 'Dataset' || e.label === 'Benchmark');
  if (targets.length === 0) return [];
  const subjects = entities.filter((e) => e.proposed && (e.label === 'Method' || e.label === 'Model'));
  const mainSubject = subjects[0]?.key ?? PAPER_SUBJECT;
  const pairs: EvaluationPair[] = [];
  const seen = new Set<string>();
  const add = (subject: string, target: string, evidence: string, confidence: number) => {
    const id = `${subject}\u0000${target}`;
    if (subject === target || seen.has(id)) return;
    seen.add(id);
    pairs.push({ subject, target, evidence, confidence, extractor: EXTRACTOR });
  };

  for (const sentence of prepared.sentences) {
    if (sentence.start < prepared.abstractStart || !RESULTS_CUE.test(sentence.text)) continue;
    const inSentence = (e: PaperEntity) => e.mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
    const sentenceTargets = targets.filter((t) =>
      inSentence(t).some((m) => !TRAINING_ONLY.test(prepared.text.slice(Math.max(sentence.start, m.start - 50), m.start))),
    );
    if (sentenceTargets.length === 0) continue;
    const named = subjects.filter((s) => inSentence(s).length > 0).map((s) => s.key);
    const sentenceSubjects = named.length > 0 ? named : [mainSubject];
    for (const target of sentenceTargets) {
      // A proposed dataset evaluated with no named method of the paper is the paper's own evaluation.
      for (const subject of sentenceSubjects) add(subject, target.key, sentence.text, named.length > 0 ? 0.75 : 0.6);
    }
    // Named baselines: methods or models mentioned after a comparison word.
    const comparisons = [...sentence.text.matchAll(COMPARISON)].map((m) => sentence.start + m.index);
    if (comparisons.length === 0) continue;
    const firstComparison = Math.min(...comparisons);
    for (const entity of entities) {
      if (entity.proposed || (entity.label !== 'Method' && entity.label !== 'Model')) continue;
      if (!inSentence(entity).some((m) => m.start > firstComparison)) continue;
      for (const target of sentenceTargets) add(entity.key, target.key, sentence.text, 0.5);
    }
  }
  return pairs;
}
