import { describe, expect, it } from 'vitest';
import { extractPaper } from '../../../ingest/extract/pipeline.js';
import { toGoldRecord } from '../../../ingest/resolve/gold-record.js';
import { doc } from './document-fixture.js';

const gold = (title: string, abstract: string) => toGoldRecord(extractPaper(doc(title, abstract)));

describe('what a paper proposes', () => {
  it('takes the title head and "we propose X"', () => {
    const record = gold('RegFormer: An Efficient Transformer Network', 'To address these problems, we propose an end-to-end network (RegFormer) for registration.');
    expect(record.proposed).toEqual(['RegFormer']);
    expect(record.methods).toContain('RegFormer');
  });

  it('takes named, termed and appositive names but not known baselines', () => {
    const record = gold(
      'A study',
      'We introduce GenoAgent, a team of agents built on GPT-4. We also introduce an attention variant called leaky attention, which helps. We propose a simple extension to the DPO algorithm, LN-DPO, resulting in shorter answers.',
    );
    expect(record.proposed).toEqual(expect.arrayContaining(['GenoAgent', 'leaky attention', 'LN-DPO']));
    expect(record.proposed.join(' ')).not.toMatch(/GPT-4|DPO \|/);
  });

  it('gives both names of a defined acronym as one entry', () => {
    const record = gold('A study', 'We propose Contrastive Unlikelihood Training (CUT), a novel framework.');
    expect(record.methods).toEqual(['CUT | Contrastive Unlikelihood Training']);
    expect(record.proposed).toEqual(['CUT | Contrastive Unlikelihood Training']);
  });

  it('does not take paradigms or placeholders as names', () => {
    const record = gold(
      'Aligning Large Language Models',
      'Large language models (LLMs) trained with reinforcement learning (RL) and Parameter Efficient Fine-Tuning (PEFT). \\model~achieves more.',
    );
    expect([...record.methods, ...record.models, ...record.proposed]).toEqual([]);
  });
});

describe('types', () => {
  it('types by resource nouns, suffixes, model shapes and the lexicon', () => {
    const record = gold(
      'A study',
      'We evaluate Llama-3-70B and Qwen2-72B on the nuScenes and DriveLM-nuScenes benchmarks, on AIR-Bench, and on the TIMIT speech corpus, using DPO.',
    );
    expect(record.models).toEqual(expect.arrayContaining(['Llama-3-70B', 'Qwen2-72B']));
    expect(record.benchmarks).toEqual(expect.arrayContaining(['DriveLM-nuScenes', 'AIR-Bench']));
    expect(record.datasets).toEqual(expect.arrayContaining(['nuScenes', 'TIMIT']));
    expect(record.methods).toHaveLength(1);
    expect(record.methods[0]).toMatch(/^DPO( \|.*)?$/);
  });
});

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

describe('tasks and repos', () => {
  it('gives one to three lower-case tasks', () => {
    const record = gold('Soft-Label Alignment for Image-Text Retrieval', 'Image-text retrieval matters. We study object detection and machine translation too.');
    expect(record.tasks[0]).toBe('image-text retrieval');
    expect(record.tasks.length).toBeLessThanOrEqual(3);
    for (const task of record.tasks) expect(task).toBe(task.toLowerCase());
  });

  it('keeps repositories as written without trailing punctuation, and no project pages', () => {
    const record = gold(
      'X',
      'Code: https://github.com/NVIDIA/NeMo-Aligner. Also http://github.com/a/b.git, github.com/roemmele/AbLit; https://github.com/x/y/tree/main/src and https://proj.github.io/page.',
    );
    expect(record.repos).toEqual([
      'https://github.com/NVIDIA/NeMo-Aligner',
      'http://github.com/a/b.git',
      'github.com/roemmele/AbLit',
      'https://github.com/x/y/tree/main/src',
    ]);
    // Names inside URLs are not entities.
    expect(record.methods.join(' ')).not.toMatch(/NeMo|AbLit/);
  });
});

describe('determinism', () => {
  it('gives byte-identical output for the same input', () => {
    const input = doc('CoMat: Aligning Diffusion', 'We propose CoMat, which fine-tunes SDXL to obtain CoMat-SDXL, evaluated on COCO.');
    expect(JSON.stringify(extractPaper(input))).toBe(JSON.stringify(extractPaper(input)));
  });
});
