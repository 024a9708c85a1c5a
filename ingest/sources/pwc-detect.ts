/**
 * Which Papers with Code dump a file is, from its first bytes: every dump is a JSON array of
 * objects, and the keys of the first object tell the five apart. The head is cut at a fixed
 * size, often inside the first object (a leaderboard task can be megabytes), so the keys are
 * read with a tolerant scan rather than JSON.parse.
 */

/** Keys of the first object of a top-level array, as far as the head shows; empty if not such an array. */
export function firstRecordKeys(head: string): Set<string> {
  const keys = new Set<string>();
  let i = skipSpace(head, 0);
  if (head[i] !== '[') return keys;
  i = skipSpace(head, i + 1);
  if (head[i] !== '{') return keys;

  let depth = 0;
  let expectingKey = false;
  while (i < head.length) {
    const char = head[i]!;
    if (char === '"') {
      const end = stringEnd(head, i);
      if (end < 0) break;
      if (depth === 1 && expectingKey) {
        keys.add(decodeKey(head.slice(i, end + 1)));
        expectingKey = false;
      }
      i = end + 1;
      continue;
    }
    if (char === '{' || char === '[') {
      depth += 1;
      expectingKey = char === '{' && depth === 1;
    } else if (char === '}' || char === ']') {
      depth -= 1;
      if (depth === 0) break;
    } else if (char === ',' && depth === 1) {
      expectingKey = true;
    }
    i += 1;
  }
  return keys;
}

function decodeKey(quoted: string): string {
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return quoted.slice(1, -1);
  }
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i += 1;
  return i;
}

/** Index of the closing quote of the string starting at `start`, or -1 when the head ends first. */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i += 1) {
    if (text[i] === '\\') i += 1;
    else if (text[i] === '"') return i;
  }
  return -1;
}
