import { lexiconEntry } from './lexicon.js';

/**
 * Whether a word looks like a coined name by its shape alone: inner capitals ("RegFormer",
 * "arXivEdits"), an acronym ("RANSAC"), or letters with digits ("MATH500", "Qwen2-Audio").
 * Title-case words ("Cross-Modal"), numbers with units ("7B", "3D"), Roman numerals and
 * known non-names ("LLMs") are not.
 */

/** Lower-case word segments that still belong to a model name ("Llama-3-8B-Instruct"). */
const NAME_SUFFIXES = new Set([
  'base', 'instruct', 'chat', 'it', 'hf', 'mini', 'turbo', 'large', 'small', 'tiny', 'medium', 'xl', 'xxl',
  'pro', 'ultra', 'plus', 'vision', 'coder', 'math', 'preview', 'sft', 'rm', 'dpo', 'lite', 'max', 'flash', 'cased', 'uncased',
]);

/** A lower-case word segment that belongs to a model name: "large" in "roberta-large". */
export function isNameSuffix(segment: string): boolean {
  return NAME_SUFFIXES.has(segment.toLowerCase());
}

const DASH = /[-‐‑]/;
const AFTER_DASH = /(?<=[-‐‑])/;
const HAS_SHAPE = /\d|.\p{Lu}/u;
const NUMBER_WITH_UNIT = /^\d+(?:\.\d+)?[A-Za-z]{0,2}\d*$/;
const LETTER_NUMBER = /^[A-Za-z]\d+$/;
const ROMAN = /^[IVXLCDM]+$/;
const RANK_OR_K = /^(?:top|pass|rank|recall|hits)[-@]?\d/i;
// The plural of an acronym names a class of things ("VLMs", "GNNs"), not one of them.
const ACRONYM_PLURAL = /^\p{Lu}[\p{Lu}\d]*\p{Lu}s$/u;
// A citation key ("Smith-2024-Scaling") is a reference, not a name.
const CITATION_KEY = /^\p{Lu}\p{Ll}+[-_](?:19|20)\d\d(?:[-_]\p{L}+)?$/u;
// Section headings written in capitals ("RESULTS", "METHODS") and document parts ("Sec", "Fig").
const HEADING_WORDS = new Set([
  'ABSTRACT', 'INTRODUCTION', 'BACKGROUND', 'OBJECTIVE', 'OBJECTIVES', 'PURPOSE', 'AIM', 'AIMS', 'METHOD', 'METHODS',
  'METHODOLOGY', 'RESULTS', 'RESULT', 'FINDINGS', 'CONCLUSION', 'CONCLUSIONS', 'DISCUSSION', 'SIGNIFICANCE', 'MOTIVATION',
  'DESIGN', 'SETTING', 'SETTINGS', 'CONTEXT', 'AVAILABILITY', 'IMPLEMENTATION', 'CONTACT', 'SUMMARY', 'NOTE', 'NOTES',
  'IMPORTANCE', 'LIMITATIONS', 'APPENDIX', 'TABLE', 'FIGURE', 'SECTION', 'NEW', 'AND', 'THE', 'FOR', 'OF', 'WITH', 'NOT',
]);
/** Words that make a hyphenated modifier of the name before them: "CTC-Based", "LLM-Centric". */
const COMPOUND_MODIFIERS = new Set([
  'based', 'centric', 'driven', 'aware', 'guided', 'free', 'level', 'specific', 'oriented', 'agnostic', 'style', 'like',
  'enhanced', 'augmented', 'assisted', 'powered', 'conditioned', 'generated', 'grounded', 'friendly', 'native', 'only',
  'inspired', 'integrated', 'empowered', 'enabled', 'dependent', 'independent', 'invariant', 'sensitive', 'tuned', 'scale',
]);

// Patterns of the per-word tests below, built once (a literal in a function body is a new object per call).
const PLAIN_SEGMENT = /^[a-z]{2,}[-‐‑]?$/;
const TITLE_CASE_WORD = /^\p{Lu}\p{Ll}+$/u;
const TRAILING_DASH = /[-‐‑]$/;
const PLURAL_S = /s$/;
const LETTER = /\p{L}/u;
const TWO_LETTERS = /\p{L}{2}/u;
const CAPITAL = /\p{Lu}/u;
const DIGIT = /\d/;
const SEGMENT_BREAK = /[-‐‑.]/;
const PLAIN_WORD = /^\p{L}\p{Ll}+$/u;
const PLAIN_WORD_OR_LETTER = /^\p{L}\p{Ll}*$/u;
const NUMBER = /^\d+(?:\.\d+)?$/;
const STARTS_CAPITAL_OR_DIGIT = /^[\p{Lu}\p{N}]/u;

/**
 * Trims affixes that are ordinary lower-case words: "LLM-based" -> "LLM", "high-BCI" -> "BCI",
 * while keeping model suffixes ("Gemma-2b-base"). Returns [startDelta, endDelta] in characters.
 */
