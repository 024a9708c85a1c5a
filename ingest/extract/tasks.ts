import type { PaperEntity } from './entities.js';
import type { TaskExtractor } from './extractor-names.js';
import type { AcronymPair, Mention } from './mention.js';
import { lexiconEntry, type LexiconEntry } from './lexicon.js';
import type { PreparedText } from './prepared-text.js';
import { includesVia } from './substring-search.js';
import { expandShortForms, nominalizeGerund } from './task-wording.js';

/**
 * The research tasks a paper addresses, one to three, lower case and short: the title's phrases
 * that end in a task head noun ("... for Few-shot Question Answering", "Preference Alignment
 * via ...", "Towards Y"), known task names in the title and then the abstract (with the
 * hyphenated modifiers written before them: "document-level relation extraction"), paradigms
 * that are the paper's subject (named in the title, or defined with an acronym), the abstract's
 * own words ("the task of Y", "Y is a challenging task", "Y and Z tasks", "Y aims to"), long forms of acronyms
 * that name a task, and "LLM alignment" when aligning large language models is the subject and
 * no more specific alignment task is named.
 */

export interface TaskMention {
  name: string;
  evidence: string;
  confidence: number;
  extractor: TaskExtractor;
  start: number;
}

const MAX_TASKS = 3;
const TASK_HEADS =
  'recognition|retrieval|translation|detection|segmentation|classification|generation|answering|captioning|registration|summarization|parsing|tagging|alignment|estimation|prediction|tracking|understanding|reasoning|forecasting|localization|synthesis|completion|editing|verification|extraction|matching|re-identification|identification|following|transduction|fusion|embeddings?|transfer|modell?ing|inference|augmentation|quantization|distillation|personalization|interpretability|clustering|generalization|unlearning|analytics|mitigation|attribution|grounding|planning|navigation|manipulation|search|ranking|reranking|recommendation|compression|restoration|enhancement|super-resolution|denoising|inpainting|simplification|paraphrasing|labeling|labelling|resolution|linking|disambiguation|normalization|correction|debiasing|evaluation|dialogue|dialog|mining|tokenization|annotation|fact-checking|diagnosis|induction|comprehension|typing|diarization|transliteration|lemmatization|spotting|moderation|imputation';
const TASK_HEAD = new RegExp(`\\b(?:${TASK_HEADS})$`, 'i');
// In the abstract, only the heads of established task names (a title names its subject; an abstract names many things).
const ABSTRACT_TASK_HEAD =
  /\b(?:recognition|retrieval|translation|detection|segmentation|classification|generation|answering|captioning|registration|summarization|parsing|tagging|alignment|estimation|prediction|tracking|understanding|reasoning|forecasting|localization|synthesis|completion|editing|verification|extraction|matching|identification|following|inference|modell?ing|clustering|quantization|distillation|augmentation|linking|resolution|labell?ing|comprehension|typing|diarization)$/i;
const FUNCTION_WORD =
  /^(?:to|on|in|of|for|with|by|from|between|some|any|all|this|that|these|those|its|their|our|we|is|are|be|as|at|or|and|the|a|an|not|no|more|most|less|than|such|other|across|over|under|into|via|while|when|where|which|who|whose|what|how|why|whether|also|both|only|each|even|yet|thus)$/i;
const TITLE_TASK = /\b(?:for|in|on|towards?)\s+((?:[A-Z0-9][\w-]*\s+){0,4}[A-Z][\w-]*)\s*(?:$|[:?]|\s(?:via|with|using|through|by|from|in|and)\s)/g;
// Where a title's phrases meet: "Y via X", "X for Y", "Y with X", "Towards Y", "X: Y", "Y across domains".
// The lookahead lets the engine skip to a space or mark: a pattern that may start with "\s*" is otherwise tried at every character.
const TITLE_CONNECTORS = /(?=[\s:?—])(?:\s*(?::|\?|—|\s--\s)\s*|\s+(?:via|with|using|through|by|for|in|on|at|towards?|from|without|as|against|and|beyond|across|under|meets?)\s+)/gi;
// "... Numerical Data to Understand Information Fusion": after "to" and a capitalised verb comes what the paper is about (case matters).
const TITLE_TO_VERB = /\s+to\s+[A-Z][a-z]+\s+(?=[A-Z])/g;
const WEAK_LEADING =
  /^(?:large-scale|efficient|fast|robust|accurate|improved|better|scalable|effective|automated|automatic|real-time|general|universal|open|the|a|an|improving|enhancing|rethinking|revisiting|understanding|towards?|advancing|boosting|unleashing|exploring|investigating|learning|leveraging|benchmarking|evaluating|probing|analy[sz]ing|assessing|measuring|quantifying|characteri[sz]ing|diagnosing|dissecting|examining|scaling|neural|self-supervised|unsupervised|semi-supervised|weakly-supervised|weakly supervised)\s+/i;
