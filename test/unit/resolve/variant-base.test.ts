import { describe, expect, it } from 'vitest';
import type { ResolvedEntity } from '../../../ingest/resolve/resolved-entity.js';
import { variantBase } from '../../../ingest/resolve/variant-base.js';
import { nameKey } from '../../../core/name-key.js';

const known: ResolvedEntity[] = [
  { id: 'method:dpo', label: 'Method', name: 'DPO', fullName: 'Direct Preference Optimization' },
  { id: 'method:rlhf', label: 'Method', name: 'RLHF' },
  { id: 'method:ctc', label: 'Method', name: 'CTC' },
  { id: 'method:pro', label: 'Method', name: 'PRO' },
  { id: 'model:gpt-4', label: 'Model', name: 'GPT-4' },
];
const table = new Map(known.map((e) => [nameKey(e.name), e]));
const lookup = (name: string) => table.get(nameKey(name));
const method = (name: string, fullName?: string): ResolvedEntity => ({ id: `method:${nameKey(name)}`, label: 'Method', name, ...(fullName ? { fullName } : {}) });

describe('variant names', () => {
  it.each(['TR-DPO', 'Selective DPO', 'online DPO', 'point-wise DPO'])('%s is a variant of DPO', (name) => {
    expect(variantBase(method(name), lookup)?.id).toBe('method:dpo');
  });

  it('reads a base written first', () => {
    expect(variantBase(method('RLHF-V'), lookup)?.id).toBe('method:rlhf');
  });

  it.each([
    ['SFT+RLHF', 'a combination'],
    ['CTC-based', 'a use, not a variant'],
    ['Align-Pro', 'a different spelling of another name'],
    ['GPT-4 Turbo', 'a model, not a method'],
    ['Direct Preference Optimization', 'the long form itself'],
    ['DPO', 'the method itself'],
    ['very long modifier phrase DPO', 'more than two modifier words'],
  ])('%s is not a variant (%s)', (name) => {
    expect(variantBase(method(name), lookup)).toBeUndefined();
  });
});
