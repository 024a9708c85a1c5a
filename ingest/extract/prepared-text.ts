import { cleanText } from './clean-text.js';
import { splitSentences, type Sentence } from './sentences.js';

/**
 * One paper's text as every component sees it: the cleaned title and abstract joined by a
 * newline (title first, so title patterns and offsets share one string) and its sentences.
 */
export interface PreparedText {
  text: string;
  /** The title is text[0, titleEnd). */
  titleEnd: number;
  /** The abstract is text[abstractStart, text.length). */
  abstractStart: number;
  /** The title is the first sentence. */
  sentences: Sentence[];
  /**
   * The text lower-cased, when that keeps its length (so offsets hold; nearly always), else
   * undefined. Computed once: the lexicon scan and the naming-verb hints both read it.
   */
  lowerCased: string | undefined;
}

export function prepareText(title: string, abstract: string): PreparedText {
  const cleanTitle = cleanText(title);
  const cleanAbstract = cleanText(abstract);
  const text = `${cleanTitle}\n${cleanAbstract}`;
  const abstractStart = cleanTitle.length + 1;
  const sentences: Sentence[] = [{ text: cleanTitle, start: 0, end: cleanTitle.length }];
  for (const s of splitSentences(cleanAbstract)) {
    sentences.push({ text: s.text, start: s.start + abstractStart, end: s.end + abstractStart });
  }
  const lower = text.toLowerCase();
  return { text, titleEnd: cleanTitle.length, abstractStart, sentences, lowerCased: lower.length === text.length ? lower : undefined };
}

/** Lower case with dashes and underscores as spaces, same length (for comparing names as written). Lower-cases without changing length (characters whose lower case is longer stay as they are). */
export function foldForMatching(text: string): string {
  let lower = text.toLowerCase();
  if (lower.length !== text.length) {
    lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c)).join('');
  }
  return lower.replace(/[-_\u2010\u2011\u2012\u2013]/g, ' ');
}
