/**
 * Where a text has URLs (with or without scheme, and bare domains such as "example.com/page"):
 * names inside a URL are not entities, and repository links are read from these spans only, so
 * a document's URLs are found in one scan.
 */

export interface TextSpan {
  start: number;
  end: number;
}

const URL = /\b(?:https?:\/\/|www\.)\S+|\b(?:modelscope\.cn|git\.sr\.ht)\/\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|net|ai|science|one|edu|co|dev|html?)\b\S*/gi;

// Every URL contains one of these; most abstracts contain none, and skip the URL pattern.
const URL_HINT = /:\/\/|www\.|modelscope\.cn|git\.sr\.ht|\.(?:com|org|io|net|ai|science|one|edu|co|dev|html?)\b/;

/**
 * The URLs of a text, in order. Each runs to the next whitespace, so spans never touch and a
 * span starts at a word character with none before it.
 */
export function findUrlSpans(text: string): TextSpan[] {
  if (!URL_HINT.test(text)) return [];
  return Array.from(text.matchAll(URL), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** True when the span shares no character with any of the URLs. */
export function isOutsideUrls(span: TextSpan, urls: readonly TextSpan[]): boolean {
  return !urls.some((url) => span.start < url.end && span.end > url.start);
}
