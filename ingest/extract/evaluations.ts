import type { PaperEntity } from './entities.js';
import type { ExtractorName } from './extractor-names.js';
import type { PreparedText } from './prepared-text.js';

/**
 * Where results are reported: sentences with a results cue ("experiments on A, B and C",
 * "achieves ... on X", "outperforms ... on the X benchmark") give evaluated_on pairs between a
 * subject and each dataset or benchmark named there. The subject is the proposed method or model
 * named in the sentence, else the paper's first proposed method or model, else "@paper" (never in
 * a paper that only compares others' systems); a named baseline compared in the same sentence
 * ("TR-DPO against DPO on ...") gets its own pair.
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
  /\b(?:experiment\w*|evaluat\w*|results?|outperform\w*|achiev\w*|surpass\w*|beat\w*|accuracy|performance|perform(?:s|ed)?|state-of-the-art|sota|test(?:s|ed)?|validate[sd]?|demonstrat\w*|improv\w*|gains?|scor\w*|reach\w*|attain\w*|superior\w*|assess\w*|benchmark(?:ed|ing)|struggl\w*|lag\w*|fail\w*|state of the art|match(?:es|ed|ing)?|obtain\w*|yield\w*|competitive|comparable|on par|rival\w*|we benchmark|reduc\w*|show(?:s|n|ed)?|tops?|rank(?:s|ed)? first|solv(?:es|ed))\b/i;
const COMPARISON = /\b(?:against|outperform\w*|beat\w*|surpass\w*|than|over|compar\w*|versus|vs\.?|baselines?|match(?:es|ed)?|rival\w*)\b/gi;
// A model that grades the results ("evaluated by GPT-4", "GPT-4 as a judge") is not evaluated.
const EVALUATOR_BEFORE = /\b(?:evaluat\w*|judg\w*|measured|rated|scored|annotated|assessed|labell?ed|graded)\s+(?:[\w-]+\s+){0,3}?(?:by|with|using)\s+(?:the\s+|an?\s+)?$/i;
const EVALUATOR_AFTER = /^(?:'s|’s)?[\s-]*(?:as[- ](?:an?[- ]|the[- ])?(?:judge|evaluator|annotator)|evaluat\w*|judg\w*|annotat\w*|grader|assisted|based (?:evaluat|judg)\w*)/i;
const OWN_WORK = /\b(?:we|our|ours|proposed)\b/i;
// What may stand before a name that opens a sentence as its subject: "The LSTM reached ...", "RESULTS: XGBoost ...".
const OPENS_WITH_NAME = /^(?:[A-Z]{3,}:\s*)?(?:(?:the|a|an)\s+)?$/i;
const USED_FOR_EVALUATION = /\b(?:we|are|is)\s+(?:\w+ly\s+)?(?:use[ds]?|adopt\w*|employ\w*|consider\w*|select\w*|choose|chose|compared?)\b/i;
const OWN_APPROACH = /\b(?:our|ours|proposed)\b/i;
const WE_COMPARE = /\bwe\s+(?:\w+ly\s+)?compare\b/i;
// "This work directly compares A and B against C": a paper about others' systems...
const PAPER_COMPARES = /\b(?:we|this (?:paper|work|study|article))\s+(?:\w+ly\s+)?compares?\b/i;
// ... unless it also brings one of its own ("we then introduce a new segmenter").
const OWN_PROPOSAL = /\bwe\s+(?:\w+ly\s+)?(?:then\s+)?(?:propose|introduce|present|develop|design|build)\b/i;
const OWN_APPROACH_SUBJECT = /\b(?:our|the proposed) (?:\w+ )?(?:method|approach|model|framework|system|technique|algorithm|pipeline)s?\b/i;
// "We evaluate X", "we fine-tune X and Y and evaluate them", "we show that X fails on ...": others' results in the paper's words.
const EVALUATES_OTHERS =
  /\bwe\s+(?:\w+ly\s+)?(?:evaluate|test|benchmark|assess|probe|compare|examine|analy[sz]e|study|investigate|prompt|query|show|find|observe|demonstrate|reveal)\b|\bwe\s[^.;]{0,80}?\b(?:and|then)\s+(?:evaluate|test)\b/i;
const THESE_TARGETS = /\b(?:both|all|these|each|the (?:two|three|four|five|six)|all (?:two|three|four|five|six))\s+(?:(?:new|proposed|our)\s+)?(?:datasets?|benchmarks?|corpora|test sets?)\b/i;
// The words between the verb and "on" never hold a results verb: "fine-tuned on MNLI fails on HANS" tests on HANS.
const TRAINING_ONLY =
  /\b(?:train\w*|fine-?tun\w*|pre-?train\w*|built|derived|constructed|collected|sampled|distill\w*)\s+(?:(?!(?:fail|achiev|outperform|perform|scor|reach|improv|surpass|beat|generaliz|transfer|struggl|lag)\w*\s)\w+\s+){0,3}?(?:on|from|with|using)\s+(?:the\s+)?$/i;

/**
 * Pairs from the sentences that report results. In each: the targets named there (or, where the
 * sentence names subjects but no target, the targets of the results sentence just before it, or
 * the one target the paper proposes); the subjects are the paper's proposed methods and models
 * named there, else its main one ("our method" and unnamed results resolve to it), else
 * "@paper". A target the paper itself proposes is not the paper's own result: the models and
 * methods evaluated on it are, wherever the sentence names them. Named baselines after a
 * comparison word get their own pairs.
 */
