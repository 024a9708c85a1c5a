import { describe, expect, it } from 'vitest';
import { nameKey } from '../../../core/name-key.js';
import { slug } from '../../../core/slug.js';
import { extractPaper } from '../../../ingest/extract/pipeline.js';
import { CorpusResolver } from '../../../ingest/resolve/corpus-resolver.js';
import { doc } from '../extract/document-fixture.js';

/** The one name rule: the spellings below are one key, for ingest's merging and the API's lookups alike. */
const SPELLINGS = [
  ['GPT-4', 'GPT4', 'gpt 4', 'G.P.T.-4'],
  ['MT-Bench', 'mtbench', 'MT Bench', 'MT_Bench'],
  ['Llama 3.1 70B', 'llama-3.1-70b', 'LLaMA3.1 70B'],
];

describe('nameKey', () => {
  it.each(SPELLINGS)('gives %j and its spellings one key', (...spellings) => {
    expect(new Set(spellings.map(nameKey)).size).toBe(1);
  });

  it('keeps letters of every script and digits, and tells different names apart', () => {
    expect(nameKey('Ünïcode-Net 2')).toBe('ünïcodenet2');
    expect(nameKey('GPT-4')).not.toBe(nameKey('GPT-4o'));
  });

  it('is coarser than the key slug for ASCII names: one slug, one name key', () => {
    for (const [a, b] of [['MT-Bench', 'mt bench'], ['GPT-4', 'gpt_4']] as const) {
      expect(slug(a)).toBe(slug(b));
      expect(nameKey(a)).toBe(nameKey(b));
    }
  });
});

describe('ingest merges by the same rule', () => {
  it('makes GPT4 and GPT-4 in two papers one node', () => {
    const papers = [
      extractPaper(doc('Paper A', 'We compare against GPT-4 on MT-Bench.')),
      extractPaper(doc('Paper B', 'GPT4 scores 8.9 on mtbench.')),
    ];
    const resolver = new CorpusResolver();
    for (const paper of papers) resolver.add(paper);
    const ids = (label: string) => new Set(papers.flatMap((paper) => resolver.records(paper).nodes.filter((n) => n.label === label).map((n) => n.id)));
    expect(ids('Model')).toEqual(new Set(['model:gpt-4']));
    expect(ids('Benchmark')).toEqual(new Set(['benchmark:mt-bench']));
  });
});