export function coreOfToken(token: string): { start: number; end: number } {
  if (!DASH.test(token)) return { start: 0, end: token.length };
  const segments = token.split(AFTER_DASH); // keep the dash on the left segment
  let first = 0;
  let last = segments.length - 1;
  while (last > first && (isPlainSegment(segments[last]!) || isModifierSegment(segments[last]!)) && !NAME_SUFFIXES.has(segments[last]!.replace(TRAILING_DASH, ''))) last--;
  while (first < last && isPlainSegment(segments[first]!)) first++;
  const start = segments.slice(0, first).join('').length;
  const end = segments.slice(0, last + 1).join('').replace(TRAILING_DASH, '').length;
  return { start, end };
}

function isPlainSegment(segment: string): boolean {
  return PLAIN_SEGMENT.test(segment);
}

/** A capitalised modifier ("-Based" in "CTC-Based") is as plain as a lower-case one. */
function isModifierSegment(segment: string): boolean {
  return TITLE_CASE_WORD.test(segment) && COMPOUND_MODIFIERS.has(segment.toLowerCase());
}

// Verdicts by word: shaped words recur from abstract to abstract ("GPT-4", "LLMs", "BERT") and
// each verdict costs a dozen patterns and lexicon lookups. Cleared when full, so a long ingest
// holds at most this many words.
const coinedByWord = new Map<string, boolean>();
const COINED_WORDS_HELD = 50_000;

export function isCoinedName(word: string): boolean {
  if (word.length < 2 || word.length > 40) return false;
  // Most words are plain: no digit and no capital after the first letter.
  if (!HAS_SHAPE.test(word)) return false;
  const known = coinedByWord.get(word);
  if (known !== undefined) return known;
  const coined = isShapedCoinedName(word);
  if (coinedByWord.size >= COINED_WORDS_HELD) coinedByWord.clear();
  coinedByWord.set(word, coined);
  return coined;
}

/** isCoinedName for a word of 2-40 characters with a digit or an inner capital. */
function isShapedCoinedName(word: string): boolean {
  if (NUMBER_WITH_UNIT.test(word) || LETTER_NUMBER.test(word) || ROMAN.test(word) || RANK_OR_K.test(word)) return false;
  if (HEADING_WORDS.has(word) || CITATION_KEY.test(word) || isCountedUnit(word)) return false;
  const entry = lexiconEntry(word) ?? lexiconEntry(word.replace(PLURAL_S, ''));
  if (entry && (entry.label === 'Generic' || entry.label === 'Metric')) return false;
  // "GNNs": a plural acronym is a class unless the lexicon knows it as a name ("RNNs").
  if (!entry && ACRONYM_PLURAL.test(word)) return false;
  if (isGenericCompound(word)) return false;
  const hasLetter = LETTER.test(word);
  if (hasLetter && DIGIT.test(word) && TWO_LETTERS.test(word)) return true;
  for (const segment of word.split(SEGMENT_BREAK)) {
    if (CAPITAL.test(segment.slice(1)) && TWO_LETTERS.test(segment)) return true;
  }
  return false;
}

/**
 * "AI-Human", "RGB-Depth", "LLM-Centric": a hyphenated compound that starts with a non-name
 * (a paradigm, a generic acronym) followed by plain words describes, it does not name. With the
 * non-name last it is a named variant's head ("Multitask-ICL"), and a name joined by function
 * words ("LLM-as-Judge") is a coined technique.
 */
function isGenericCompound(word: string): boolean {
  const [head, ...rest] = word.split(DASH);
  if (!head || rest.length === 0) return false;
  const entry = lexiconEntry(head);
  if (!entry || (entry.label !== 'Generic' && entry.label !== 'Metric')) return false;
  return rest.every((part) => PLAIN_WORD.test(part) && !FUNCTION_WORDS.has(part));
}

// A number with what it counts: "Sub-4-Bit", "2-Hop", "5-Shot".
const COUNTED_UNIT = /(?:^|[-‐‑])\d+(?:\.\d+)?[-‐‑](?:bits?|shots?|layers?|ways?|steps?|hops?|stages?|class(?:es)?|levels?|orders?|grams?|days?|years?|points?|tokens?|heads?|turns?|rounds?)(?:[-‐‑]|$)/i;

/** "Sub-4-Bit": plain words around a number and its unit describe a setting, not a name. */
function isCountedUnit(word: string): boolean {
  if (!COUNTED_UNIT.test(word)) return false;
  return word.split(DASH).every((part) => NUMBER.test(part) || PLAIN_WORD_OR_LETTER.test(part));
}

const FUNCTION_WORDS = new Set(['as', 'of', 'in', 'for', 'to', 'on', 'by', 'and', 'or', 'the', 'a', 'an', 'with', 'from']);

/** Capitalised or coined: may be part of a multi-word name. */
export function isCapitalized(word: string): boolean {
  return (STARTS_CAPITAL_OR_DIGIT.test(word) && LETTER.test(word) && !NUMBER_WITH_UNIT.test(word)) || isCoinedName(word);
}
