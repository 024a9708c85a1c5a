/**
 * Sentence boundaries, good enough for evidence: a period, question or exclamation mark
 * followed by space and an upper-case letter or digit, not after common abbreviations.
 */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|No|approx)\.$/i;
// Longer than any abbreviation with its dot ("approx."): the test reads only the sentence's last
// characters (an end-anchored pattern is otherwise tried at every character of the sentence).
// Every match starts inside this tail, so its \b sees the same characters as in the sentence.
const ABBREVIATION_REACH = 12;

export interface Sentence {
  text: string;
  start: number;
  end: number;
}

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]+["')\]]?\s+(?=[A-Z0-9"'(\[])/g)) {
    const end = match.index + match[0].trimEnd().length;
    if (ABBREVIATIONS.test(text.slice(Math.max(start, end - ABBREVIATION_REACH), end))) continue;
    sentences.push({ text: text.slice(start, end).trim(), start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) sentences.push({ text: text.slice(start).trim(), start, end: text.length });
  return sentences;
}

/** The sentence containing a character offset. */
export function sentenceAt(sentences: Sentence[], offset: number): Sentence | undefined {
  return sentences.find((s) => offset >= s.start && offset < s.end) ?? sentences.at(-1);
}
