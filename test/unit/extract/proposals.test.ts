import { describe, expect, it } from 'vitest';
import { gold } from './document-fixture.js';

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

  it('takes "X proposes a novel Y" without a we-subject', () => {
    const record = gold('A study', 'We present QuickSum. QuickSum then proposes a novel Salience-Weighted Coverage Loss (SWCL) for training.');
    expect(record.proposed).toEqual(expect.arrayContaining(['SWCL | Salience-Weighted Coverage Loss']));
  });

  it('takes a name defined with its acronym later in the proposal sentence', () => {
    const record = gold('A study', 'This paper introduces an approach that combines retrieval with Sparse Memory Routing (SMR) for long inputs.');
    expect(record.proposed).toEqual(['SMR | Sparse Memory Routing']);
  });

  it('takes what a title calls a novel method', () => {
    const record = gold('A Novel Gradient-Free Prompt Search Method for Text Classification', 'We search prompts without gradients.');
    expect(record.proposed).toEqual(['Gradient-Free Prompt Search']);
  });

  it('takes "our proposed method, X" and "the proposed X" as the paper\'s own names', () => {
    const appositive = gold('A study', 'Our proposed method, temperature-mixed calibration (TMC), reduces calibration error.');
    expect(appositive.proposed).toEqual(['TMC | temperature-mixed calibration']);
    const proposed = gold('A study', 'Experiments show that the proposed GraphMixer outperforms prior work.');
    expect(proposed.proposed).toEqual(['GraphMixer']);
    expect(gold('A study', 'Our results on SQuAD show gains.').proposed).toEqual([]);
  });

  it('does not take what a method improves over for a benchmark', () => {
    const record = gold('A study', 'We present SparseSum. SparseSum improves ROUGE over LongNet-X and BigBird on PubMed.');
    expect(record.benchmarks).not.toContain('LongNet-X');
  });

  it('takes a long form whose odd capitals spell a short form written apart as one name', () => {
    const record = gold('A study', 'We present FIMO, a method. FIMO is based on FIll-and-MOve, a paradigm for editing text.');
    expect(record.proposed).toEqual(['FIMO | FIll-and-MOve']);
  });

  it('takes a title head "Long Form (ACR):" as the long form of its short form', () => {
    const record = gold('Mixture of Sparse Routers (MoSR): Fast Experts', 'We present the Mixture of Sparse Routers (MoSR) for fast inference.');
    expect(record.proposed).toEqual(['MoSR | Mixture of Sparse Routers']);
  });

  it('does not take "named entity" for a naming verb', () => {
    const record = gold('A study', 'Named entity recognition in tweets is hard, and named entities are rare. We propose TweetTagger.');
    expect(record.proposed).toEqual(['TweetTagger']);
  });

  it('does not take what "our experiments" are run on for the paper\'s own name', () => {
    const record = gold('A study', 'We propose PlainSum. Our experiments on QuoteBank and SummaC show gains, and our results with FooEval agree.');
    expect(record.proposed).toEqual(['PlainSum']);
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['PlainSum', 'QuoteBank'], ['PlainSum', 'SummaC']]));
  });

  it('types each of two appositive proposals by its own phrase\'s type word', () => {
    const record = gold('A study', 'In this work, we present a new corpus of tweets, TweetStance, and a strong baseline, StanceLM.');
    expect(record.proposed).toEqual(['TweetStance', 'StanceLM']);
    expect(record.datasets).toEqual(['TweetStance']);
    expect(record.methods).toEqual(['StanceLM']);
  });

  it('does not take what "our framework" outperforms or uses for the paper\'s own name', () => {
    const record = gold('A study', 'We propose MolPrompt. Experiments show that our framework outperforms GraphMVP on MoleculeNet, and our model uses KPGT features.');
    expect(record.proposed).toEqual(['MolPrompt']);
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['MolPrompt', 'MoleculeNet'], ['GraphMVP', 'MoleculeNet']]));
  });

  it('takes the name after "we call the resulting models", and a method its proposal calls one even where its long form ends in a task head', () => {
    const called = gold('A study', 'We distill traces into small models. We call the resulting models TinyThinkers. TinyThinkers match GPT-3.5 on StrategyQA.');
    expect(called.proposed).toEqual(['TinyThinkers']);
    expect(called.evaluated_on).toEqual(expect.arrayContaining([['TinyThinkers', 'StrategyQA'], ['GPT-3.5', 'StrategyQA']]));
    const method = gold('A study', 'We propose a new decoding method, consensus caption generation (CCG), which votes. CCG beats beam search on COCO.');
    expect(method.proposed).toEqual(['CCG | consensus caption generation']);
    expect(method.evaluated_on).toContainEqual(['CCG', 'COCO']);
  });

  it('takes the name a coordinated verb gives ("and name the resulting model X"), and "our 7B model, X"', () => {
    expect(gold('A study', 'We frame parsing as tagging, and name the resulting model TagParse. TagParse is fast.').proposed).toEqual(['TagParse']);
    expect(gold('A study', 'Our 1.3B model, TinyCoder-1.3B, matches larger ones.').proposed).toEqual(['TinyCoder-1.3B']);
    // "and name" with no object of the paper's before the capital names nothing.
    expect(gold('A study', 'We detect and name Paris landmarks.').proposed).toEqual([]);
  });

  it('takes "this paper describes X" and "we put forward X", and types "our new dataset, X" by its noun', () => {
    expect(gold('A study', 'This paper describes ZetaSys, our submission to the shared task.').proposed).toEqual(['ZetaSys']);
    expect(gold('A study', 'We put forward OmegaNet, a parser.').proposed).toEqual(['OmegaNet']);
    const dataset = gold('A study', 'We benchmark RoBERTa and DeBERTa on our new dataset, QuuxSet. Both models struggle.');
    expect(dataset.datasets).toEqual(['QuuxSet']);
    expect(dataset.evaluated_on).toEqual(expect.arrayContaining([['RoBERTa', 'QuuxSet'], ['DeBERTa', 'QuuxSet']]));
  });

  it('does not propose what a framework is inspired by, nor a concept the paper poses', () => {
    const inspired = gold('A study', 'This paper proposes RankEval, a framework inspired by classical accounts of Argument Strength Ranking (ASR), to score essays.');
    expect(inspired.proposed).toEqual(['RankEval']);
    const concept = gold('A study', 'We introduce the concept of Style-Content Alignment, which links style to content.');
    expect(concept.proposed).toEqual([]);
    expect(concept.tasks).toContain('style-content alignment');
  });

  it('takes the title\'s way of doing it for the method of a paper that names no approach of its own', () => {
    expect(gold('Robust Parsing via Span-Level Voting', 'We propose an approach that votes over spans. It improves parsing.').proposed).toEqual(['Span-Level Voting']);
    // A plural names a kind of thing, not one method.
    expect(gold('Cross-Lingual Tagging with Tri-Lingual Anchors', 'We study tagging.').proposed).toEqual([]);
    expect(gold('Robust Parsing via Span-Level Voting', 'We propose SpanVote, which votes over spans.').proposed).toEqual(['SpanVote']);
    expect(gold('Better Reasoning via In-Context Learning', 'We study prompting.').proposed).toEqual([]);
  });

  it('takes a passive proposal, never a name proposed by others', () => {
    const own = gold('A study', 'A new benchmark, GlossBench, is introduced to test lexical knowledge. We find that GPT-4 performs best on GlossBench.');
    expect(own.proposed).toEqual(['GlossBench']);
    expect(own.evaluated_on).toEqual([['GPT-4', 'GlossBench']]);
    expect(gold('A study', 'SpanFix was proposed by earlier work. We study its limits.').proposed).toEqual([]);
  });

  it('does not take a multi-word title head the abstract writes in lower case for a coined name', () => {
    expect(gold('Weak-to-Strong Transfer: Limits of Supervision', 'We study weak-to-strong transfer in language models.').proposed).toEqual([]);
    expect(gold('Span Voting Parser: Fast Parsing', 'We present the Span Voting Parser, which votes over spans.').proposed).toEqual(['Span Voting Parser']);
  });

  it('takes "this <name (ACR)> solution" for the paper\'s own, not "this BERT"', () => {
    const record = gold('A study', 'We study tuning. This simple Dual-Phase Tuning (DPT) solution is unstable. This BERT encoder is frozen.');
    expect(record.proposed).toEqual(['DPT | Dual-Phase Tuning']);
  });

  it('takes the second of two proposals with appositives, and "which we call X"', () => {
    const two = gold('A study', 'We propose FLOW, a benchmark for continual learning, and KeepIt, a method that mitigates forgetting.');
    expect(two.proposed).toEqual(expect.arrayContaining(['FLOW', 'KeepIt']));
    expect(two.methods).toContain('KeepIt');
    expect(gold('A study', 'Our method, which we call ProtoTune, learns prototypes.').proposed).toEqual(['ProtoTune']);
  });

  it('does not read a proposal verb used as a noun ("a two-stage design into the Router")', () => {
    const record = gold('A study', 'We introduce QuillKit. We then improve it by adding a two-stage design into the Router module.');
    expect(record.proposed).toEqual(['QuillKit']);
  });

  it('does not take a lone kind noun after a naming verb for a name', () => {
    const record = gold('A study', 'The so-called method, Sparse Reward Shaping (SRS), works well. We refine it.');
    expect(record.proposed).not.toContain('method');
    expect([...record.methods, ...record.models]).not.toContain('method');
  });

  it('does not propose what the proposal is a version, variant or extension of', () => {
    const record = gold('FooSolver2: Better Proofs', 'We present FooSolver2, a significantly improved version of FooSolver introduced in prior work.');
    expect(record.proposed).toEqual(['FooSolver2']);
    expect(gold('A study', 'We introduce BarNet-X, a variant of BarNet, and test it.').proposed).not.toContain('BarNet');
  });

  it('reads "we refer to this approach as X" as a proposal, but not a lower-case concept so named', () => {
    expect(gold('A study', 'We refer to this approach as SynGen. SynGen improves accuracy on PTB.').proposed).toEqual(['SynGen']);
    expect(gold('A study', 'Models should follow goals, a property we refer to as steerability.').proposed).toEqual([]);
  });

  it('takes a title\'s coined name before a generic head for the method ("ZipZap Alignment for ..."), but no paradigm', () => {
    expect(gold('ZipZap Alignment for Large Language Models', 'We study sampling.').proposed).toEqual(['ZipZap Alignment']);
    expect(gold('Better Reasoning via In-Context Learning', 'We study prompting.').proposed).toEqual([]);
  });

  it('types a named set of examples or questions as data, and a named set of techniques as a method', () => {
    const examples = gold('A study', 'We conduct a fine-grained evaluation on a diverse set of examples, named QUUX-EVAL-SET.');
    expect(examples.datasets).toEqual(['QUUX-EVAL-SET']);
    expect(examples.methods).toEqual([]);
    expect(gold('A study', 'We build a set of 500 hard questions, called BazQA.').datasets).toEqual(['BazQA']);
    expect(gold('A study', 'We describe a set of techniques, called FooTrick, that speed up decoding.').methods).toEqual(['FooTrick']);
  });

  it('types a proposal its sentence calls techniques as a method, before the models they are used on', () => {
    const record = gold('Gemma Tuning Report', 'We introduce Gemma Tuning, the alignment techniques employed in the Gemma series of models.');
    expect(record.methods).toContain('Gemma Tuning');
    expect(record.models).not.toContain('Gemma Tuning');
  });
});
