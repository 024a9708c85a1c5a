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

// Every URL contains one of these (as written, in lower case); most abstracts contain none, and skip the URL pattern.
const URL_HINTS = ['://', 'www.', 'modelscope.cn', 'git.sr.ht'];
const DOMAIN_ENDS = ['com', 'org', 'io', 'net', 'ai', 'science', 'one', 'edu', 'co', 'dev', 'htm', 'html'];

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/** A dot followed by a domain ending and a word boundary: found by the dots, not by a pattern tried at every character. */
function hasDomainEnd(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    for (const end of DOMAIN_ENDS) {
      if (text.startsWith(end, dot + 1) && !isWordCode(text.charCodeAt(dot + 1 + end.length))) return true;
    }
  }
  return false;
}

function hasUrlHint(text: string): boolean {
  return URL_HINTS.some((hint) => text.includes(hint)) || hasDomainEnd(text);
}

/**
 * The URLs of a text, in order. Each runs to the next whitespace, so spans never touch and a
 * span starts at a word character with none before it.
 */
export function findUrlSpans(text: string): TextSpan[] {
  if (!hasUrlHint(text)) return [];
  return Array.from(text.matchAll(URL), (m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** True when the span shares no character with any of the URLs. */
export function isOutsideUrls(span: TextSpan, urls: readonly TextSpan[]): boolean {
  return !urls.some((url) => span.start < url.end && span.end > url.start);
}
