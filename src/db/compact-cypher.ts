/**
 * A statement's Cypher without comments and runs of white space: what the builders indent and
 * explain for readers is sent on every request, and the driver writes its messages in chunks of
 * ~1.4 KB, one socket write each. A nested3 statement of 5.6 KB took 5-6 writes per request,
 * and the writes were a sixth of the server's CPU under load. String literals and
 * backtick-quoted names are kept as they are.
 */
export function compactCypher(cypher: string): string {
  let out = '';
  let pendingSpace = false;
  let i = 0;
  const n = cypher.length;
  while (i < n) {
    const c = cypher[i]!;
    if (c === "'" || c === '"' || c === '`') {
      const end = quotedEnd(cypher, i);
      emit(cypher.slice(i, end));
      i = end;
    } else if (c === '/' && cypher[i + 1] === '/') {
      while (i < n && cypher[i] !== '\n') i += 1;
      pendingSpace = true;
    } else if (c === '/' && cypher[i + 1] === '*') {
      const close = cypher.indexOf('*/', i + 2);
      i = close === -1 ? n : close + 2;
      pendingSpace = true;
    } else if (/\s/.test(c)) {
      i += 1;
      pendingSpace = true;
    } else {
      emit(c);
      i += 1;
    }
  }
  return out;

  function emit(text: string): void {
    // A space is kept only between two characters that would otherwise run into one token.
    if (pendingSpace && out !== '' && !PUNCTUATION.has(out[out.length - 1]!) && !PUNCTUATION.has(text[0]!)) out += ' ';
    pendingSpace = false;
    out += text;
  }
}

/** Characters no token continues across: a space beside them never matters. */
// Not `<`, `>`, `-` or `=`: `x < -1` must not become the arrow `x<-1`.
const PUNCTUATION = new Set(['(', ')', '{', '}', '[', ']', ',', ':', '|']);

/** The index past the literal or quoted name opening at `start` (a backslash escapes in strings, a doubled backtick in names). */
function quotedEnd(cypher: string, start: number): number {
  const quote = cypher[start];
  let i = start + 1;
  while (i < cypher.length) {
    const c = cypher[i];
    if (c === '\\' && quote !== '`') i += 2;
    else if (c === quote) {
      if (quote === '`' && cypher[i + 1] === '`') i += 2;
      else return i + 1;
    } else i += 1;
  }
  return cypher.length;
}

const compacted = new Map<string, string>();
const MAX_CACHED = 2000;

/**
 * The same, remembered: the builders send a few hundred distinct statements, each many times.
 * The cache is bounded: past its size it starts over rather than grow with odd statements.
 */
export function compactCypherCached(cypher: string): string {
  let found = compacted.get(cypher);
  if (found === undefined) {
    if (compacted.size >= MAX_CACHED) compacted.clear();
    found = compactCypher(cypher);
    compacted.set(cypher, found);
  }
  return found;
}