// Words that make a title phrase a kind of paper, not a task ("A Survey", "A Benchmark").
const NOT_A_TASK = /\b(?:survey|review|benchmark|dataset|corpus|framework|approach|method|model|models|study|analysis|perspective|report|toolkit|llms?|language models?)$/i;
const LLM_SUBJECT = /\b(?:LLMs?|large language models?|language models?)\b/i;
// "superalignment", "misalignment": the word may sit inside another.
const ALIGN = /align/i;
// Paradigms are not methods, but where one is the paper's subject it is a task.
const PARADIGM = /(?:learning|distillation|tuning|fine-tuning|training|pre-training|merging|transport|engineering|programming)$/i;
// Whole fields and universal training stages are every paper's background, never one paper's task.
const FIELD = /^(?:machine learning|deep learning|reinforcement learning|supervised learning|unsupervised learning|self-supervised learning|contrastive learning|fine-tuning|supervised fine-tuning|pre-training|natural language processing|computer vision)$/i;
// "the concept of Reward-Length Coupling": a concept the paper poses is written in capitals as often as not.
const TASK_OF = /\bthe (?:task|problem|challenge|concept|notion) of ((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*?)(?=\s+(?:in|for|with|by|that|which|from|on|is|as|under|where|and|to|,)\b|[,.;:()])/g;
// The verb first (a literal start the engine finds fast), then its subject in the words before it.
const STUDIES = /\b(?:stud(?:y|ies)|address(?:es)?|tackles?|focus(?:es)? on|investigates?|examines?)\s+(?:the\s+)?((?:[a-z][\w-]*\s+){0,4}[a-z][\w-]*)/g;
// The verb stems after a space (the subject's last word comes right before): one pass, in text order.
const STUDY_VERB_AFTER_SPACE = / (?:stud|address|tackle|focus|investigat|examin)/g;
const STUDIES_AT = new RegExp(STUDIES.source, 'y');
const SUBJECT_WORD_BEFORE = /(?:\b[Ww]e|paper|work|study|\w+ly) $/;

/**
 * The matches of STUDIES whose subject is the paper's, in text order: each verb stem found by
 * a pattern of the stems alone and the full pattern tried there only (scanning with the full
 * pattern cost more than the rule; six indexOf scans, one per stem, cost three times this one).
 */
function studiedPhrases(abstract: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  STUDY_VERB_AFTER_SPACE.lastIndex = 0;
  for (let stem = STUDY_VERB_AFTER_SPACE.exec(abstract); stem; stem = STUDY_VERB_AFTER_SPACE.exec(abstract)) {
    const at = stem.index + 1;
    // The word before must be the subject's last word (or an adverb): most "study" and "focus" are not the paper's verb.
    if (!SUBJECT_WORD_BEFORE.test(abstract.slice(Math.max(0, at - 16), at))) continue;
    STUDIES_AT.lastIndex = at;
    const match = STUDIES_AT.exec(abstract);
    if (match && STUDIES_SUBJECT.test(abstract.slice(Math.max(0, at - 24), at))) found.push(match);
  }
  return found;
}
// The words after "and" up to a function word or punctuation: up to four.
const COORDINATED_TASK = /((?:[a-z][\w-]*\s+){0,3}?[a-z][\w-]*)(?=\s+(?:in|for|with|by|that|which|from|on|is|as|under|where|and|to|using|via)\b|[,.;:()]|$)/y;
const STUDIES_SUBJECT = /\b(?:[Ww]e|[Tt]his (?:paper|work|study))\s+(?:\w+ly\s+)?$/;
// Anchors that a task name is written right before: ", the task of", "is a challenging task", " tasks".
const NAMED_TASK_ANCHOR = /, the task of|\s(?:is|remains|has become) an?\s+(?:\w+\s+){0,3}?(?:task|problem)\b/g;
// "Text-to-SQL is the task of translating ...": the words by which a text defines its subject as a task.
const IS_THE_TASK_OF = String.raw`\s+is the (?:task|problem) of\b`;
// The sentence's whole subject, from its start, then those words.
const DEFINED_AS_TASK = new RegExp(String.raw`(?:^|[.!?]\s+)(\p{L}[\p{L}\d-]*(?:\s+[\p{L}\d][\p{L}\d-]*){0,3})` + IS_THE_TASK_OF, 'gu');
// The same words where a name ends (tried there only).
const DEFINED_AS_TASK_AT = new RegExp(IS_THE_TASK_OF, 'y');
const AIMS_ANCHOR = / aims (?:to|at)\b/g;
// The whole of a sentence's subject, from its start: a capital, then lower-case words, then an optional "(ACR)".
const SENTENCE_OPENING = /[.!?]\s+(\p{Lu}[\p{Ll}-]+(?:\s+[\p{Ll}][\p{Ll}-]*){0,4})(?:\s*\([^()]{1,12}\))?$/u;
const EMERGED_ANCHOR = /\s(?:has|have) (?:recently )?emerged as\b/g;
const TASKS_ANCHOR = /\stasks\b/g;
// The words just before an anchor: up to four, not running over a clause boundary, then an optional "(ACR)".
const WORDS_BEFORE = /(?:^|[^\w\s-]\s*|\s)((?:[A-Za-z][\w-]*\s+){0,3}[A-Za-z][\w-]*)(?:\s*\([^()]{1,12}\))?\s*$/;
const PAIR_BEFORE = /(?:^|[^\w-])((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\s+and\s+((?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)$/;
const MEANS = /^(?:via|through|by|using)$/;
// What an activity is done to in every such paper: "... of Large Language Models".
const GENERIC_SUBJECT = /^(?:(?:large |multimodal |vision[- ])?language models?|(?:m|v)?llms?|models|neural networks|transformers)$/i;
// Connectors after which a title names how, not what: "Y via X", "Y with X".
const METHOD_SIDE = /^(?:via|with|using|through|by|from|as|without)$/;
// Training stages name when a model learns, not a problem: "LLM Fine-Tuning", "Iterative Self-Training".
const TRAINING_STAGE = /(?:training|fine-tuning|finetuning)$/i;
// "sequential image reasoning abilities", "format-following capability".
const ABILITY_ANCHOR = /(?:abilit(?:y|ies)|capabilit(?:y|ies)|skills?|proficiency)\b/gi;
// "the open-domain QA task": up to four words between "the" and a singular "task".
const SINGULAR_TASK = / task\b/g;
const THE_BEFORE = /\bthe ((?:[\w-]+\s+){0,3}[\w-]+)$/;
const VAGUE_LEADING = /^(?:various|several|many|downstream|different|both|multiple|diverse|new|novel|challenging|complex|crucial|important|powerful|strong|advanced|remarkable|impressive|superior|basic|general|limited|their|its)$/i;
// Hyphenated modifiers that describe the approach, not the task: "Memory-Augmented", "CTC-Based".
const APPROACH_MODIFIERS = new Set(['based', 'centric', 'driven', 'aware', 'guided', 'enhanced', 'augmented', 'assisted', 'powered', 'inspired', 'integrated', 'empowered', 'enabled', 'grounded', 'optimized', 'efficient']);
const HYPHEN_MODIFIERS = /((?:[\p{L}\d]+(?:-[\p{L}\d]+)+\s+){1,2})$/u;

// Patterns of the per-phrase tests below, built once (a literal in a function body is evaluated per call).
const STARTS_LOWER_CASE = /^\p{Ll}/u;
const LEADING_COMPOUND = /^[\p{L}\d]+-(\p{L}+)\s/u;
const GERUND = /^\p{L}+ing$/u;
// Gerunds that are part of task names, not verbs before them.
const NAMING_GERUND = /^(?:learning|training|modeling|modelling|reasoning|answering|following|understanding|processing|computing|programming|reranking|ranking)$/i;

export function findTasks(prepared: PreparedText, entities: readonly PaperEntity[], candidates: readonly Mention[], pairs: readonly AcronymPair[]): TaskMention[] {
  const { text, titleEnd, abstractStart } = prepared;
  const title = text.slice(0, titleEnd);
  const found: TaskMention[] = [];
  const add = taskAdder(found, prepared);

  // A title phrase that is the name of one of the paper's methods or models ("Lazy Safety Alignment") is not its task.
  let known: Set<string> | undefined;
  // Built on first use: most papers' titles and abstracts offer no task phrase to check.
  const names = {
    has(phrase: string) {
      return (known ??= new Set(entities.filter((e) => e.label !== 'Task').flatMap((e) => e.aliases.map((a) => a.toLowerCase())))).has(phrase);
    },
  };
  for (const match of title.matchAll(TITLE_TASK)) {
    const phrase = taskPhrase(match[1]!);
    if (phrase && !names.has(phrase.toLowerCase())) add(phrase, match.index, 0.7, 'task-title');
  }
  for (const { phrase, raw, start, after, before } of titlePhrases(title)) {
    const howSide = METHOD_SIDE.test(after) || before === 'for';
    // "Y via X", "Y through X", "Y by X": X is how, whatever its head noun.
    if (MEANS.test(after)) continue;
    const task = taskPhrase(phrase) ?? nominalizeGerund(raw) ?? (howSide ? undefined : paradigmPhrase(phrase));
    if (task && !names.has(task.toLowerCase())) add(task, start, 0.65, 'task-title');
  }
  // "LLMs' Format-Following Capability": an ability a title or abstract measures is a task.
  for (const anchor of text.matchAll(ABILITY_ANCHOR)) {
    if (!/[\s-]/.test(text[anchor.index - 1] ?? '')) continue;
    const inTitle = anchor.index < titleEnd;
    // Up to the space or dash before the anchor word.
    const window = text.slice(Math.max(inTitle ? 0 : abstractStart, anchor.index - 81), anchor.index - 1);
    const pair = pairBefore(window.toLowerCase());
    const phrases = pair ? [pair[1]!, pair[2]!] : [taskWordsBefore(window)?.[1] ?? ''];
    for (const raw of phrases) {
      const phrase = longestTask(inTitle ? raw.toLowerCase() : raw, (p) => plausibleTask(p, ABSTRACT_TASK_HEAD) && !names.has(p.toLowerCase()));
      // "format-following capability": a hyphenated compound is as much a phrase as two words.
      if (/[\s-]/.test(phrase) && STARTS_LOWER_CASE.test(phrase)) add(phrase, anchor.index, inTitle ? 0.7 : 0.5, 'task-phrase');
    }
  }
  // Known task names and acronym long forms that name a task, title first.
  for (const entity of entities) {
    if (entity.label !== 'Task') continue;
    const first = entity.mentions[0]!.start;
    const name = entity.fullName ?? entity.name;
    // "Aspect-based sentiment analysis (ABSA)": where the paper spells out a short form ending in the task, that is its name.
    const spelledOut = pairs.find((p) => p.long.start < first && entity.mentions.some((m) => m.end === p.long.end))?.long.text;
    const written = spelledOut && !names.has(spelledOut.toLowerCase()) ? spelledOut : withModifiers(text, first, name);
    add(written, first, first < titleEnd ? 0.7 : 0.5, entity.lexiconName ? 'task-lexicon' : 'task-acronym');
  }
  // Paradigms that are the subject: in the title, or defined with an acronym in the abstract.
  for (const mention of pairs.length > 0 ? candidates : []) {
    const entry = mention.shadow && mention.lexiconName ? lexiconEntry(mention.lexiconName) : undefined;
    if (!entry || entry.label !== 'Generic') continue;
    const long = paradigmLongForm(entry);
    if (!long) continue;
    const defined = pairs.some((p) => p.long.start === mention.start || p.short.start === mention.start);
    if (defined) add(long, mention.start, 0.45, 'task-paradigm');
  }
  // The abstract's own words.
  const abstract = text.slice(abstractStart);
  const abstractTask = abstractTaskTest(names);
  // "on the open-domain QA task": the paper's own short forms spelled out.
  for (const anchor of includesVia(abstract, ' task', 4) ? abstract.matchAll(SINGULAR_TASK) : []) {
    const windowStart = Math.max(0, anchor.index - 80);
    const match = THE_BEFORE.exec(abstract.slice(windowStart, anchor.index));
    if (!match) continue;
    const phrase = longestTask(expandShortForms(match[1]!, pairs), abstractTask);
    // "the classification task" names the umbrella, not the paper's problem: one bare head word is not a task name.
    if (phrase && STARTS_LOWER_CASE.test(phrase) && /[\s-]/.test(phrase)) add(phrase, abstractStart + windowStart + match.index, 0.5, 'task-phrase');
  }
  // "the problem of citation recommendation": the sentence itself says it names a task, so any task head will do.
  for (const match of abstract.matchAll(TASK_OF)) {
    // The pattern's word run may go past the name: "venue recommendation for researchers" ends at "for".
    const words = match[1]!.split(/\s+/);
    const cut = words.findIndex((word) => FUNCTION_WORD.test(word));
    const phrase = stripWeak((cut > 0 ? words.slice(0, cut) : words).join(' ')).toLowerCase();
    if (plausibleTask(phrase, TASK_HEAD) && !names.has(phrase.toLowerCase())) add(phrase, abstractStart + match.index, 0.5, 'task-phrase');
  }
  // "we study sarcasm detection in ...", "this paper tackles cross-lingual entity linking": what the paper says it works on.
  for (const match of studiedPhrases(abstract)) {
    const words = match[1]!.split(/\s+/);
    const cut = words.findIndex((word) => FUNCTION_WORD.test(word));
    const phrase = stripWeak((cut >= 0 ? words.slice(0, cut) : words).join(' '));
    if (!(phrase.includes(' ') && STARTS_LOWER_CASE.test(phrase) && abstractTask(phrase))) continue;
    add(phrase, abstractStart + match.index, 0.5, 'task-phrase');
    // "we study sarcasm detection and irony detection": a second task coordinated with the first.
    if (words[cut] !== 'and') continue;
    const written = `${words.slice(0, cut).join(' ')} and `;
    const at = abstract.indexOf(written, match.index);
    COORDINATED_TASK.lastIndex = at + written.length;
    const second = at >= 0 ? COORDINATED_TASK.exec(abstract) : null;
    const next = second ? longestTask(second[1]!, abstractTask) : '';
    if (next.includes(' ') && STARTS_LOWER_CASE.test(next)) add(next, abstractStart + second!.index, 0.45, 'task-phrase');
  }
  // "Text-to-SQL is the task of translating ...": a sentence that defines its subject as a task names one, whatever its head.
  for (const match of abstract.includes('is the task of') || abstract.includes('is the problem of') ? abstract.matchAll(DEFINED_AS_TASK) : []) {
    const phrase = match[1]!.toLowerCase();
    const words = phrase.split(/\s+/);
    if (words.some((w) => FUNCTION_WORD.test(w) || FINITE_VERB.test(w)) || lexiconEntry(phrase)?.label === 'Generic' || names.has(phrase)) continue;
    add(phrase, abstractStart + match.index + match[0].indexOf(match[1]!), 0.55, 'task-phrase');
  }
  // "Relation extraction aims to identify ...": a sentence that opens with a task says what it aims at.
  for (const anchor of includesVia(abstract, ' aims ', 4) ? abstract.matchAll(AIMS_ANCHOR) : []) {
    const from = Math.max(0, anchor.index - 80);
    // The abstract's start is a sentence start; a window cut inside a sentence has none.
    const opening = SENTENCE_OPENING.exec(`${from === 0 ? '. ' : ' '}${abstract.slice(from, anchor.index)}`);
    if (!opening) continue;
    const phrase = opening[1]!.toLowerCase();
    if (phrase.includes(' ') && plausibleTask(phrase, TASK_HEAD) && !names.has(phrase)) add(phrase, abstractStart + anchor.index, 0.5, 'task-phrase');
  }
  // " emerged as" from its "g": includes() stops at every space.
  const emerged = includesVia(abstract, ' emerged as', 5);
  if (includesVia(abstract, 'task', 3) || includesVia(abstract, 'problem', 3) || emerged) {
    const anchors = [...abstract.matchAll(NAMED_TASK_ANCHOR), ...(emerged ? abstract.matchAll(EMERGED_ANCHOR) : [])];
    for (const anchor of anchors) {
      const windowStart = Math.max(0, anchor.index - 60);
      const before = taskWordsBefore(abstract.slice(windowStart, anchor.index));
      if (!before) continue;
      const phrase = longestTask(before[1]!, abstractTask);
      // A capital inside a sentence marks a name, not a task.
      const start = windowStart + before.index + before[0].indexOf(before[1]!) + before[1]!.length - phrase.length;
      if (phrase && (STARTS_LOWER_CASE.test(phrase) || isSentenceInitial(abstract, start))) add(phrase, abstractStart + anchor.index, 0.5, 'task-phrase');
    }
    for (const anchor of abstract.matchAll(TASKS_ANCHOR)) {
      const window = abstract.slice(Math.max(0, anchor.index - 80), anchor.index);
      const pair = pairBefore(window);
      const phrases = pair ? [pair[1]!, pair[2]!] : [taskWordsBefore(window)?.[1] ?? ''];
      for (const raw of phrases) {
        const phrase = longestTask(raw, abstractTask);
        if (phrase.includes(' ') && STARTS_LOWER_CASE.test(phrase)) add(phrase, abstractStart + anchor.index, 0.45, 'task-phrase');
      }
    }
  }
  const specificAlignment = found.some((t) => /alignment/.test(t.name));
  if (!specificAlignment && aboutAligningLlms(title, prepared)) {
    add('llm alignment', 0, 0.5, 'task-llm-alignment');
  }
  return found
    .sort((a, b) => compareRank(a, b, titleEnd))
    .slice(0, MAX_TASKS);
}

// The two closures findTasks uses come from factories, and `names` has a method: tsx (which runs
// kg and the benchmarks) names every named closure it creates, at about a microsecond each.

/** Adds a task once (lower case, spaces collapsed, however dashed), with the sentence it was found in. */
function taskAdder(found: TaskMention[], prepared: PreparedText): (name: string, start: number, confidence: number, extractor: TaskExtractor) => void {
  return (name, start, confidence, extractor) => {
    const clean = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!clean) return;
    // "instruction following" and "instruction-following" are one task.
    const key = twinKey(clean);
    const same = found.findIndex((t) => twinKey(t.name) === key);
    const task = { name: clean, evidence: evidenceAt(prepared, start), confidence, extractor, start };
    if (same < 0) return void found.push(task);
    const twin = found[same]!;
    if (twin.name === clean) return;
    // The one of them that ranks first stays (the title's before the abstract's), in the other's spelling where only that writes "LLM".
    const [kept, other] = compareRank(task, twin, prepared.titleEnd) < 0 ? [task, twin] : [twin, task];
    found[same] = LLM_SPELLING.test(kept.name) && !LLM_SPELLING.test(other.name) ? { ...kept, name: other.name } : kept;
  };
}

// "large language model alignment" and "LLM alignment" are one task; the guidelines' canonical form is the short one.
const LLM_SPELLING = /\b(?:large )?language models?\b/;
const LLM_SPELLINGS = /\b(?:large )?language models?\b|\bllms\b/g;

/** One key for the spellings of a task: however dashed, LLM written out or not. */
function twinKey(name: string): string {
  return name.replace(/-/g, ' ').replace(LLM_SPELLINGS, 'llm');
}

/** Title tasks first, then by confidence, then by where they are written. */
function compareRank(a: TaskMention, b: TaskMention, titleEnd: number): number {
  return Number(b.start < titleEnd) - Number(a.start < titleEnd) || b.confidence - a.confidence || a.start - b.start;
}

/** A task name as the abstract writes one, and none of the paper's other names. */
function abstractTaskTest(names: { has(phrase: string): boolean }): (phrase: string) => boolean {
  return (phrase) => plausibleTask(phrase, ABSTRACT_TASK_HEAD) && !names.has(phrase.toLowerCase());
}

// The long form a paradigm entry names as a task, by entry: the lexicon does not change, and the
// same paradigms recur in paper after paper.
const paradigmLongForms = new Map<LexiconEntry, string | undefined>();

/** A paradigm's alias with a space or dash, unless the entry names a whole field. */
function paradigmLongForm(entry: LexiconEntry): string | undefined {
  if (paradigmLongForms.has(entry)) return paradigmLongForms.get(entry);
  const names = [entry.name, ...entry.aliases];
  const long = names.some((alias) => FIELD.test(alias)) ? undefined : names.find((alias) => PARADIGM.test(alias) && /[\s-]/.test(alias));
  paradigmLongForms.set(entry, long);
  return long;
}

interface TitlePhrase {
  /** The phrase, after "X of": "Training of Y" keeps Y. */
  phrase: string;
  /** The phrase as written between its connectors. */
  raw: string;
  start: number;
  /** The connector before it ("via", ":"), or "" at the start. */
  after: string;
  /** The connector after it, or "" at the end. */
  before: string;
}

/** A title's phrases between connectors, after the title's name head. */
function titlePhrases(title: string): TitlePhrase[] {
  const phrases: TitlePhrase[] = [];
  let at = 0;
  let after = '';
  // Most titles hold no "to": the connectors' own order then needs no merge.
  const connectors = title.includes(' to ') ? [...title.matchAll(TITLE_CONNECTORS), ...title.matchAll(TITLE_TO_VERB)].sort((a, b) => a.index - b.index) : title.matchAll(TITLE_CONNECTORS);
  for (const match of connectors) {
    const before = match[0].trim().toLowerCase();
    phrases.push({ phrase: title.slice(at, match.index), raw: title.slice(at, match.index), start: at, after, before });
    at = match.index + match[0].length;
    after = before;
  }
  phrases.push({ phrase: title.slice(at), raw: title.slice(at), start: at, after, before: '' });
  return phrases
    .map((p) => {
      const of = p.phrase.lastIndexOf(' of ');
      if (of < 0) return p;
      // "Pedagogical Alignment of Large Language Models": what is done to a generic subject is the task.
      if (GENERIC_SUBJECT.test(p.phrase.slice(of + 4)) && TASK_HEAD.test(p.phrase.slice(0, of))) return { ...p, phrase: p.phrase.slice(0, of) };
      return { ...p, phrase: p.phrase.slice(of + 4), start: p.start + of + 4 };
    })
    .filter(({ phrase }) => phrase.trim().length > 0);
}

/**
 * "Multimodal Instruction Tuning with ...": a paradigm that is the title's subject (not what it
 * is done "via" or "with") is the paper's task; whole fields never are.
 */
function paradigmPhrase(raw: string): string | undefined {
  const phrase = stripWeak(raw.trim());
  const words = phrase.split(/\s+/);
  if (!PARADIGM.test(phrase) || FIELD.test(phrase) || TRAINING_STAGE.test(phrase) || words.length > 4) return undefined;
  if (words.length < 2 && !/-/.test(phrase)) return undefined;
  if (words.some((w) => FUNCTION_WORD.test(w) || !/^[\p{L}\d][\p{L}\d-]*$/u.test(w))) return undefined;
  const entry = lexiconEntry(phrase);
  if (entry && entry.label !== 'Task' && entry.label !== 'Generic') return undefined;
  return phrase;
}

/** The task a title phrase names, or undefined: short, ending in a task head, not a kind of paper. */
function taskPhrase(raw: string): string | undefined {
  let phrase = stripWeak(raw.trim());
  // Leading modifier compounds describe the approach: "Memory-Augmented", "CTC-Based".
  while (LEADING_COMPOUND.test(phrase) && APPROACH_MODIFIERS.has(LEADING_COMPOUND.exec(phrase)![1]!.toLowerCase())) {
    phrase = phrase.replace(/^\S+\s+/, '');
  }
  return plausibleTask(phrase, TASK_HEAD) ? phrase : undefined;
}

/**
 * A task name: one to five words ending in a task head, no function words, no verb form opening
 * it ("achieving efficient alignment" reports, it does not name), not a known non-task.
 */
function plausibleTask(phrase: string, head: RegExp): boolean {
  const words = phrase.split(/\s+/);
  if (words.length > 5 || !head.test(phrase) || NOT_A_TASK.test(phrase)) return false;
  if (words.some((w) => FUNCTION_WORD.test(w) || FINITE_VERB.test(w) || isAdverb(w))) return false;
  // A gerund after a noun is a noun itself ("reward hacking detection", "data poisoning detection").
  if (words.slice(0, -1).some((w, i) => GERUND.test(w) && !NAMING_GERUND.test(w) && (i === 0 || GERUND.test(words[i - 1]!)))) return false;
  const entry = lexiconEntry(phrase);
  return !entry || entry.label === 'Task';
}

// "models show strong instruction-following (capabilities)": what a sentence says of a thing is no part of a task's name.
const FINITE_VERB =
  /^(?:shows?|showed|shown|demonstrat(?:es?|ed)|exhibit(?:s|ed)?|achiev(?:es?|ed)|ha(?:s|ve|d)|lack(?:s|ed)?|possess(?:es|ed)?|displays?|displayed|reveal(?:s|ed)?|requires?|required|improves|enhances|boosts)$/i;
// "significantly", "largely", "effectively": a task name holds no adverb (but "anomaly", "supply chain" are nouns).
const ADVERB = /^\p{L}{3,}(?:ally|ily|ely|[^aeiouyl]ly)$/iu;
const NOUNS_IN_LY = new Set(['family', 'assembly', 'supply', 'reply', 'italy', 'monopoly', 'butterfly', 'firefly', 'dragonfly', 'poly', 'rally', 'tally', 'ally']);

function isAdverb(word: string): boolean {
  return ADVERB.test(word) && !NOUNS_IN_LY.has(word.toLowerCase());
}

/**
 * The longest run of the phrase's last words that names a task ("we study aspect extraction" ->
 * "aspect extraction"). `isTask` holds only for phrases that end in ABSTRACT_TASK_HEAD (every
 * caller's test starts with plausibleTask on it).
 */
function longestTask(raw: string, isTask: (phrase: string) => boolean): string {
  const words = stripWeak(raw).split(/\s+/);
  // Every run tried ends as the whole phrase does (after a space, where the head's \b holds as at
  // a string's start): a phrase that does not end in a task head has no run that does.
  if (!ABSTRACT_TASK_HEAD.test(words.join(' '))) return '';
  for (let from = 0; from < words.length; from++) {
    // "improved instruction-following": a weak word opening a run is as vague as at the phrase's start.
    if (VAGUE_LEADING.test(words[from]!) || WEAK_LEADING.test(`${words[from]} `)) continue;
    const phrase = words.slice(from).join(' ');
    if (isTask(phrase)) return phrase;
  }
  return '';
}

/** A capital at a sentence start says nothing; elsewhere it marks a name, not a task. */
/**
 * PAIR_BEFORE's match in a window, tried only where the window holds its literal "and": the
 * pattern is anchored at the end, so on a window without one it fails at every start.
 */
function pairBefore(window: string): RegExpExecArray | null {
  return window.includes('and') ? PAIR_BEFORE.exec(window) : null;
}

// More than the longest abstract task head ("classification", "identification") and the character before it.
const TASK_HEAD_REACH = 40;

/**
 * WORDS_BEFORE's match in a window, or null where its words cannot end in an abstract task head:
 * each caller keeps only a task found by longestTask at their end, and the words end where the
 * window does, before any trailing "(ACR)". The end-anchored pattern is tried at every start; the
 * head test looks at the window's last characters only.
 */
function taskWordsBefore(window: string): RegExpExecArray | null {
  const end = window.trimEnd();
  if (!end.endsWith(')') && !ABSTRACT_TASK_HEAD.test(end.slice(-TASK_HEAD_REACH))) return null;
  return WORDS_BEFORE.exec(window);
}

function isSentenceInitial(text: string, offset: number): boolean {
  return offset <= 0 || /[.!?;]\s*$/.test(text.slice(Math.max(0, offset - 3), offset));
}

function stripWeak(phrase: string): string {
  let out = phrase;
  while (WEAK_LEADING.test(out)) out = out.replace(WEAK_LEADING, '');
  return out;
}

/** "Document-Level Relation Extraction": hyphenated modifiers written before a known task stay with it. */
function withModifiers(text: string, start: number, name: string): string {
  if (text.slice(start, start + name.length).toLowerCase() !== name.toLowerCase()) return name;
  const window = text.slice(Math.max(0, start - 40), start);
  // The pattern needs a dash: most names have none before them, and an end-anchored pattern fails at every start.
  const before = window.includes('-') ? HYPHEN_MODIFIERS.exec(window) : null;
  if (!before) return name;
  const kept = before[1]!
    .trim()
    .split(/\s+/)
    .filter((word) => !APPROACH_MODIFIERS.has(word.split('-').at(-1)!.toLowerCase()) && !lexiconEntry(word) && !WEAK_LEADING.test(`${word} `));
  // Only modifiers right before the name, none after a dropped one.
  const all = before[1]!.trim().split(/\s+/);
  const tail: string[] = [];
  for (let i = all.length - 1; i >= 0 && kept.includes(all[i]!); i--) tail.unshift(all[i]!);
  return tail.length > 0 ? `${tail.join(' ')} ${name}` : name;
}

// Heads that name what is done, never how: a long form ending in one names a task in any case.
const ACTIVITY_HEAD =
  /\s(?:[\w-]+\s)*?(?:answering|recognition|classification|detection|segmentation|retrieval|translation|summarization|captioning|parsing|tagging|following|extraction|forecasting|tracking|localization)$/i;

/** A name ending in a head that names an activity, in any case: "Causal Question Answering". */
export function isActivityName(name: string): boolean {
  return ACTIVITY_HEAD.test(name);
}

/** Whether the text defines the name ending at `at` as a task ("Text-to-SQL is the task of ..."). */
export function isDefinedAsTaskAt(text: string, at: number): boolean {
  DEFINED_AS_TASK_AT.lastIndex = at;
  return DEFINED_AS_TASK_AT.test(text);
}

/** Acronym long forms that end in a task head noun are tasks ("handwritten text recognition (HTR)"). */
export function isTaskName(name: string): boolean {
  if (/\s(?:problem|task)$/i.test(name)) return true;
  // Lower case but for a sentence-initial capital: "Aspect sentiment extraction (ASE) is ...".
  const rest = name.slice(1);
  return TASK_HEAD.test(name) && rest === rest.toLowerCase() && name.includes(' ');
}

/** A title about alignment whose models are language models (there, or in one sentence of the abstract), or two such sentences. */
function aboutAligningLlms(title: string, prepared: PreparedText): boolean {
  if (ALIGN.test(title)) return LLM_SUBJECT.test(title) || countAlignedLlmSentences(prepared) >= 1;
  return countAlignedLlmSentences(prepared) >= 2;
}

function countAlignedLlmSentences(prepared: PreparedText): number {
  // The rarer test first: few sentences mention aligning at all.
  return prepared.sentences.filter((s) => ALIGN.test(s.text) && LLM_SUBJECT.test(s.text)).length;
}

function evidenceAt(prepared: PreparedText, offset: number): string {
  return (prepared.sentences.find((s) => offset >= s.start && offset < s.end) ?? prepared.sentences[0]!).text;
}
