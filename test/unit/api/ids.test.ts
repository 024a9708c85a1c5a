import { encodeGlobalID } from '@pothos/plugin-relay';
import { describe, expect, it } from 'vitest';
import { keyFromId, orNotFound } from '../../../src/api/ids.js';

describe('ids', () => {
  it('takes global ids and canonical keys alike', () => {
    expect(keyFromId(encodeGlobalID('Method', 'method:dpo'), 'Method')).toBe('method:dpo');
    expect(keyFromId('method:dpo', 'Method')).toBe('method:dpo');
    expect(keyFromId('https://github.com/a/b', 'Repo')).toBe('https://github.com/a/b');
  });

  it('keeps a word that is no global id as it is', () => {
    expect(keyFromId('abc', 'Method')).toBe('abc');
    expect(keyFromId('', 'Method')).toBe('');
  });

  it("keeps a global id of another type as it is: it names no key of this one", () => {
    const paper = encodeGlobalID('Paper', 'paper:x');
    expect(keyFromId(paper, 'Method')).toBe(paper);
  });

  it('turns the gaps of a batched load into not-found errors, in the order asked', () => {
    const [found, missing] = orNotFound('Method', ['method:dpo', 'method:none'], ['DPO', undefined]);
    expect(found).toBe('DPO');
    expect(missing).toEqual(new Error('Method method:none not found'));
  });
});
