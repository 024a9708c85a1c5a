/**
 * Sentence boundaries, good enough for evidence: a period, question or exclamation mark
 * followed by space and an upper-case letter or digit, not after common abbreviations.
 */
const ABBREVIATIONS = /\b(?:e\.g|i\.e|et al|etc|vs|cf|Fig|Eq|No|approx)\.$/i;

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
    if (ABBREVIATIONS.test(text.slice(start, end))) continue;
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
