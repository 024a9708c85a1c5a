/**
 * Word tokens with offsets: letters and digits, joined by inner dots, dashes, "+" and "_"
 * ("GPT-3.5", "Llama-3-70B", "v2.0"), never by trailing punctuation or apostrophes.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /[\p{L}\p{N}](?:[\p{L}\p{N}+_]|[.\-‐‑](?=[\p{L}\p{N}]))*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    tokens.push({ text: match[0], start: match.index, end: match.index + match[0].length });
  }
  return tokens;
}

/** Index of the token containing offset, or -1 (binary search: tokens are sorted). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const token = tokens[mid]!;
    if (offset < token.start) high = mid - 1;
    else if (offset >= token.end) low = mid + 1;
    else return mid;
  }
  return -1;
}

/** Index of the first token starting at or after offset. */
export function tokenIndexFrom(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (tokens[mid]!.start < offset) low = mid + 1;
    else high = mid;
  }
  return low;
}
