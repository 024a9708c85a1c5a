import { findLexiconMentions, LEXICON, lexiconEntry, type LexiconMention } from './lexicon.js';
import { asShadow, mention, type AcronymPair, type EntityLabel, type Mention } from './mention.js';
import { coreOfToken, isCapitalized, isCoinedName, isNameSuffix } from './name-shape.js';
import type { PreparedText } from './prepared-text.js';
import { tokenIndexAt, tokenIndexFrom, type Token } from './tokens.js';

/**
 * Name candidates from three general sources: the lexicon (extended to the whole word when the
 * word is a longer coined name: "DPO" inside "TR-DPO", "Llama-3" inside "Llama-3-70B"),
 * acronym pairs, and words shaped like coined names. Also capitalised phrases right before a
 * resource noun ("the Jamendo dataset").
 */

const NON_ASCII_SHAPED = /\d|.\p{Lu}/u;

const PLAIN = 0;
const PLAIN_WITH_DASH = 1;
const SHAPED = 2;

/**
 * SHAPED for a digit or a capital after the first letter (the only words name shapes can take),
 * else whether the plain word has a dash (a checkpoint id may): one char scan, most words are ASCII.
 */
function wordShape(word: string): number {
  let dash = false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 128) return NON_ASCII_SHAPED.test(word) ? SHAPED : word.includes('-') ? PLAIN_WITH_DASH : PLAIN;
    if ((code >= 48 && code <= 57) || (i > 0 && code >= 65 && code <= 90)) return SHAPED;
    if (code === 45) dash = true;
  }
  return dash ? PLAIN_WITH_DASH : PLAIN;
}


export function findCandidates(prepared: PreparedText, tokens: readonly Token[], pairs: readonly AcronymPair[]): Mention[] {
  const { text } = prepared;
  const mentions: Mention[] = [];

  for (const hit of findLexiconMentions(prepared)) {
    const nonName = hit.entry.label === 'Generic' || hit.entry.label === 'Metric';
    if (nonName) {
      // The hit is this call's own object: marking it saves a copy per non-name.
      hit.shadow = true;
      mentions.push(hit);
      continue;
    }
    const word = extendToCoinedWord(text, tokens, hit) ?? stripEntry(hit);
    const target = hit.entry.label === 'Benchmark' || hit.entry.label === 'Dataset';
    const named = hit.entry.label === 'Model' ? (extendModelName(text, tokens, word) ?? word) : target ? (extendTargetName(text, tokens, word) ?? word) : word;
    mentions.push(hit.start >= prepared.abstractStart ? (extendToNamedArchitecture(text, tokens, named, prepared.abstractStart) ?? named) : named);
  }

  // Short forms of classes and modality pairs, which stay non-names wherever they are written again.
  let classShortForms: Set<string> | undefined;
  for (const { long, short } of pairs) {
    // "Large Language Model (LLM)", "Parameter Efficient Fine-Tuning (PEFT)": paradigms stay non-names;
    // but "Supervised Fine-Tuning (SFT)" names the known technique SFT, and so do both its names.
    if (isNonName(short.text) || (isNonName(long.text) && !isKnownTechnique(short.text, long.text))) continue;
    if (namesClassOrModality(long.text) && !lexiconEntry(short.text)) {
      (classShortForms ??= new Set()).add(short.text);
      // Shadows, so that no shorter name inside them is taken either.
      mentions.push(asShadow(long), asShadow(short));
      continue;
    }
    mentions.push(long, short);
  }

  for (const token of tokens) {
    const shape = wordShape(token.text);
    if (shape !== SHAPED) {
      // plain words: no digit, no inner capital; but "roberta-large", "bert-base-uncased" are checkpoints of known models.
      const checkpoint = shape === PLAIN_WITH_DASH ? checkpointName(token) : undefined;
      if (checkpoint) mentions.push(checkpoint);
      continue;
    }
    const core = coreOfToken(token.text);
    const word = token.text.slice(core.start, core.end);
    if (classShortForms?.has(word)) continue;
    if (!isCoinedName(word) || isCompoundOfKnownNames(word) || isMetricVariant(word)) continue;
    const start = token.start + core.start;
    const known = knownNameOfPlural(word);
    mentions.push(
      known
        ? mention(word, start, start + word.length, 'lexicon-variant', 0.75, known.label, known.name)
        : mention(word, start, start + word.length, 'name-shape', 0.6),
    );
  }

  mentions.push(...findNamesBeforeResourceNouns(prepared, tokens));
  return mentions;
}

