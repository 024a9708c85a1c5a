import { describe, expect, it } from 'vitest';
import { gold } from './document-fixture.js';

describe('evaluated_on', () => {
  it('pairs the proposed method with each target, and a compared baseline too', () => {
    const record = gold(
      'Learn Your Reference Model',
      'We propose a new method called Trust Region DPO (TR-DPO). We demonstrate the effectiveness of TR-DPO against DPO on the Anthropic HH and TLDR datasets.',
    );
    expect(record.evaluated_on).toEqual(
      expect.arrayContaining([
        ['TR-DPO', 'HH-RLHF'],
        ['TR-DPO', 'TL;DR'],
        ['DPO', 'HH-RLHF'],
        ['DPO', 'TL;DR'],
      ]),
    );
  });

  it('uses @paper when the approach has no name', () => {
    const record = gold('Sequence Transduction', 'Experimental results for phoneme recognition are provided on the TIMIT speech corpus.');
    expect(record.evaluated_on).toEqual([['@paper', 'TIMIT']]);
  });

  it('does not pair training data', () => {
    const record = gold('X', 'We propose FooNet. FooNet is trained on ImageNet and achieves strong accuracy.');
    expect(record.evaluated_on).toEqual([]);
  });
});
