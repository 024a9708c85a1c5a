import { describe, expect, it } from 'vitest';
import { candidatesComponent } from '../../../../ingest/extract/components/candidates.js';
import { fieldsOf } from '../document-fixture.js';

describe('the candidates component', () => {
  const fields = fieldsOf('A study', 'Our models are at https://x.com/FBB (Foo Bar Baz) and we propose FooNet. Code: https://github.com/NVIDIA/NeMo-Aligner.');

  it('offers no name inside a URL', () => {
    const { candidates } = candidatesComponent.run(fields);
    expect(candidates.map((m) => m.text)).toEqual(['Foo Bar Baz', 'FooNet']);
  });

  it('still offers the half of an acronym pair outside a URL', () => {
    expect(fields.acronymPairs.map((p) => [p.long.text, p.short.text])).toEqual([['Foo Bar Baz', 'FBB']]);
    expect(candidatesComponent.run(fields).candidates[0]).toMatchObject({ text: 'Foo Bar Baz', extractor: 'acronym' });
  });

  it('keeps the version, size and variant of a known model in one name', () => {
    const texts = (abstract: string) =>
      candidatesComponent
        .run(fieldsOf('A study', abstract))
        .candidates
        .filter((m) => m.label === 'Model')
        .map((m) => m.text);
    expect(texts('We fine-tune Qwen2.5 14B Instruct and compare with Claude 3 Opus and Mistral 7B v0.3.')).toEqual([
      'Qwen2.5 14B Instruct',
      'Claude 3 Opus',
      'Mistral 7B v0.3',
    ]);
    expect(texts('GPT-4o mini and Gemini 2.0 Flash answer; Llama 2 models do not.')).toEqual(['GPT-4o mini', 'Gemini 2.0 Flash', 'Llama 2']);
    // A checkpoint size in lower case, as its release writes it; not where it describes a kind ("base models").
    expect(texts('We test Whisper large-v3 and T5 xxl against the Llama-3-70B base models.')).toEqual(['Whisper large-v3', 'T5 xxl', 'Llama-3-70B']);
    expect(texts('We tune Gemma 2 9B-it and Llama 2 13B chat.')).toEqual(['Gemma 2 9B-it', 'Llama 2 13B chat']);
  });

  it('names a known several-word target after a dashed all-capital prefix with the prefix', () => {
    const targets = (abstract: string) =>
      candidatesComponent
        .run(fieldsOf('A study', abstract))
        .candidates.filter((m) => m.label === 'Benchmark' || m.label === 'Dataset')
        .map((m) => m.text);
    expect(targets('On XOR-TyDi QA and TyDi QA, ours wins.')).toEqual(['XOR-TyDi QA', 'TyDi QA']);
    // Not a lower-case or mixed-case word before the dash.
    expect(targets('On multi-TyDi QA, ours wins.')).toEqual(['TyDi QA']);
  });

  it('takes capitalised words before a known architecture inside a sentence as a name of its own', () => {
    const names = (abstract: string) =>
      candidatesComponent
        .run(fieldsOf('A study', abstract))
        .candidates.filter((m) => !m.shadow)
        .map((m) => m.text);
    expect(names('Ours beats the prior agent, Episodic Transformer, and the Pyramid Vision Transformer.')).toEqual(['Episodic Transformer', 'Pyramid Vision Transformer']);
    // Not where the capital opens a sentence, nor a descriptive word before it.
    expect(names('Transformer layers help. We train a Standard Transformer, as slow as the vanilla Transformer.')).toEqual(['Transformer', 'Transformer', 'Transformer']);
  });

  it('keeps the dashed variant after a known model\'s version in the name: "Llama 2-Chat", not "Llama 2"', () => {
    const named = (abstract: string) =>
      candidatesComponent
        .run(fieldsOf('A study', abstract))
        .candidates.filter((m) => m.label !== undefined)
        .map((m) => [m.text, m.label]);
    expect(named('We compare Llama 2-Chat, Qwen 2.5-Instruct and Mistral 7B-Instruct.')).toEqual([
      ['Llama 2-Chat', 'Model'],
      ['Qwen 2.5-Instruct', 'Model'],
      ['Mistral 7B-Instruct', 'Model'],
    ]);
    // A model put to a role is a way of using it; a modifier after the dash is not part of the name.
    expect(named('A GPT 4-as-a-Judge protocol rates Llama 2-based agents.')).toEqual([
      ['GPT 4-as-a-Judge', 'Method'],
      ['Llama 2', 'Model'],
    ]);
  });

  it('keeps "Challenge" in the name of a challenge written in capitals, as a benchmark', () => {
    const { candidates } = candidatesComponent.run(fieldsOf('A study', 'On the Hateful Memes Challenge, FooNet wins. The challenge is hard.'));
    expect(candidates.filter((m) => m.extractor === 'resource-noun').map((m) => [m.text, m.label])).toEqual([['Hateful Memes Challenge', 'Benchmark']]);
  });

  it('names one task of a shared-task series with its number: "SemEval-2024 Task 4"', () => {
    const { candidates } = candidatesComponent.run(fieldsOf('A study', 'We take part in SemEval-2024 Task 4 and WMT 2022.'));
    expect(candidates.filter((m) => m.label === 'Benchmark').map((m) => m.text)).toEqual(['SemEval-2024 Task 4', 'WMT 2022']);
  });

  it('keeps a lower-case model name whole with its size: "qwen2-7b", not "2-7b"', () => {
    const { candidates } = candidatesComponent.run(fieldsOf('A study', 'We fine-tune small models (e.g., qwen2-7b and gemma-2-9b-it) here.'));
    expect(candidates.filter((m) => m.label === 'Model').map((m) => m.text)).toEqual(['qwen2-7b', 'gemma-2-9b-it']);
  });

  it('gives every candidate and proposal the fields of a mention in one order, whichever rule found it', () => {
    const paper = fieldsOf(
      'FooNet: A Study',
      'We propose FooNet, a Leaf Vein Network (LVN), on the Jamendo dataset, fine-tune Llama 3 8B and roberta-large, and compare with BERT under the LLM paradigm.',
    );
    const mentions = [...paper.candidates, ...paper.proposals];
    expect(new Set(mentions.map((m) => m.extractor)).size).toBeGreaterThanOrEqual(5);
    // A lexicon hit also carries its entry, after the mention's own fields.
    const fieldsOfMention = (m: object) => Object.keys(m).filter((key) => key !== 'entry');
    for (const m of mentions) expect(fieldsOfMention(m), `${m.extractor} ${m.text}`).toEqual(['text', 'start', 'end', 'extractor', 'confidence', 'label', 'lexiconName', 'proposed', 'shadow']);
  });
});

