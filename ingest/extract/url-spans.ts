/**
 * Where a text has URLs (with or without scheme, and bare domains such as "example.com/page"):
 * names inside a URL are not entities, and repository links are read from these spans only, so
 * a document's URLs are found in one scan.
 */

export interface TextSpan {
  start: number;
  end: number;
}

// Also SSH clone addresses ("git@github.com:owner/name.git"), from their "git@".
const URL = /\bgit@[\w-]+(?:\.[\w-]+)+:\S+|\b(?:https?:\/\/|www\.)\S+|\b(?:modelscope\.cn|git\.sr\.ht)\/\S*|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|net|ai|science|one|edu|co|dev|html?)\b\S*/gi;

// Every URL contains one of these (as written, in lower case); most abstracts contain none, and skip the URL pattern.
const URL_HINTS = ['://', 'www.', 'modelscope.cn', 'git.sr.ht'];
const DOMAIN_ENDS = ['com', 'org', 'io', 'net', 'ai', 'science', 'one', 'edu', 'co', 'dev', 'htm', 'html'];

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

// The first letters of the domain endings: most dots end a sentence, and the space after one starts none.
const DOMAIN_END_INITIALS = new Uint8Array(128);
for (const end of DOMAIN_ENDS) DOMAIN_END_INITIALS[end.charCodeAt(0)] = 1;

/** A dot followed by a domain ending and a word boundary: found by the dots, not by a pattern tried at every character. */
function hasDomainEnd(text: string): boolean {
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (DOMAIN_END_INITIALS[text.charCodeAt(dot + 1)] !== 1) continue;
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
  // No URL holds whitespace and every one holds a "." or a ":", so the pattern runs only on the
  // words that do: at a word's edges it sees what it sees at the text's (a non-word character or none).
  const found: TextSpan[] = [];
  let scannedTo = 0;
  // The next ":" is looked up again only once passed: most texts have none, or one.
  let colon = text.indexOf(':');
  for (;;) {
    if (colon >= 0 && colon < scannedTo) colon = text.indexOf(':', scannedTo);
    const dot = text.indexOf('.', scannedTo);
    const at = dot < 0 ? colon : colon < 0 ? dot : Math.min(dot, colon);
    if (at < 0) break;
    let start = at;
    while (start > scannedTo && !isSpaceCode(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && !isSpaceCode(text.charCodeAt(end))) end++;
    for (const m of text.slice(start, end).matchAll(URL)) found.push({ start: start + m.index, end: start + m.index + m[0].length });
    scannedTo = end;
  }
  return found;
}

/** Whitespace as the patterns' \s sees it. */
function isSpaceCode(code: number): boolean {
  if (code === 32) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return code === code && /\s/.test(String.fromCharCode(code));
}

/** True when the span shares no character with any of the URLs. */
export function isOutsideUrls(span: TextSpan, urls: readonly TextSpan[]): boolean {
  return !urls.some((url) => span.start < url.end && span.end > url.start);
}
