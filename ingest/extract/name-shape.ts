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

/**
 * Trims affixes that are ordinary lower-case words: "LLM-based" -> "LLM", "high-BCI" -> "BCI",
 * while keeping model suffixes ("Gemma-2b-base"). Returns [startDelta, endDelta] in characters.
 */
export function coreOfToken(token: string): { start: number; end: number } {
  if (!DASH.test(token)) return { start: 0, end: token.length };
  const segments = token.split(AFTER_DASH); // keep the dash on the left segment
  let first = 0;
  let last = segments.length - 1;
  const plain = (s: string) => /^[a-z]{2,}[-‐‑]?$/.test(s);
  // A capitalised modifier ("-Based" in "CTC-Based") is as plain as a lower-case one.
  const modifier = (s: string) => /^\p{Lu}\p{Ll}+$/u.test(s) && COMPOUND_MODIFIERS.has(s.toLowerCase());
  while (last > first && (plain(segments[last]!) || modifier(segments[last]!)) && !NAME_SUFFIXES.has(segments[last]!.replace(/[-‐‑]$/, ''))) last--;
  while (first < last && plain(segments[first]!)) first++;
  const start = segments.slice(0, first).join('').length;
  const end = segments.slice(0, last + 1).join('').replace(/[-‐‑]$/, '').length;
  return { start, end };
}

export function isCoinedName(word: string): boolean {
  if (word.length < 2 || word.length > 40) return false;
  // Most words are plain: no digit and no capital after the first letter.
  if (!HAS_SHAPE.test(word)) return false;
  if (NUMBER_WITH_UNIT.test(word) || LETTER_NUMBER.test(word) || ROMAN.test(word) || RANK_OR_K.test(word)) return false;
  if (HEADING_WORDS.has(word) || CITATION_KEY.test(word) || isCountedUnit(word)) return false;
  const entry = lexiconEntry(word) ?? lexiconEntry(word.replace(/s$/, ''));
  if (entry && (entry.label === 'Generic' || entry.label === 'Metric')) return false;
  // "GNNs": a plural acronym is a class unless the lexicon knows it as a name ("RNNs").
  if (!entry && ACRONYM_PLURAL.test(word)) return false;
  if (isGenericCompound(word)) return false;
  const hasLetter = /\p{L}/u.test(word);
  if (hasLetter && /\d/.test(word) && /\p{L}{2}/u.test(word)) return true;
  for (const segment of word.split(/[-‐‑.]/)) {
    if (/\p{Lu}/u.test(segment.slice(1)) && /\p{L}{2}/u.test(segment)) return true;
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
  return rest.every((part) => /^\p{L}\p{Ll}+$/u.test(part) && !FUNCTION_WORDS.has(part));
}

// A number with what it counts: "Sub-4-Bit", "2-Hop", "5-Shot".
const COUNTED_UNIT = /(?:^|[-‐‑])\d+(?:\.\d+)?[-‐‑](?:bits?|shots?|layers?|ways?|steps?|hops?|stages?|class(?:es)?|levels?|orders?|grams?|days?|years?|points?|tokens?|heads?|turns?|rounds?)(?:[-‐‑]|$)/i;

/** "Sub-4-Bit": plain words around a number and its unit describe a setting, not a name. */
function isCountedUnit(word: string): boolean {
  if (!COUNTED_UNIT.test(word)) return false;
  return word.split(DASH).every((part) => /^\d+(?:\.\d+)?$/.test(part) || /^\p{L}\p{Ll}*$/u.test(part));
}

const FUNCTION_WORDS = new Set(['as', 'of', 'in', 'for', 'to', 'on', 'by', 'and', 'or', 'the', 'a', 'an', 'with', 'from']);

/** Capitalised or coined: may be part of a multi-word name. */
export function isCapitalized(word: string): boolean {
  return (/^[\p{Lu}\p{N}]/u.test(word) && /\p{L}/u.test(word) && !NUMBER_WITH_UNIT.test(word)) || isCoinedName(word);
}
