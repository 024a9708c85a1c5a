import type { PaperEntity } from './entities.js';
import type { EntityLabel } from './mention.js';
import type { PreparedText } from './prepared-text.js';
import { isActivityName, isDefinedAsTaskAt, isTaskName } from './tasks.js';
import { tokenIndexFrom, type Token } from './tokens.js';

/**
 * Types an entity from general cues, strongest first: the lexicon; a resource noun written
 * with it ("the nuScenes and DriveLM-nuScenes benchmarks", "the TIMIT speech corpus");
 * suffixes (-Bench, -Eval); the proposal's own words ("a new benchmark, X"); model-family
 * and size shapes (Llama-3-70B, Qwen2-72B, Aligner-7B); being what results are reported on.
 * Lexicon names keep the lexicon's type.
 */

export interface EntityTyping {
  label: EntityLabel;
  /** The grouping's hints, with "Task" first when an acronym's long form names a task. */
  labelHints: EntityLabel[];
  /** A task is what a paper addresses, never what it proposes. */
  proposed: boolean;
}

const PARADIGM_LONG_FORM = /[\s-](?:learning|training|pre-?training|fine-?tuning|tuning|distillation)$/i;
const RESOURCE_NOUNS: Array<[RegExp, EntityLabel]> = [
  [/^(?:benchmarks?|leaderboards?|suite|testbed|challenge|subset|split|test set)$/i, 'Benchmark'],
  [/^(?:datasets?|corpus|corpora|treebank)$/i, 'Dataset'],
];
const SUITE_NOUN = /^(?:tasks|environments|games)$/;
const APPOSITIVE = /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,6}?(benchmarks?|datasets?|corpus|leaderboard|suite|subset|split|test set|framework|method|approach|algorithm|technique|pipeline|architecture)\b/;
// "X, a framework for ...": the paper's own words type it, whatever its suffix (-Eval, -Bench) suggests.
const APPOSITIVE_METHOD = /^(?:framework|method|approach|algorithm|technique|pipeline|architecture)$/;
const NOT_A_MODIFIER =
  /^(?:on|in|at|of|for|to|with|by|from|against|than|over|under|via|using|is|are|was|were|be|can|achiev\w*|outperform\w*|show\w*|demonstrat\w*|improv\w*|tops?|ranks?|reach\w*|obtain\w*|yield\w*|match\w*|surpass\w*|beat\w*|scor\w*|perform\w*|that|which|while|but|when|where)$/i;
const LIST_GLUE = /^(?:and|or|the|&|as|well)$/i;
// "measure MixEval-Hard scores": what a score is read on is a benchmark.
const SCORES_AFTER = /^ scores?\b/;
// "-Hard" marks the harder split of an evaluation set ("MixEval-Hard", "Arena-Hard").
const BENCHMARK_SUFFIX = /(?:bench|eval|arena|leaderboard|-hard)$/i;
// "FooSet", "Bar-Corpus", "Foo-Train": a coined name whose last part says it is a set of data, or a split of one.
const DATASET_SUFFIX = /(?:[\p{Ll}\d]|-)(?:Set|Corpus)$|[-_](?:train|test|dev|val|valid|validation)$/iu;
// "International Math Olympiad (IMO)", "Visual Recognition Challenge (ILSVRC)": a contest or exam is what systems are measured on.
const EVALUATION_EVENT = /\s(?:olympiads?|challenges?|competitions?|contests?|shared tasks?|exams?|examinations?)$/i;
const MODEL_FAMILY =
  /^(?:GPT|Llama|LLaMA|Qwen|Mistral|Mixtral|Gemma|Phi|Claude|Gemini|Falcon|Vicuna|Alpaca|OPT|BLOOM|Flan|T5|Yi|DeepSeek|InternLM|Baichuan|ChatGLM|GLM|Pythia|OLMo|StarCoder|Code ?Llama|Codex|davinci|DaVinci|text-davinci|PaLM|Chinchilla|BERT|RoBERTa|CLIP|LLaVA|BLIP|Stable ?Diffusion|SDXL|Whisper|Kimi|Grok|Nemotron|Zephyr|Tulu|Orca|Wizard)[\w.]*[-\s]?(?:\d|[A-Z])/;
const MODEL_SIZE = /(?:^|[-_\s])\d+(?:\.\d+)?[BbMm](?:$|[-_\s])|(?:^|[-_])(?:Instruct|Chat|[Bb]ase)$/;
// "on X", "on A and X", "on A, B, and X": up to three names listed before this one.
const EVALUATION_PREPOSITION = /\b(?:[Oo]n|[Ii]n|[Aa]cross)\s+(?:the\s+)?(?:[\p{L}\p{N}][\p{L}\p{N}.-]*(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)){0,3}$/u;
const REPORTED = /\b(?:achiev\w*|outperform\w*|surpass\w*|results?|accuracy|performance|experiments?|evaluat\w*|score\w*|state-of-the-art|SOTA|improv\w*|beat\w*)\b/i;

