import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findLexiconMentions, LEXICON, lookupLexicon, parseLexicon } from '../../../ingest/extract/lexicon.js';
import { nameKey } from '../../../core/name-key.js';
import { prepareText } from '../../../ingest/extract/prepared-text.js';

const data = JSON.parse(readFileSync(new URL('../../../data/lexicon.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('lexicon data', () => {
  it('lists every name once after normalisation, across all sections', () => {
    const seen = new Map<string, string>();
    const duplicates: string[] = [];
    for (const entry of LEXICON) {
      for (const name of new Set([entry.name, ...entry.aliases].map(nameKey))) {
        if (seen.has(name)) duplicates.push(`${name} (${seen.get(name)} / ${entry.name})`);
        seen.set(name, entry.name);
      }
    }
    expect(duplicates).toEqual([]);
    expect(LEXICON.length).toBeGreaterThan(500);
  });

  it('refuses a file that lists a name twice', () => {
    expect(() => parseLexicon({ method: ['DPO | Direct Preference Optimization'], benchmark: ['dpo'] })).toThrow(/listed twice/);
    expect(parseLexicon(data).length).toBe(LEXICON.length);
  });

  it('looks names up in any case or hyphenation, without non-names', () => {
    expect(lookupLexicon('mt bench')).toMatchObject({ label: 'Benchmark', name: 'MT-Bench' });
    expect(lookupLexicon('Direct Preference Optimization')).toMatchObject({ label: 'Method', name: 'DPO' });
    expect(lookupLexicon('gpt4')).toMatchObject({ label: 'Model', name: 'GPT-4' });
    expect(lookupLexicon('LLMs')).toBeUndefined();
    expect(lookupLexicon('no such thing')).toBeUndefined();
  });
});

describe('lexicon matching', () => {
  const found = (text: string) => findLexiconMentions(prepareText('T', text)).map((m) => [m.text, m.lexiconName]);

  it('finds names on word boundaries, longest first', () => {
    expect(found('We use Direct Preference Optimization (DPO) on MT-bench and AlpacaEval 2.')).toEqual([
      ['Direct Preference Optimization', 'DPO'],
      ['DPO', 'DPO'],
      ['MT-bench', 'MT-Bench'],
      ['AlpacaEval 2', 'AlpacaEval 2'],
    ]);
  });

  it('requires the listed case for plain English words', () => {
    expect(found('results on MATH and on the math of it; a RACE and a race')).toEqual([
      ['MATH', 'MATH'],
      ['RACE', 'RACE'],
    ]);
  });

  it('matches a name whose letters and digits are written together or apart', () => {
    expect(found('We compare ResNet50, Gemma2 and Llama 3 here.')).toEqual([
      ['ResNet50', 'ResNet-50'],
      ['Gemma2', 'Gemma 2'],
      ['Llama 3', 'Llama 3'],
    ]);
  });

  it('does not match inside longer words', () => {
    expect(found('BERTology and GPT4All')).toEqual([]);
  });
});