export function findEvaluations(entities: readonly PaperEntity[], prepared: PreparedText): EvaluationPair[] {
  const targets = entities.filter((e) => e.label === 'Dataset' || e.label === 'Benchmark');
  if (targets.length === 0) return [];
  const subjects = entities.filter((e) => e.proposed && (e.label === 'Method' || e.label === 'Model'));
  const others = entities.filter((e) => !e.proposed && (e.label === 'Method' || e.label === 'Model'));
  const proposedTargets = targets.filter((t) => t.proposed);
  const mainSubject = subjects[0]?.key ?? PAPER_SUBJECT;
  const pairs: EvaluationPair[] = [];
  const add = pairAdder(pairs);

  let previousTargets: PaperEntity[] = [];
  // A paper that only compares named methods or models has no approach of its own to report on: no "@paper" pairs.
  const comparesOnly = mainSubject === PAPER_SUBJECT && comparesNamedOnly(prepared, others);
  let comparisonPaper = comparesOnly;
  for (const sentence of prepared.sentences) {
    const inSentence = mentionsWithin(sentence);
    if (sentence.start < prepared.abstractStart || !RESULTS_CUE.test(sentence.text)) {
      // "For summarization, we use SAMSum. X beats Y.": the data a sentence names for use carry to the results after it.
      previousTargets = sentence.start >= prepared.abstractStart && USED_FOR_EVALUATION.test(sentence.text) ? targets.filter((t) => inSentence(t).length > 0) : [];
      continue;
    }
    // A proposed name counts wherever it is written, also where no rule marked it again ("Results show that Soundwave ...").
    const named = subjects.filter((s) => inSentence(s).length > 0 || writtenIn(sentence.text, s));
    const namedOthers = others.filter((e) => inSentence(e).some((m) => !isEvaluator(prepared.text, sentence.start, m)));
    let sentenceTargets = targets.filter((t) =>
      inSentence(t).some((m) => !TRAINING_ONLY.test(prepared.text.slice(Math.max(sentence.start, m.start - 50), m.start))),
    );
    const carried = sentenceTargets.length === 0;
    if (carried && (named.length > 0 || namedOthers.length > 0)) {
      // "on both datasets", "across all three benchmarks": the paper's own targets, however many, where none came before.
      const ownTargets = proposedTargets.length === 1 || (proposedTargets.length > 1 && THESE_TARGETS.test(sentence.text)) ? proposedTargets : [];
      sentenceTargets = previousTargets.length > 0 ? previousTargets : ownTargets;
    }
    if (sentenceTargets.length === 0) continue;
    if (!carried) previousTargets = sentenceTargets;
    const comparisons = [...sentence.text.matchAll(COMPARISON)].map((m) => sentence.start + m.index);
    const firstComparison = comparisons.length > 0 ? Math.min(...comparisons) : sentence.end;
    // Methods and models named before any comparison word are what the sentence reports on.
    // "We compare A, B and C on X": the paper's own verb; where it names no approach of its own, all of them are what is reported on.
    const comparesNamed = named.length === 0 && WE_COMPARE.test(sentence.text) && !OWN_APPROACH.test(sentence.text);
    const leadingOthers = comparesNamed ? namedOthers : namedOthers.filter((e) => inSentence(e).some((m) => m.start < firstComparison));
    // A paper with no approach of its own (a comparison) reports on the methods and models leading the sentence.
    // "We evaluate GPT-4, Claude 2 and Llama 2 on X": the paper's own words, but the others' results.
    // Once a paper reads as a comparison of others, its later "we find that X ..." reports on X too.
    const comparesOthers =
      mainSubject === PAPER_SUBJECT &&
      leadingOthers.length > 0 &&
      (!OWN_WORK.test(sentence.text) || ((comparisonPaper || EVALUATES_OTHERS.test(sentence.text)) && !OWN_APPROACH.test(sentence.text)));
    if (comparesOthers) comparisonPaper = true;
    // "The LSTM reached 0.89 on X": another system opens a sentence that says nothing of the paper's own work; the result is its.
    const opening = leadingOthers.filter((e) => inSentence(e).some((m) => OPENS_WITH_NAME.test(prepared.text.slice(sentence.start, m.start))));
    const othersResult = !comparesOthers && named.length === 0 && opening.length > 0 && !OWN_WORK.test(sentence.text);
    const reportsOthers = comparesOthers || othersResult;
    const subjectsHere = named.length > 0 ? named.map((s) => s.key) : carried || reportsOthers || comparesOnly ? [] : [mainSubject];
    // "our approach outperforms X on <our dataset>": the paper's own approach is what is measured on its own data.
    const ownApproachMeasured = OWN_APPROACH_SUBJECT.test(sentence.text);
    for (const target of sentenceTargets) {
      for (const subject of subjectsHere) {
        if (subject === PAPER_SUBJECT && target.proposed && !ownApproachMeasured) continue;
        add(subject, target.key, sentence.text, named.length > 0 ? 0.75 : 0.6);
      }
      // Models on the paper's own benchmark (methods too, where the paper says it evaluates them); subjects of a comparison paper; a target carried from the sentence before.
      for (const other of namedOthers) {
        if (target.proposed ? other.label === 'Model' || EVALUATES_OTHERS.test(sentence.text) || opening.includes(other) : carried || comparesOthers || (othersResult && opening.includes(other))) add(other.key, target.key, sentence.text, 0.55);
      }
    }
    // Named baselines: methods or models mentioned after a comparison word.
    if (comparisons.length === 0) continue;
    for (const entity of namedOthers) {
      if (!inSentence(entity).some((m) => m.start > firstComparison)) continue;
      for (const target of sentenceTargets) add(entity.key, target.key, sentence.text, 0.5);
    }
  }
  return pairs;
}