/**
 * "roberta-large", "bert-base-uncased": a known model written in lower case as a checkpoint id,
 * its name then size and variant words. The lexicon matches such names only as written, so the
 * checkpoint form is recognised here, by its suffixes.
 */
const CHECKPOINT_END = /-(?:base|large|small|tiny|medium|xl|xxl|instruct|chat|it|hf|cased|uncased|mini|sft|rm|dpo|\d+(?:\.\d+)?[bm])$/i;

function checkpointName(token: Token): Mention | undefined {
  // The last word first: most hyphenated words end in no size or variant word.
  if (!CHECKPOINT_END.test(token.text)) return undefined;
  const [family, ...suffixes] = token.text.split('-');
  if (!family || suffixes.length === 0 || family !== family.toLowerCase() || !suffixes.every(isNameSuffix)) return undefined;
  if (lexiconEntry(family)?.label !== 'Model') return undefined;
  return mention(token.text, token.start, token.end, 'lexicon-variant', 0.75, 'Model');
}

/** "GPTs", "LLaMAs": the plural of a known model or method names it, not a new one. */
function knownNameOfPlural(word: string): { name: string; label: 'Model' | 'Method' } | undefined {
  if (word.length < 4 || word[word.length - 1] !== 's') return undefined;
  const entry = lexiconEntry(word.slice(0, -1));
  return entry && (entry.label === 'Model' || entry.label === 'Method') ? { name: entry.name, label: entry.label } : undefined;
}

/** "RNN-CTC" and "SFT+RLHF" are two known names, not a third. */
function isCompoundOfKnownNames(word: string): boolean {
  const parts = word.split(/[-‐‑+]/);
  return parts.length > 1 && parts.every((part) => {
    const entry = lexiconEntry(part);
    return entry !== undefined && entry.label !== 'Generic' && entry.label !== 'Metric';
  });
}

// One-word metric names, upper-cased once: a set lookup per part instead of a lexicon lookup.
const METRIC_WORDS = new Set(LEXICON.filter((e) => e.label === 'Metric').flatMap((e) => [e.name, ...e.aliases]).filter((n) => /^[\p{L}\d@+]+$/u.test(n) && n.length > 1).map((n) => n.toUpperCase()));

/** "d-BLEU", "BLEU-4", "COMET-22", "s-F1": a metric with a short prefix or suffix is still a metric. */
function isMetricVariant(word: string): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-');
  if (parts.length < 2) return false;
  const metric = parts.findIndex((part) => METRIC_WORDS.has(part.toUpperCase()));
  return metric >= 0 && parts.every((part, i) => i === metric || part.length <= 2 || /^\d+$/.test(part));
}

const RESOURCE_NOUNS = new Set(
  ['dataset', 'datasets', 'corpus', 'corpora', 'benchmark', 'benchmarks', 'suite', 'leaderboard', 'testbed'].flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]),
);

