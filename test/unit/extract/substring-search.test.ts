import { describe, expect, it } from 'vitest';
import { includesVia, indexOfVia } from '../../../ingest/extract/substring-search.js';

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

describe('indexOfVia: the index of a substring found from one of its characters', () => {
  it('answers as indexOf() does, from any start and whichever character anchors it', () => {
    const texts = ['we name it', 'renamed names', 'name', 'nam', 'a name and a name', '', 'mmname', 'e name'];
    for (const text of texts) {
      for (const anchor of [0, 2, 3]) {
        for (const from of [0, 1, 3, 6, 20]) {
          expect(indexOfVia(text, 'name', anchor, from), `${JSON.stringify(text)} @${anchor} from ${from}`).toBe(text.indexOf('name', from));
        }
      }
    }
  });

  it('walks every occurrence in order, as an indexOf loop does', () => {
    const text = 'name the names we named, rename';
    const found: number[] = [];
    for (let at = indexOfVia(text, 'name', 2); at >= 0; at = indexOfVia(text, 'name', 2, at + 1)) found.push(at);
    expect(found).toEqual([0, 9, 18, 27]);
  });
});
