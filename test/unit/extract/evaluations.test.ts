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

  it('pairs the models evaluated on a benchmark the paper proposes, not the paper itself', () => {
    const record = gold(
      'ChartBench-X: A Benchmark for Chart Reasoning',
      'We introduce ChartBench-X, a new benchmark for chart reasoning. Our evaluation of open models (e.g., Llama 3, Gemma 2) and closed ones (e.g., GPT-4o) reveals large gaps.',
    );
    expect(record.evaluated_on).toEqual(
      expect.arrayContaining([
        ['Llama 3', 'ChartBench-X'],
        ['Gemma 2', 'ChartBench-X'],
        ['GPT-4o', 'ChartBench-X'],
      ]),
    );
    expect(record.evaluated_on).not.toContainEqual(['@paper', 'ChartBench-X']);
  });

  it('pairs the methods the paper says it evaluates on its own benchmark, and no method it only names there', () => {
    const record = gold('MIRAGE: A Benchmark for Multilingual Retrieval', 'We introduce MIRAGE, a benchmark of 18 languages. We evaluate BM25 and mContriever on MIRAGE. Results show that LoRA helps on MIRAGE.');
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['BM25', 'MIRAGE'], ['mContriever', 'MIRAGE']]));
    expect(record.evaluated_on).not.toContainEqual(['LoRA', 'MIRAGE']);
    // A system that opens a result sentence on the paper's own data is measured there, as its baselines are.
    const opened = gold('Review Comments', 'We collect QuuxSet, a corpus of code reviews, and train QuuxGen on it. QuuxGen outperforms CodeReviewer on the test split of QuuxSet.');
    expect(opened.evaluated_on).toEqual(expect.arrayContaining([['QuuxGen', 'QuuxSet'], ['CodeReviewer', 'QuuxSet']]));
  });

  it('gives a result to the other system a sentence opens with, not to the paper\'s own', () => {
    const record = gold('Sepsis Prediction', 'We propose SepNet, a model for ICU data. The LSTM reaches 0.89 AUROC on MIMIC-III. SepNet achieves 0.93 on eICU.');
    expect(record.evaluated_on).toEqual([
      ['LSTM', 'MIMIC-III'],
      ['SepNet', 'eICU'],
    ]);
    // Where the sentence speaks of the paper's own work, the systems it names are what that work runs on.
    expect(gold('Sepsis Prediction', 'We propose SepNet. With XGBoost features, our model reaches 0.91 on MIMIC-III.').evaluated_on).toEqual([['SepNet', 'MIMIC-III']]);
  });

  it('carries the targets of a results sentence to the next one naming the compared systems', () => {
    const record = gold(
      'A Comparison of Speech Recognisers',
      'Accuracy was measured on the LibriSpeech and VoxPopuli datasets. Whisper outperformed both HuBERT and XLS-R.',
    );
    expect(record.evaluated_on).toEqual(
      expect.arrayContaining([
        ['Whisper', 'LibriSpeech'],
        ['HuBERT', 'VoxPopuli'],
        ['XLS-R', 'LibriSpeech'],
      ]),
    );
  });

  it('finds the proposed name where it is written again, and never takes the judge for a subject', () => {
    const record = gold(
      'FlowTune: Fast Alignment',
      'We propose FlowTune. Results show that FlowTune beats DPO on AlpacaEval 2, measured by automatic evaluation with GPT-4.',
    );
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['FlowTune', 'AlpacaEval 2'], ['DPO', 'AlpacaEval 2']]));
    expect(record.evaluated_on).not.toContainEqual(['GPT-4', 'AlpacaEval 2']);
  });

  it('takes the models a comparison paper evaluates for the subjects, also in its later sentences', () => {
    const record = gold(
      'Probing Numeracy in Language Models',
      'We study numeracy. Using DROP and MathQA, we test BERT, RoBERTa and T5. We find that T5 outperforms the others on DROP.',
    );
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['BERT', 'DROP'], ['T5', 'MathQA'], ['T5', 'DROP']]));
    expect(record.evaluated_on).not.toContainEqual(['@paper', 'DROP']);
  });

  it('keeps the paper\'s own unnamed approach as the subject where the sentence says it is theirs', () => {
    const record = gold('A study', 'We propose a simple training recipe. We evaluate BERT with our recipe on SQuAD and it improves results.');
    expect(record.evaluated_on).toContainEqual(['@paper', 'SQuAD']);
  });

  it('types the names listed after "two benchmarks," as benchmarks and pairs them with the proposed name', () => {
    const record = gold('A study', 'We present ArgGNN. Results on two benchmarks, AAEC and CDCP, show that ArgGNN outperforms prior work.');
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['ArgGNN', 'AAEC'], ['ArgGNN', 'CDCP']]));
  });

  it('carries the data a sentence says it uses to the results stated after it', () => {
    const record = gold('A study', 'We present CoDE, a decoding method. For summarization, we use SAMSum. CoDE consistently beats beam search.');
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['CoDE', 'SAMSum'], ['beam search', 'SAMSum']]));
  });

  it('reads a name written before "test set" as a benchmark', () => {
    const record = gold('A study', 'We propose KnowPrompt. Results on the Penn Relation test set show that KnowPrompt outperforms prior methods.');
    expect(record.benchmarks).toContain('Penn Relation');
    expect(record.evaluated_on).toContainEqual(['KnowPrompt', 'Penn Relation']);
  });

  it('reads matching, obtaining, yielding and "a new state of the art" as results', () => {
    const matches = gold('A study', 'We propose TinyAdapt. On the GLUE benchmark, TinyAdapt matches LoRA with fewer parameters.');
    expect(matches.evaluated_on).toEqual(expect.arrayContaining([['TinyAdapt', 'GLUE'], ['LoRA', 'GLUE']]));
    const sota = gold('A study', 'This paper proposes ArgoNet. ArgoNet sets a new state of the art on SQuAD and obtains the best F1 on TriviaQA.');
    expect(sota.evaluated_on).toEqual(expect.arrayContaining([['ArgoNet', 'SQuAD'], ['ArgoNet', 'TriviaQA']]));
  });

  it('types every coined name of a list after "on" in a results sentence as a target', () => {
    const record = gold('A study', 'We propose FooRank. Results of FooRank against BarRank on Quokka, KeySet-2010 and BarDUC7 are strong.');
    expect(record.benchmarks).toEqual(expect.arrayContaining(['KeySet-2010', 'BarDUC7']));
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['FooRank', 'KeySet-2010'], ['FooRank', 'BarDUC7'], ['BarRank', 'KeySet-2010']]));
  });

  it('carries what a comparison is run on to the results after it, and types a name coordinated after "the X dataset"', () => {
    const record = gold('A study', 'We propose FooRank. We compare FooRank with BarRank on the Quokka dataset and BarDUC7. FooRank performs best on all of them.');
    expect(record.datasets).toEqual(expect.arrayContaining(['Quokka', 'BarDUC7']));
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['FooRank', 'Quokka'], ['FooRank', 'BarDUC7']]));
  });

  it('reads "we show that X reduces ... on Y" as results, and never takes a results subject listed after "on" for a target', () => {
    const shown = gold('A study', 'This work introduces the Fact-Aware Writer (FAW). We show that FAW reduces hallucinations on XSum compared to BART.');
    expect(shown.evaluated_on).toEqual(expect.arrayContaining([['FAW', 'XSum'], ['BART', 'XSum']]));
    const subject = gold('A study', 'We create QuuxQA, a corpus. We train QuuxReader on QuuxQA, and QuuxReader outperforms DPR on Natural Questions.');
    expect([...subject.datasets, ...subject.benchmarks]).not.toContain('QuuxReader');
  });

  it('does not take names that modify a plain plural noun after "on" for targets', () => {
    const record = gold('A study', 'We propose TweetLens. We run experiments on UEFA and FIFA match reports and on KX-News articles.');
    expect([...record.datasets, ...record.benchmarks]).toEqual([]);
    expect(record.evaluated_on).toEqual([]);
    const kept = gold('A study', 'We propose TweetLens. Results on KX-News and QuuxTweets show gains.');
    expect(record.evaluated_on).toEqual([]);
    expect(kept.evaluated_on).toEqual(expect.arrayContaining([['TweetLens', 'KX-News'], ['TweetLens', 'QuuxTweets']]));
  });

  it('pairs the sized model a results sentence names, not the family written inside its name', () => {
    const record = gold('A study', 'We present QuuxCoder, a family of open models. QuuxCoder-13B achieves 40.1% on MATH, surpassing PaLM 2.');
    expect(record.evaluated_on).toContainEqual(['QuuxCoder-13B', 'MATH']);
    expect(record.evaluated_on).not.toContainEqual(['QuuxCoder', 'MATH']);
  });

  it('takes "on both datasets" for the paper\'s own datasets', () => {
    const record = gold('A study', 'We introduce two new datasets, QuuxQA and QuuxTab. We also propose QuuxReasoner. QuuxReasoner outperforms baselines on both datasets.');
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['QuuxReasoner', 'QuuxQA'], ['QuuxReasoner', 'QuuxTab']]));
  });

  it('takes the models an analysis paper shows or fine-tunes and evaluates for the subjects', () => {
    const shown = gold('A study', 'NLI models rely on heuristics. We show that RoBERTa fine-tuned on MNLI fails on HANS, with 52% accuracy.');
    expect(shown.evaluated_on).toEqual([['RoBERTa', 'HANS']]);
    const tuned = gold('A study', 'We fine-tune XLM-R and mT5 on English data and evaluate them zero-shot on XNLI.');
    expect(tuned.evaluated_on).toEqual(expect.arrayContaining([['XLM-R', 'XNLI'], ['mT5', 'XNLI']]));
    expect(tuned.evaluated_on).not.toContainEqual(['@paper', 'XNLI']);
  });

  it('reads "tops" and "ranks first on" as results', () => {
    expect(gold('A study', 'We introduce QuuxRet-7B, an open retriever. QuuxRet-7B tops the BEIR leaderboard.').evaluated_on).toEqual([['QuuxRet-7B', 'BEIR']]);
  });

  it('reads "X solves N% of B" as results of X on B', () => {
    const record = gold('A study', 'We introduce HardGeo, a benchmark of 5k problems. Even GPT-4o solves only 30% of HardGeo.');
    expect(record.evaluated_on).toEqual([['GPT-4o', 'HardGeo']]);
  });

  it('pairs the paper\'s own unnamed approach with its own dataset where the sentence says the approach is measured', () => {
    const record = gold(
      'Faithful Note Summarization',
      'We construct a new dataset, WardNotes, and show that our approach outperforms BART on WardNotes and MIMIC-III.',
    );
    expect(record.evaluated_on).toEqual(expect.arrayContaining([['@paper', 'WardNotes'], ['@paper', 'MIMIC-III'], ['BART', 'WardNotes']]));
  });

  it('takes the models "we compare" for the subjects where the paper names no approach of its own, and keeps baselines where it does', () => {
    expect(gold('A study', 'We compare the accuracy of BERT and RoBERTa on SQuAD.').evaluated_on).toEqual([
      ['BERT', 'SQuAD'],
      ['RoBERTa', 'SQuAD'],
    ]);
    expect(gold('A study', 'We compare the accuracy of our method with BERT on SQuAD.').evaluated_on).toEqual([
      ['@paper', 'SQuAD'],
      ['BERT', 'SQuAD'],
    ]);
  });

  it('gives a paper that only compares named systems no results of its own, even in an impersonal results sentence', () => {
    const comparison = gold(
      'A comparison of speech recognizers for phone segmentation',
      'This study compares two recognizers, FooASR and BarASR, against a hybrid system. Accuracy was measured on the TIMIT and Buckeye corpora, with comparisons restricted to words recognized by FooASR and BarASR.',
    );
    expect(comparison.evaluated_on).toEqual(expect.arrayContaining([['FooASR', 'TIMIT'], ['BarASR', 'Buckeye']]));
    expect(comparison.evaluated_on.filter(([subject]) => subject === '@paper')).toEqual([]);
    // One that brings an approach of its own still reports on it.
    const own = gold('A study', 'This study compares FooASR and BarASR. We then introduce a new segmenter that improves accuracy on TIMIT.');
    expect(own.evaluated_on).toEqual(expect.arrayContaining([['@paper', 'TIMIT']]));
  });
});