export function typeEntity(entity: PaperEntity, prepared: PreparedText, tokens: readonly Token[]): EntityTyping {
  if (entity.lexiconName) return { label: entity.label, labelHints: entity.labelHints, proposed: entity.proposed && entity.label !== 'Task' };
  // "handwritten text recognition (HTR)": the long form names a task, the strongest cue of all;
  // "Causal Question Answering (CQA)" too, unless the paper proposes it (then it is its system).
  const fullName = entity.fullName ?? '';
  // "a new decoding method, self-consistent summarization (SCS)": a proposal its own type word calls a method or model is one.
  const proposedAsSystem = entity.proposed && (entity.labelHints[0] === 'Method' || entity.labelHints[0] === 'Model');
  // "vision-language pre-training (VLP)": a paradigm stays a paradigm with an acronym; as the subject of a paper it is its task.
  // Written in lower case, as paradigms are; a capitalised long form is a named technique ("Adversarial Span Training").
  const namesParadigm = !entity.proposed && PARADIGM_LONG_FORM.test(fullName) && fullName.slice(1) === fullName.slice(1).toLowerCase();
  const namesTask =
    (isTaskName(fullName) && !proposedAsSystem) ||
    (!entity.proposed && isActivityName(fullName)) ||
    namesParadigm ||
    (!proposedAsSystem && namesCoinedProblem(entity)) ||
    (!entity.proposed && entity.mentions.some((m) => isDefinedAsTaskAt(prepared.text, m.end)));
  const labelHints: EntityLabel[] = namesTask ? ['Task', ...entity.labelHints] : entity.labelHints;
  const label = typeOf(entity, labelHints, prepared, tokens);
  return { label, labelHints, proposed: entity.proposed && label !== 'Task' };
}

/**
 * "..., which we term easy-to-hard generalization": a lower-case term the paper names, ending in
 * a task head, is the problem it poses (a task), not a method.
 */
function namesCoinedProblem(entity: PaperEntity): boolean {
  return entity.proposed && entity.mentions.some((m) => m.extractor === 'proposal' && m.text === m.text.toLowerCase() && isTaskName(m.text));
}

function typeOf(entity: PaperEntity, labelHints: readonly EntityLabel[], prepared: PreparedText, tokens: readonly Token[]): EntityLabel {
  if (labelHints[0] === 'Task') return 'Task';
  const nounCue = resourceNounCue(entity, prepared, tokens) ?? appositiveCue(entity, prepared);
  if (nounCue) return nounCue;
  if (!entity.proposed && entity.mentions.some((m) => SCORES_AFTER.test(prepared.text.slice(m.end, m.end + 8)))) return 'Benchmark';
  if (entity.aliases.some((a) => BENCHMARK_SUFFIX.test(a) && !/\s/.test(a))) return 'Benchmark';
  if (EVALUATION_EVENT.test(entity.fullName ?? '')) return 'Benchmark';
  if (entity.aliases.some((a) => DATASET_SUFFIX.test(a))) return 'Dataset';
  const hinted = labelHints[0];
  if (hinted && entity.mentions.some((m) => m.extractor !== 'name-shape')) return hinted;
  if (entity.aliases.some((a) => MODEL_FAMILY.test(a) || MODEL_SIZE.test(a))) return 'Model';
  if (hinted) return hinted;
  if (!entity.proposed && isReportedOn(entity, prepared)) return 'Benchmark';
  if (!entity.proposed && isTrainedOn(entity, prepared)) return 'Dataset';
  // "We build QuuxQA ... Experiments on QuuxQA show ...": what the paper's own experiments run on is what it built to test on.
  if (entity.proposed && entity.mentions.some((m) => EXPERIMENTS_ON.test(prepared.text.slice(Math.max(0, m.start - 40), m.start)))) return 'Benchmark';
  return 'Method';
}

const EXPERIMENTS_ON = /\b(?:experiments?|results|evaluations?)\s+(?:conducted\s+|performed\s+)?on\s+(?:the\s+|our\s+)?$/i;

const NAME_IN_LIST = /^\p{Lu}|\d/u;

/** A resource noun after the name, across a list of names and up to two modifiers. */
function resourceNounCue(entity: PaperEntity, prepared: PreparedText, tokens: readonly Token[]): EntityLabel | undefined {
  for (const mention of entity.mentions) {
    if (mention.start < prepared.abstractStart) continue;
    // "the Foo Bar (FB) challenge": the noun after a short form comes after its closing parenthesis.
    const end = prepared.text.charCodeAt(mention.end) === 41 ? mention.end + 1 : mention.end;
    let i = tokenIndexFrom(tokens, end);
    let modifiers = 0;
    // A name the paper proposes is typed by its own head noun only ("X benchmark"), not a list's.
    const maxModifiers = entity.proposed ? 1 : 2;
    for (let steps = 0; i < tokens.length && steps < 10; i++, steps++) {
      const token = tokens[i]!;
      const gap = prepared.text.slice(steps === 0 ? end : (tokens[i - 1]?.end ?? token.start), token.start);
      if (/[.;:()\n]/.test(gap)) break;
      for (const [pattern, label] of RESOURCE_NOUNS) if (pattern.test(token.text)) return label;
      // "AntMaze tasks", "Meta-World environments": a suite of tasks is a benchmark ("ABSA tasks", all capitals, name tasks).
      if (SUITE_NOUN.test(token.text) && /\p{Ll}/u.test(entity.name)) return 'Benchmark';
      if (LIST_GLUE.test(token.text)) continue;
      if (NOT_A_MODIFIER.test(token.text)) break;
      if (NAME_IN_LIST.test(token.text)) continue; // another name in the list
      if (++modifiers > maxModifiers) break;
    }
  }
  return undefined;
}