const SPLIT_NOUNS = new Set(['set', 'sets', 'split', 'splits']);
// Capitalised nouns that are part of the name before them: "the Hateful Memes Challenge".
const NAMED_EVENT_NOUNS = new Set(['Challenge', 'Competition']);
// Those nouns' first and last letters by length (a length and a letter code, each folded to 7
// bits, index a table): two array reads spare nearly every other word ("the", "tasks", "data")
// the string lookups. Folding only makes more words pass to the lookups, never fewer.
const nounLetterSlot = (length: number, code: number) => ((length & 15) << 7) | (code & 127);
const NOUN_FIRST_LETTERS = new Uint8Array(16 * 128);
const NOUN_LAST_LETTERS = new Uint8Array(16 * 128);
for (const noun of [...RESOURCE_NOUNS, ...SPLIT_NOUNS, ...NAMED_EVENT_NOUNS]) {
  NOUN_FIRST_LETTERS[nounLetterSlot(noun.length, noun.charCodeAt(0))] = 1;
  NOUN_LAST_LETTERS[nounLetterSlot(noun.length, noun.charCodeAt(noun.length - 1))] = 1;
}
const SPLIT_KINDS = new Set(['test', 'dev', 'development', 'validation', 'evaluation', 'held-out']);

function mayBeResourceOrSplitNoun(word: string): boolean {
  return NOUN_FIRST_LETTERS[nounLetterSlot(word.length, word.charCodeAt(0))] === 1 && NOUN_LAST_LETTERS[nounLetterSlot(word.length, word.charCodeAt(word.length - 1))] === 1;
}

/** The hit without its entry, field by field (an object rest copy costs ten times a literal). */
function stripEntry(hit: LexiconMention): Mention {
  return mention(hit.text, hit.start, hit.end, hit.extractor, hit.confidence, hit.label, hit.lexiconName);
}

// "direct alignment algorithms (DAAs)": a plural kind-of-approach noun written in lower case names a family of
// methods, not one ("dynamic topic models (DTMs)" names a model type, and stays a name).
const CLASS_LONG_FORM = /^\p{L}[\p{Ll}\d\s-]*\s(?:algorithms|methods|approaches|techniques|frameworks|strategies)$/u;
// "Text-to-Image (T2I)": a modality pair describes systems, it names none.
const MODALITY_PAIR = /^\p{L}+-to-\p{L}+$/u;

function namesClassOrModality(long: string): boolean {
  return CLASS_LONG_FORM.test(long) || MODALITY_PAIR.test(long);
}

function isNonName(name: string): boolean {
  const entry = lexiconEntry(name);
  if (entry) return entry.label === 'Generic' || entry.label === 'Metric';
  // "English-Spanish" (a translation direction): a compound of non-names names nothing either.
  return name.includes('-') && !/\s/.test(name) && name.split('-').every((part) => part !== '' && isNonName(part));
}

/** A short form the lexicon knows as a method or model, spelled out by a paradigm's words (not a metric's: "attack success rate (ASR)"). */
function isKnownTechnique(short: string, long: string): boolean {
  const label = lexiconEntry(short)?.label;
  return (label === 'Method' || label === 'Model') && lexiconEntry(long)?.label === 'Generic';
}

/** "TR-DPO", "Llama-3-8B-Instruct", "CoMat-SDXL": a known name inside a longer coined word. */
function extendToCoinedWord(text: string, tokens: readonly Token[], hit: Mention): Mention | undefined {
  const index = tokenIndexAt(tokens, hit.start);
  const first = tokens[index];
  if (!first) return undefined;
  if (first.end < hit.end) return first.start < hit.start ? extendOverPrefix(text, hit, first) : extendLastWord(text, tokens, hit, first);
  // A hit that is its whole word has nothing to extend to (its core is never wider than the word).
  if (first.start === hit.start && first.end === hit.end) return undefined;
  const core = coreOfToken(first.text);
  // A known name is never a plain affix to trim: "llama-2-7b" keeps its lower-case "llama".
  const start = Math.min(first.start + core.start, hit.start);
  const end = first.start + core.end;
  if (end < hit.end || (start === hit.start && end === hit.end)) return undefined;
  const word = text.slice(start, end);
  // "SFT+RLHF": known names joined by a plus are each themselves (the lexicon finds the other one too).
  if (word.includes('+') && isCompoundOfKnownNames(word)) return undefined;
  // "roberta-large", "bert-base-uncased": a model with size and variant words after it.
  const suffixes = text.slice(hit.end, end).split(/[-‐‑]/).filter(Boolean);
  const modelVariant = hit.label === 'Model' && start === hit.start && suffixes.length > 0 && suffixes.every(isNameSuffix);
  if (!isCoinedName(word) && !/\d/.test(word) && !modelVariant) return undefined;
  const label: EntityLabel | undefined = AS_A_ROLE.test(word) ? 'Method' : hit.label === 'Model' || /\d+(?:\.\d+)?[BbMm]\b/.test(word) ? 'Model' : hit.label;
  return mention(word, start, end, 'lexicon-variant', 0.75, label);
}