// The closures findEvaluations uses come from factories: tsx (which runs kg and the benchmarks)
// names every named closure it creates, at about a microsecond each (and inSentence is one per sentence).

/** Adds a pair once; never a name evaluated on itself. */
function pairAdder(pairs: EvaluationPair[]): (subject: string, target: string, evidence: string, confidence: number) => void {
  const seen = new Set<string>();
  return (subject, target, evidence, confidence) => {
    const id = `${subject}\u0000${target}`;
    if (subject === target || seen.has(id)) return;
    seen.add(id);
    pairs.push({ subject, target, evidence, confidence, extractor: EXTRACTOR });
  };
}

/** Whether the abstract says it compares two or more named methods or models, and proposes nothing. */
function comparesNamedOnly(prepared: PreparedText, others: readonly PaperEntity[]): boolean {
  // The rare cue first: most abstracts say nothing of comparing.
  const abstract = prepared.sentences.filter((s) => s.start >= prepared.abstractStart);
  if (!abstract.some((s) => PAPER_COMPARES.test(s.text) && others.filter((e) => mentionsWithin(s)(e).length > 0).length >= 2)) return false;
  return !abstract.some((s) => OWN_PROPOSAL.test(s.text) || OWN_APPROACH_SUBJECT.test(s.text));
}

/** An entity's mentions that start in the sentence. */
function mentionsWithin(sentence: { start: number; end: number }): (e: PaperEntity) => PaperEntity['mentions'] {
  return (e) => e.mentions.filter((m) => m.start >= sentence.start && m.start < sentence.end);
}

function isEvaluator(text: string, sentenceStart: number, mention: { start: number; end: number }): boolean {
  return EVALUATOR_BEFORE.test(text.slice(Math.max(sentenceStart, mention.start - 60), mention.start)) || EVALUATOR_AFTER.test(text.slice(mention.end, mention.end + 30));
}

/** Whether the sentence writes one of the entity's names as a whole word. */
function writtenIn(sentence: string, entity: PaperEntity): boolean {
  return entity.aliases.some((alias) => {
    let at = sentence.indexOf(alias);
    while (at >= 0) {
      const before = sentence[at - 1];
      const after = sentence[at + alias.length];
      // "MathCoder" inside "MathCoder-34B" names the sized model, not the family.
      const compound = (after === '-' && isWordChar(sentence[at + alias.length + 1])) || (before === '-' && isWordChar(sentence[at - 2]));
      if (!isWordChar(before) && !isWordChar(after) && !compound) return true;
      at = sentence.indexOf(alias, at + 1);
    }
    return false;
  });
}

function isWordChar(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}