/** "LS3D-W, the largest ... facial landmark dataset", "GenoTEX, a benchmark dataset for ...". */
function appositiveCue(entity: PaperEntity, prepared: PreparedText): EntityLabel | undefined {
  for (const mention of entity.mentions) {
    const after = APPOSITIVE.exec(prepared.text.slice(mention.end, mention.end + 120));
    if (!after) continue;
    if (APPOSITIVE_METHOD.test(after[1]!)) return 'Method';
    for (const [pattern, label] of RESOURCE_NOUNS) if (pattern.test(after[1]!)) return label;
  }
  return undefined;
}

// "..., and X outperforms": a name followed by a results verb is the subject, not what results are on.
const SUBJECT_OF_RESULTS = /^\s+(?:\w+ly\s+)?(?:outperform|achiev|surpass|beat|obtain|reach|yield|match)\w*/i;

export function isSubjectOfResults(text: string, end: number): boolean {
  return SUBJECT_OF_RESULTS.test(text.slice(end, end + 40));
}

// "on NHL and MLB matches": names before a plain plural noun modify it; the noun is what results are on.
const MODIFIES_NOUN =
  /^(?:\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)[\p{Lu}\d][\p{L}\p{N}.-]*)*\s+(?!(?:for|in|on|at|by|to|from|with|across|over|under|and|or|show|is|are|was|were)\s)(?:\p{Ll}+\s+)?(\p{Ll}+s)\b/u;
const PLURAL_NOT_MODIFIED = /^(?:benchmarks|datasets|corpora|tasks|sets|splits|subsets|suites|tracks|leaderboards|settings|respectively|shows|demonstrates|indicates|reveals|suggests|confirms|verifies|highlights|yields|achieves|outperforms|improves)$/;

function modifiesNoun(text: string, end: number): boolean {
  const next = MODIFIES_NOUN.exec(text.slice(end, end + 80));
  return next !== null && !PLURAL_NOT_MODIFIED.test(next[1]!);
}

function isReportedOn(entity: PaperEntity, prepared: PreparedText): boolean {
  return entity.mentions.some((m) => {
    if (m.extractor !== 'name-shape' || isSubjectOfResults(prepared.text, m.end) || modifiesNoun(prepared.text, m.end)) return false;
    const sentence = prepared.sentences.find((s) => m.start >= s.start && m.start < s.end);
    if (!sentence || !REPORTED.test(sentence.text)) return false;
    // The end-anchored pattern is tried from every offset: only from the last preposition in reach.
    const window = prepared.text.slice(Math.max(sentence.start, m.start - 70), m.start);
    // "On SARC, it outperforms ...": a sentence may open with the preposition.
    const at = Math.max(window.lastIndexOf('on '), window.lastIndexOf('in '), window.lastIndexOf('across '), window.lastIndexOf('On '), window.lastIndexOf('In '), window.lastIndexOf('Across '));
    return at >= 0 && !holdsAPart(prepared.text, m.start) && EVALUATION_PREPOSITION.test(window.slice(Math.max(0, at - 1)));
  });
}

// "Dynamic Sampling, a competitive strategy in DAPO": what a part of a method sits in is that method, not a target.
const PART_IN = /\b(?:strateg(?:y|ies)|components?|modules?|techniques?|tricks?|mechanisms?|ingredients?|steps?|stages?)\s+(?:in|of)\s+(?:the\s+)?$/i;

/** Whether the name at `start` is what a part ("a strategy in X", "a component of X") belongs to. */
export function holdsAPart(text: string, start: number): boolean {
  return PART_IN.test(text.slice(Math.max(0, start - 40), start));
}

// "pre-trained on 1M WikiTables", "fine-tuned on FooCorpus": what a model learns from is data.
const TRAINED_ON = /\b(?:pre-?train|train|fine-?tun)(?:ed|ing)\s+(?:[\w-]+\s+){0,2}?on\s+(?:the\s+)?(?:[\d.,]+\s*[KMB]?\s+)?$/i;

function isTrainedOn(entity: PaperEntity, prepared: PreparedText): boolean {
  return entity.mentions.some((m) => {
    if (m.extractor !== 'name-shape' || m.start < prepared.abstractStart) return false;
    // "on" within the last few words, before the end-anchored pattern runs at all.
    const on = prepared.text.lastIndexOf(' on ', m.start);
    return on >= 0 && m.start - on <= 24 && TRAINED_ON.test(prepared.text.slice(Math.max(prepared.abstractStart, m.start - 60), m.start));
  });
}