/**
 * "XOR-TyDi QA": a known name of several words written after a dashed all-capital
 * prefix is a variant of it, named with the prefix (the lexicon's match starts inside the word).
 */
function extendOverPrefix(text: string, hit: Mention, first: Token): Mention | undefined {
  const prefix = text.slice(first.start, hit.start);
  if (!DASHED_CAPITALS.test(prefix)) return undefined;
  return mention(text.slice(first.start, hit.end), first.start, hit.end, 'lexicon-variant', 0.75, hit.label);
}
const DASHED_CAPITALS = /^\p{Lu}[\p{Lu}\d]*[-‐‑]$/u;

/**
 * "Llama 2-Chat", "Qwen 2.5-Instruct", "GPT 4-as-a-Judge": a known name of several words whose
 * last word goes on after a dash names that whole word (the lexicon's match stops inside it).
 * A model stays a model where what follows is versions, sizes and variants; otherwise the
 * longer name is typed on its own.
 */
function extendLastWord(text: string, tokens: readonly Token[], hit: Mention, first: Token): Mention | undefined {
  if (first.start !== hit.start || !DASH_AFTER.test(text[hit.end] ?? '')) return undefined;
  const last = tokens[tokenIndexAt(tokens, hit.end - 1)];
  if (!last || last.end <= hit.end) return undefined;
  // "Llama 2-based": a modifier after the dash is no part of the name (the word's core ends before it).
  const end = last.start + coreOfToken(last.text).end;
  if (end <= hit.end) return undefined;
  const word = text.slice(hit.start, end);
  const variant = hit.label === 'Model' && text.slice(hit.end + 1, end).split(/[-‐‑]/).every((part) => isModelNamePart(part, true));
  const label = AS_A_ROLE.test(word) ? 'Method' : variant ? 'Model' : hit.label === 'Model' ? undefined : hit.label;
  return mention(word, hit.start, end, 'lexicon-variant', 0.75, label);
}
const DASH_AFTER = /^[-‐‑]$/;
// "GPT-4-as-a-Judge", "LLM-as-an-Annotator": a model put to a role names a way of using it, a method.
const AS_A_ROLE = /[-‐‑]as[-‐‑]an?[-‐‑]\p{L}+$/iu;

// What may follow a known model as part of its name: a version, a size, a variant.
const MODEL_VARIANTS = new Set([
  'Instruct', 'Chat', 'Base', 'Pro', 'Ultra', 'Turbo', 'Flash', 'Nano', 'Lite', 'Plus', 'Max', 'Vision', 'VL', 'Sonnet', 'Opus',
  'Haiku', 'Large', 'Small', 'Medium', 'XL', 'XXL', 'Coder', 'Math', 'Preview', 'Omni', 'mini', 'Mini', 'IT', 'HF', 'Thinking',
  'Distill', 'Audio', 'Scout', 'Maverick', 'NeXT', 'SFT', 'DPO', 'Zero',
  // Checkpoint sizes and variants as their releases write them: "Whisper large-v3", "BERT base", "T5 xxl", "Gemma 2 9B-it".
  'base', 'large', 'medium', 'tiny', 'xl', 'xxl', 'it', 'instruct', 'chat', 'hf', 'turbo',
]);
const LOWER_CASE_START = /^\p{Ll}/u;
const KIND_AFTER = /^ (?:models?|versions?|variants?|checkpoints?|sizes?)\b/;
const MODEL_SIZE = /^(?:\d+(?:\.\d+)?[BMKT]|\d+x\d+(?:\.\d+)?[BM])$/i;
const TAGGED_VERSION = /^v\d+(?:\.\d+)*$/i;
const BARE_VERSION = /^\d{1,2}(?:\.\d+)?$/;

