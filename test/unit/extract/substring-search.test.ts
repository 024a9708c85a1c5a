import { describe, expect, it } from 'vitest';
import { includesVia } from '../../../ingest/extract/substring-search.js';

describe('includesVia: a substring found from one of its characters', () => {
  it('answers as includes() does, wherever the needle stands and whichever character anchors it', () => {
    const texts = ['the task of x', ' task', 'task', 'a multitask setup', 'no match here', '', 'tasktask', 'k task'];
    for (const text of texts) {
      for (const anchor of [0, 1, 4]) expect(includesVia(text, ' task', anchor), `${JSON.stringify(text)} @${anchor}`).toBe(text.includes(' task'));
    }
  });

  it('does not match an anchor too near the start to hold the needle before it', () => {
    expect(includesVia('k', ' task', 4)).toBe(false);
    expect(includesVia('ask', ' task', 4)).toBe(false);
  });
});
