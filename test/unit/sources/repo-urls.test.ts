import { describe, expect, it } from 'vitest';
import { findRepoMentions, normalizeRepoUrl } from '../../../ingest/extract/repo-urls.js';

describe('repository URLs', () => {
  it.each([
    ['https://github.com/yeruimeng/WTS.git', 'https://github.com/yeruimeng/WTS'],
    ['https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models/tree/Alignment', 'https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models'],
    ['http://github.com/Irenehere/ReliableAlignment', 'https://github.com/Irenehere/ReliableAlignment'],
    ['github.com/roemmele/AbLit', 'https://github.com/roemmele/AbLit'],
    ['https://www.github.com/a/b/', 'https://github.com/a/b'],
    ['https://huggingface.co/PKU-Baichuan-MLSystemLab/Llama3-PBM-Nova-70B', 'https://huggingface.co/PKU-Baichuan-MLSystemLab/Llama3-PBM-Nova-70B'],
    ['https://huggingface.co/datasets/Anthropic/hh-rlhf', 'https://huggingface.co/datasets/Anthropic/hh-rlhf'],
    ['https://anonymous.4open.science/r/tracealign-2DA7', 'https://anonymous.4open.science/r/tracealign-2DA7'],
  ])('normalises %s', (raw, url) => {
    const repo = normalizeRepoUrl(raw)!;
    expect(repo.url).toBe(url);
    expect(repo.id).toBe(url.toLowerCase());
  });

  it('gives one id for every spelling of one repository', () => {
    const ids = ['https://github.com/Wizardcoast/Linear_Alignment.git', 'http://github.com/wizardcoast/linear_alignment', 'https://github.com/Wizardcoast/Linear_Alignment/tree/main/src'].map(
      (u) => normalizeRepoUrl(u)!.id,
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('keeps project pages and non-repository URLs apart', () => {
    expect(normalizeRepoUrl('https://3d-aigc.github.io/GVA/')).toBeUndefined();
    expect(normalizeRepoUrl('https://www.adrianbulat.com/face-alignment/')).toBeUndefined();
    expect(normalizeRepoUrl('https://github.com/onlyowner')).toBeUndefined();
  });

  it('finds URLs in text as written, without trailing punctuation', () => {
    const text =
      'Code: https://github.com/yeruimeng/WTS.git. See (https://github.com/abumafrim/Cohere-Align), https://github.com/GAIR-NLP/alignment-for-honesty, and https://aligner2024.github.io';
    const found = findRepoMentions(text);
    expect(found.map((m) => m.written)).toEqual([
      'https://github.com/yeruimeng/WTS.git',
      'https://github.com/abumafrim/Cohere-Align',
      'https://github.com/GAIR-NLP/alignment-for-honesty',
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.written);
  });
});
