/**
 * Builds a Lucene query for Neo4j's full-text indexes from what a user typed, so no input can
 * be read as query syntax: control characters go, every term's special characters are
 * escaped, operator words are lower-cased (they are words to look for, not operators), and
 * the number and length of terms are capped (Lucene refuses too many clauses).
 */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;
export const MAX_TERMS = 16;
export const MAX_TERM_LENGTH = 64;

export function luceneQuery(input: string): string | null {
  const terms = input
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f]/g, ' ')
    .split(/\s+/)
    .map((term) => term.slice(0, MAX_TERM_LENGTH))
    // A term of nothing but punctuation would escape to a clause that matches nothing.
    .filter((term) => /[\p{L}\p{N}]/u.test(term))
    .slice(0, MAX_TERMS)
    .map((term) => (/^(AND|OR|NOT|TO)$/.test(term) ? term.toLowerCase() : term).replace(SPECIAL, (c) => `\\${c}`));
  return terms.length === 0 ? null : terms.join(' ');
}
