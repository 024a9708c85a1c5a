import type { MentionExtractor } from './extractor-names.js';
import { mention, type AcronymPair } from './mention.js';
import type { PreparedText } from './prepared-text.js';

/**
 * Long-form / short-form pairs written together, in both orders:
 * "Direct Preference Optimization (DPO)" and "DPO (Direct Preference Optimization)",
 * plus a title "SoFA: Shielded On-the-fly Alignment via ...". The long form is found with the
 * Schwartz-Hearst alignment (each letter of the short form, right to left, inside the long form,
 * the first one starting a word), so "Trust Region DPO (TR-DPO)" and
 * "contrastive alignment instructions (AlignInstruct)" pair as well.
 */

const EXTRACTOR: MentionExtractor = 'acronym';
// "(DPO)", "(TR-DPO)", "(RNNs)", "(AlignInstruct)", "(iREPO)", "(TIA2)"; also "(DPO;" and "(DPO,".
const PARENTHESISED = /\(([^()]{1,80})\)/g;
const SHORT_BEFORE_BRACKET = /([\p{L}\p{N}][\p{L}\p{N}.&+-]*)\s*$/u;
const SHORT_FORM = /^[\p{L}\p{N}][\p{L}\p{N}.&+-]{0,14}$/u;
const STOP_BEFORE_LONG = /[()\[\];:.!?"“”]|,\s|\s(?:and|or)\s(?=the\s)/g;

// Patterns of the per-character and per-candidate tests below, built once (a literal in a function body is evaluated per call).
const CAPITALS = /\p{Lu}/gu;
const CAPITAL = /\p{Lu}/u;
const LETTER = /\p{L}/u;

function looksLikeShortForm(candidate: string): boolean {
  if (!SHORT_FORM.test(candidate) || candidate.length < 2) return false;
  const capitals = (candidate.match(CAPITALS) ?? []).length;
  return capitals >= 2 || (capitals >= 1 && /\d/.test(candidate));
}

/**
 * The long form a short form abbreviates: first by word initials ("On-the-fly Preference
 * Optimization" for OPO, skipping digits such as TIA2's), then by the Schwartz-Hearst
 * letter alignment ("Trust Region DPO" for TR-DPO).
 */
export function matchLongForm(short: string, long: string): string | undefined {
  const tail = matchByInitials(short, long) ?? matchByLetters(short, long) ?? matchByCapitals(short, long);
  return tail === undefined ? undefined : wholeCompound(long, tail);
}

/** A long form never starts inside a hyphenated word: "Box Prompt Optimization" in "Black-Box ..." is "Black-Box ...". */
function wholeCompound(long: string, tail: string): string {
  let start = long.length - tail.length;
  while (start > 1 && /[-‐‑]/.test(long[start - 1]!) && alnum(long[start - 2])) {
    start -= 2;
    while (start > 0 && alnum(long[start - 1])) start--;
  }
  return long.slice(start);
}

/**
 * "muLti-scalE fusIon (LEI)", "RObust PRompting (ROPR)": the short form is exactly the capitals
 * of the long form, some of them inside words. The shortest such tail that starts a word.
 */
function matchByCapitals(short: string, long: string): string | undefined {
  const letters = short.replace(/[^\p{L}]/gu, '');
  if (letters.length < 2 || letters !== letters.toUpperCase()) return undefined;
  let capitals = '';
  let inside = false;
  for (let i = long.length - 1; i >= 0; i--) {
    const c = long[i]!;
    if (CAPITAL.test(c)) {
      capitals = c + capitals;
      if (alnum(long[i - 1])) inside = true;
    }
    if (capitals.length > letters.length) return undefined;
    const wordStart = alnum(c) && !alnum(long[i - 1]);
    if (wordStart && capitals === letters) return inside ? long.slice(i) : undefined;
  }
  return undefined;
}

const NON_ASCII_ALNUM = /[\p{L}\p{N}]/u;

/** A letter or digit; ASCII by its code (the scans call this per character), the rest by the regex. */
function alnum(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return NON_ASCII_ALNUM.test(c);
}

/** Each letter of the short form starts a word (or a dashed part) of the long form, right to left. */
function matchByInitials(short: string, long: string): string | undefined {
  const letters = [...short].filter((c) => LETTER.test(c));
  if (letters.length < 2) return undefined;
  const starts: number[] = [];
  // Each character's test once: whether the one before is a letter or digit is the last step's answer.
  let afterAlnum = false;
  for (let i = 0; i < long.length; i++) {
    const isAlnum = alnum(long[i]);
    if (isAlnum && !afterAlnum && long[i - 1] !== "'") starts.push(i);
    afterAlnum = isAlnum;
  }
  let w = starts.length - 1;
  // The last letter must start the last word: "X Y Z (XYZ)", not "X Y Z models (XYZ)".
  for (let s = letters.length - 1; s >= 0; s--) {
    const c = letters[s]!.toLowerCase();
    while (w >= 0 && long[starts[w]!]!.toLowerCase() !== c) {
      if (s === letters.length - 1 && w === starts.length - 1) return undefined;
      w--;
    }
    if (w < 0) return undefined;
    if (s > 0) w--;
  }
  return long.slice(starts[Math.max(w, 0)]!);
}

/** Schwartz-Hearst: the shortest tail of `long` that contains the short form's letters in order. */
function matchByLetters(short: string, long: string): string | undefined {
  let s = short.length - 1;
  let l = long.length - 1;
  while (s >= 0) {
    const c = short[s]!.toLowerCase();
    // Digits the long form does not spell ("NL4OPT") are skipped.
    if (!alnum(c) || (/\d/.test(c) && !long.includes(c))) {
      s--;
      continue;
    }
    while (l >= 0 && (long[l]!.toLowerCase() !== c || (s === 0 && alnum(long[l - 1])))) l--;
    if (l < 0) return undefined;
    l--;
    s--;
  }
  const start = long.lastIndexOf(' ', l) + 1;
  return long.slice(start);
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

/** A plausible long form: 2-10 words (or one dashed compound), mostly letters, not a sentence fragment. */
function plausibleLongForm(long: string, short: string): boolean {
  const words = wordCount(long);
  if (words > Math.min(10, short.replace(/[^\p{L}\p{N}]/gu, '').length + 5)) return false;
  // One word only when it is a compound: "Soft-label", "JCommonsenseMorality".
  if (words < 2 && !/[-‐‑]/.test(long) && !/\p{Ll}\p{Lu}/u.test(long)) return false;
  if (/^(?:the|a|an|our|this|these|its|their|of|and|or|to|in|on|for|with)\s/i.test(long)) return false;
  if (long.replace(/[^\p{L}]/gu, '').length <= short.replace(/[^\p{L}]/gu, '').length) return false;
  return true;
}

export function findAcronymPairs(prepared: PreparedText): AcronymPair[] {
  const { text } = prepared;
  const pairs: AcronymPair[] = [];
  for (const match of text.matchAll(PARENTHESISED)) {
    const open = match.index;
    const inner = match[1]!.trim();
    const innerStart = open + 1 + match[1]!.indexOf(inner);
    const firstPart = inner.split(/[;,]\s/)[0]!;
    if (looksLikeShortForm(firstPart)) {
      // Long form before the bracket: same clause, at most ~12 words back.
      const lineStart = Math.max(text.lastIndexOf('\n', open) + 1, open - 160);
      let before = text.slice(lineStart, open).trimEnd();
      const stop = lastMatchEnd(before, STOP_BEFORE_LONG);
      before = before.slice(stop);
      const long = withoutKindNoun(matchLongForm(firstPart, before), firstPart);
      if (long && plausibleLongForm(long, firstPart)) {
        const longStart = lineStart + stop + before.lastIndexOf(long);
        pairs.push(pair(text, longStart, long, innerStart, firstPart, 0.85));
      }
      continue;
    }
    // Reverse order: "SHORT (Long Form)".
    if (wordCount(inner) >= 2) {
      const windowStart = Math.max(0, open - 24);
      const shortMatch = SHORT_BEFORE_BRACKET.exec(text.slice(windowStart, open));
      const short = shortMatch?.[1];
      if (shortMatch && short && looksLikeShortForm(short)) {
        const long = matchLongForm(short, inner);
        if (long === inner && plausibleLongForm(inner, short)) {
          const shortStart = windowStart + shortMatch.index;
          pairs.push(pair(text, innerStart, inner, shortStart, short, 0.8));
        }
      }
    }
  }
  const titlePair = findTitlePair(prepared);
  if (titlePair) pairs.push(titlePair);
  return pairs;
}

// "the Hierarchical Retrieval-Augmented Generation framework (HiRAG)": a kind noun after the name, in lower case.
const KIND_NOUN_AFTER = /\s+(framework|method|approach|model|algorithm|technique|system|module|mechanism|strategy|pipeline|architecture|network|paradigm|loss|objective)s?$/;

/** The long form without a trailing lower-case kind noun that no letter of the short form stands for. */
function withoutKindNoun(long: string | undefined, short: string): string | undefined {
  const kind = long ? KIND_NOUN_AFTER.exec(long) : null;
  // "dynamic topic models (DTMs)": a plural short form's last letter is before its "s".
  const last = short.replace(/(?<=\p{Lu})s$/u, '').at(-1)?.toLowerCase();
  if (!long || !kind || last === kind[1]![0]) return long;
  return long.slice(0, kind.index);
}

/** "SoFA: Shielded On-the-fly Alignment via Priority Rule Following": the head before the first function word. */
function findTitlePair(prepared: PreparedText): AcronymPair | undefined {
  const title = prepared.text.slice(0, prepared.titleEnd);
  const head = /^([\p{L}\p{N}][\p{L}\p{N}.&+-]{1,15})\s*(?::|--|—)\s+/u.exec(title);
  if (!head || !looksLikeShortForm(head[1]!)) return undefined;
  const restStart = head[0].length;
  const after = title.slice(restStart);
  const rest = after.split(TITLE_PHRASE_END)[0]!;
  // "CoDA: Collaborative Novel Box Discovery and Cross-modal Alignment for ...": a long form runs past "and"
  // where the short form's capitals start its words, first to last, and do not already up to "and".
  const withAnd = after.split(TITLE_PHRASE_END_NOT_AND)[0]!;
  if (withAnd !== rest && !spellsByCapitals(head[1]!, rest) && spellsByCapitals(head[1]!, withAnd) && plausibleLongForm(withAnd, head[1]!)) {
    return pair(prepared.text, restStart, withAnd, 0, head[1]!, 0.8);
  }
  const long = matchLongForm(head[1]!, rest);
  if (!long || long !== rest || !plausibleLongForm(long, head[1]!)) return undefined;
  return pair(prepared.text, restStart, long, 0, head[1]!, 0.8);
}

const TITLE_PHRASE_END = /\s(?:via|for|with|in|through|by|using|to|on|from|towards?|and)\s|[:,?]/;
const TITLE_PHRASE_END_NOT_AND = /\s(?:via|for|with|in|through|by|using|to|on|from|towards?)\s|[:,?]/;

/**
 * Whether the short form's capitals start words (or dashed parts) of the long form in order, the
 * first its first word and the last its last, each with the lower-case letters after it inside
 * its word: "CoDA" / "Collaborative Novel Box Discovery and Cross-modal Alignment".
 */
function spellsByCapitals(short: string, long: string): boolean {
  // The short form in groups, each a capital and the lower-case letters after it: "Co", "D", "A".
  const groups = [...short.matchAll(/\p{Lu}\p{Ll}*/gu)].map((m) => m[0].toLowerCase());
  if (groups.length < 2 || groups.join('').length !== [...short].filter((c) => LETTER.test(c)).length) return false;
  const words = long.toLowerCase().split(/[\s\-‐‑]+/).filter(Boolean);
  // Right to left: the last group spells the last word, each earlier one the nearest word before that it spells.
  let w = words.length - 1;
  if (w < 0 || !spellsInside(groups.at(-1)!, words[w]!)) return false;
  for (let g = groups.length - 2; g >= 0; g--) {
    w--;
    while (w >= 0 && !spellsInside(groups[g]!, words[w]!)) w--;
    if (w < 0) return false;
  }
  return w === 0;
}

/** Whether the word starts with the group's first letter and holds the rest in order. */
function spellsInside(group: string, word: string): boolean {
  if (word[0] !== group[0]) return false;
  let at = 1;
  for (const c of group.slice(1)) {
    at = word.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function lastMatchEnd(text: string, pattern: RegExp): number {
  let end = 0;
  for (const m of text.matchAll(pattern)) end = m.index + m[0].length;
  return end;
}

function pair(text: string, longStart: number, long: string, shortStart: number, short: string, confidence: number): AcronymPair {
  return {
    long: mention(text.slice(longStart, longStart + long.length), longStart, longStart + long.length, EXTRACTOR, confidence),
    short: mention(short, shortStart, shortStart + short.length, EXTRACTOR, confidence),
  };
}