/** One word after a model name that still belongs to it; a bare version only when none is written yet. */
function isModelNamePart(word: string, hasVersion: boolean): boolean {
  return word
    .split(/[-‐‑]/)
    .every((part) => MODEL_VARIANTS.has(part) || MODEL_SIZE.test(part) || TAGGED_VERSION.test(part) || (!hasVersion && BARE_VERSION.test(part)));
}

/**
 * "Llama 3.1 70B Instruct", "Gemini 1.5 Pro", "GPT-4o mini", "Mistral 7B v0.3": a known model
 * with the versions, sizes and variants written after it, one space apart, is one name. A bare
 * family stays itself when nothing follows.
 */
function extendModelName(text: string, tokens: readonly Token[], named: Mention): Mention | undefined {
  const first = tokenIndexFrom(tokens, named.end);
  let end = named.end;
  for (let i = first; i < tokens.length && i - first < 4; i++) {
    const token = tokens[i]!;
    if (token.start !== end + 1 || text[end] !== ' ' || !isModelNamePart(token.text, /\d/.test(text.slice(named.start, end)))) break;
    // "the Llama-3-70B base models": a lower-case size before a kind noun describes the model, it is not its checkpoint.
    if (LOWER_CASE_START.test(token.text) && KIND_AFTER.test(text.slice(token.end, token.end + 12))) break;
    end = token.end;
  }
  if (end === named.end) return undefined;
  return mention(text.slice(named.start, end), named.start, end, 'lexicon-variant', 0.75, 'Model');
}

/**
 * "Episodic Transformer", "Pyramid Vision Transformer": capitalised words written before a
 * known architecture inside a sentence name a model of their own, not the architecture.
 */
function extendToNamedArchitecture(text: string, tokens: readonly Token[], named: Mention, abstractStart: number): Mention | undefined {
  if (!ARCHITECTURE_HEAD.test(named.text)) return undefined;
  let start = named.start;
  for (let i = tokenIndexFrom(tokens, named.start) - 1; i >= 0 && named.start - start < 40; i--) {
    const token = tokens[i]!;
    if (token.end !== start - 1 || text[token.end] !== ' ' || !TITLE_CASE_WORD.test(token.text) || NOT_A_NAME_WORD.has(token.text.toLowerCase())) break;
    start = token.start;
  }
  if (start === named.start) return undefined;
  // A capital that opens a sentence says nothing: "Transformer" stays the architecture there.
  let before = start - 1;
  while (before >= abstractStart && text[before] === ' ') before--;
  if (before < abstractStart || '.!?:;'.includes(text[before]!)) return undefined;
  return mention(text.slice(start, named.end), start, named.end, 'lexicon-variant', 0.7, named.label);
}

const ARCHITECTURE_HEAD = /(?:^|\s)(?:Transformers?|Networks?|Autoencoders?)$/;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const NOT_A_NAME_WORD = new Set(['the', 'a', 'an', 'our', 'this', 'that', 'these', 'those', 'its', 'their', 'each', 'both', 'standard', 'vanilla', 'original', 'base', 'plain', 'classic', 'classical', 'traditional', 'conventional', 'deep', 'neural', 'recurrent', 'convolutional', 'with', 'and', 'or', 'of', 'to', 'in', 'on', 'for', 'by', 'from', 'than', 'over', 'against', 'as', 'like', 'using', 'via']);

// A translation direction: "En-De", "en-de", "EN-DE", "En→De".
const LANGUAGE_PAIR = /^(?:[A-Z][a-z]|[a-z]{2}|[A-Z]{2})[-‐‑→](?:[A-Z][a-z]|[a-z]{2}|[A-Z]{2})$/;

// A release of a dataset or benchmark: "MultiWOZ 2.1", "SQuAD v2.0", "OntoNotes 5.0", "TREC 2019".
// One-digit majors only: "MMLU 70.2" is a score, not a release.
const TARGET_VERSION = /^(?:v?\d\.\d{1,2}|v\d{1,2}|(?:19|20)\d\d)$/;

// The number of one task of a shared-task series: "SemEval-2024 Task 4".
const TASK_NUMBER = /^\d{1,2}$/;

/**
 * "WMT14 En-De", "IWSLT14 de-en": a test set with its translation direction is one name;
 * "MultiWOZ 2.1", "SQuAD v2.0": so is one with its release.
 */
function extendTargetName(text: string, tokens: readonly Token[], named: Mention): Mention | undefined {
  const next = tokens[tokenIndexFrom(tokens, named.end)];
  if (!next || next.start !== named.end + 1 || text[named.end] !== ' ') return undefined;
  // "SemEval-2024 Task 4": one task of a shared-task series is named with its number.
  const number = next.text === 'Task' ? tokens[tokenIndexFrom(tokens, next.end)] : undefined;
  if (number && number.start === next.end + 1 && TASK_NUMBER.test(number.text)) {
    return mention(text.slice(named.start, number.end), named.start, number.end, 'lexicon-variant', 0.75, named.label);
  }
  if (!LANGUAGE_PAIR.test(next.text) && !(TARGET_VERSION.test(next.text) && !/\d$/.test(named.text))) return undefined;
  return mention(text.slice(named.start, next.end), named.start, next.end, 'lexicon-variant', 0.75, named.label);
}

/** "the Jamendo dataset", "the JamendoLyrics Multi-Lang dataset": capitalised words before a resource noun. */
function findNamesBeforeResourceNouns(prepared: PreparedText, tokens: readonly Token[]): Mention[] {
  const { text, abstractStart } = prepared;
  const mentions: Mention[] = [];
  for (let n = 1; n < tokens.length; n++) {
    if (!mayBeResourceOrSplitNoun(tokens[n]!.text)) continue;
    // "the FooRel test set": the name stands before the split's word.
    const split = SPLIT_NOUNS.has(tokens[n]!.text) && n > 1 && SPLIT_KINDS.has(tokens[n - 1]!.text.toLowerCase());
    const event = NAMED_EVENT_NOUNS.has(tokens[n]!.text);
    if ((!RESOURCE_NOUNS.has(tokens[n]!.text) && !split && !event) || tokens[n]!.start < abstractStart) continue;
    const i = split ? n - 1 : n;
    let first = i;
    while (first - 1 >= 0 && i - first < 4) {
      const previous = tokens[first - 1]!;
      const gap = text.slice(previous.end, tokens[first]!.start);
      // "Western-centric datasets" is a description: words with lower-case affixes stop the name.
      const plainAffix = coreOfToken(previous.text).end - coreOfToken(previous.text).start !== previous.text.length;
      if (gap !== ' ' || !isCapitalized(previous.text) || plainAffix || previous.start < abstractStart) break;
      first--;
    }
    if (first === i) continue;
    // A capitalised sentence opener is not part of a name unless it is itself coined.
    while (first < i && isSentenceStart(text, tokens[first]!.start) && !isCoinedName(tokens[first]!.text)) first++;
    if (first === i) continue;
    const start = tokens[first]!.start;
    const end = event ? tokens[i]!.end : tokens[i - 1]!.end;
    const name = text.slice(start, end);
    if (isNonName(name)) continue;
    const label: EntityLabel = split || event || /bench|leaderboard|suite|testbed/i.test(tokens[i]!.text) ? 'Benchmark' : 'Dataset';
    mentions.push(mention(name, start, end, 'resource-noun', 0.7, label));
  }
  return mentions;
}

export function isSentenceStart(text: string, offset: number): boolean {
  const before = text.slice(Math.max(0, offset - 3), offset);
  return offset === 0 || /(?:^|[.!?:\n]\s*|\n)$/.test(before) || /[.!?]\s$/.test(before);
}
