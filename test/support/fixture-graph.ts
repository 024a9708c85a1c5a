import type { Database } from '../../src/db/database.js';
import type { EdgeRecord, EdgeType, GraphBatch, NodeLabel, NodeRecord, Properties } from '../../core/graph-records.js';
import { refreshEvaluationCounts } from '../../ingest/load/evaluation-counts.js';
import { GraphLoader } from '../../ingest/load/graph-loader.js';

/**
 * A small graph with every node type and every relationship type, written through the real
 * loader: alignment methods (DPO and its variants) and models on MT-Bench, GSM8K, HH-RLHF and
 * ImageNet with scores in both metric directions, text-derived links with evidence, code
 * links, and 50 generated papers for batching tests. Ids follow the loader's scheme.
 */

const node = (label: NodeLabel, id: string, props: Properties, aliases: string[] = []): NodeRecord => ({
  label,
  id,
  props,
  aliases,
  sources: ['fixture'],
});

const ref = (id: string) => ({ label: labelOf(id), id });

function labelOf(id: string): NodeLabel {
  if (id.startsWith('https://')) return 'Repo';
  const prefix = id.split(':')[0]!;
  return (prefix.charAt(0).toUpperCase() + prefix.slice(1)) as NodeLabel;
}

const edge = (type: EdgeType, from: string, to: string, props: Properties = { source: 'fixture' }, key = ''): EdgeRecord => ({
  type,
  from: ref(from),
  to: ref(to),
  key,
  props,
});

const evidence = (sentence: string, confidence = 0.9): Properties => ({ evidence: sentence, extractor: 'fixture-rule', confidence });

function result(subject: string, target: string, paper: string, metric: string, value: number | null): EdgeRecord {
  const metricId = `metric:${metric.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return edge(
    'EVALUATED_ON',
    subject,
    target,
    { paper, metric, metricId, value, rawValue: value === null ? null : String(value), source: 'fixture' },
    `${paper}|${metric}|${value ?? ''}`,
  );
}

export const DPO_PAPER = 'paper:direct-preference-optimization-your-language-model-is-secretly-a-reward-model';
export const DPO_REPO = 'https://github.com/eric-mitchell/direct-preference-optimization';
export const GENERATED_PAPERS = 50;

export function fixtureBatch(): GraphBatch {
  const nodes: NodeRecord[] = [
    node('Paper', DPO_PAPER, { title: 'Direct Preference Optimization: Your Language Model is Secretly a Reward Model', abstract: 'We propose DPO, trained on HH-RLHF and evaluated on MT-Bench.', publishedAt: '2023-05-29', arxivId: '2305.18290' }),
    node('Paper', 'paper:kto-model-alignment-as-prospect-theoretic-optimization', { title: 'KTO: Model Alignment as Prospect Theoretic Optimization', abstract: 'KTO, a variant of DPO.', publishedAt: '2024-02-02' }),
    node('Paper', 'paper:a-general-theoretical-paradigm-to-understand-learning-from-human-preferences', { title: 'A General Theoretical Paradigm to Understand Learning from Human Preferences', abstract: 'We propose IPO.', publishedAt: '2023-10-18' }),
    node('Paper', 'paper:learning-transferable-visual-models-from-natural-language-supervision', { title: 'Learning Transferable Visual Models From Natural Language Supervision', abstract: 'CLIP learns from image-text pairs; zero-shot on ImageNet.', publishedAt: '2021-02-26' }),
    node('Paper', 'paper:training-a-helpful-and-harmless-assistant-with-reinforcement-learning-from-human-feedback', { title: 'Training a Helpful and Harmless Assistant with Reinforcement Learning from Human Feedback', abstract: 'We release the HH-RLHF dataset and apply RLHF.', publishedAt: '2022-04-12' }),
    node('Paper', 'paper:judging-llm-as-a-judge-with-mt-bench-and-chatbot-arena', { title: 'Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena', abstract: 'MT-Bench: multi-turn questions judged by GPT-4.', publishedAt: '2023-06-09' }),
    node('Paper', 'paper:training-verifiers-to-solve-math-word-problems', { title: 'Training Verifiers to Solve Math Word Problems', abstract: 'We introduce GSM8K.', publishedAt: '2021-10-27' }),
    node('Method', 'method:dpo', { name: 'DPO', fullName: 'Direct Preference Optimization', description: 'Preference optimisation without a reward model.' }, ['DPO', 'Direct Preference Optimization']),
    node('Method', 'method:kto', { name: 'KTO', fullName: 'Kahneman-Tversky Optimization' }, ['KTO', 'Kahneman-Tversky Optimization']),
    node('Method', 'method:ipo', { name: 'IPO', fullName: 'Identity Preference Optimization' }, ['IPO']),
    node('Method', 'method:rlhf', { name: 'RLHF', fullName: 'Reinforcement Learning from Human Feedback' }, ['RLHF', 'Reinforcement Learning from Human Feedback']),
    node('Model', 'model:gpt-4', { name: 'GPT-4' }, ['GPT-4', 'GPT4']),
    node('Model', 'model:llama-2-70b', { name: 'Llama-2-70B' }, ['Llama 2 70B', 'Llama-2-70B']),
    node('Model', 'model:clip', { name: 'CLIP', fullName: 'Contrastive Language-Image Pre-training' }, ['CLIP']),
    node('Dataset', 'dataset:hh-rlhf', { name: 'HH-RLHF', description: 'Helpful and harmless preference data.' }, ['HH-RLHF', 'Anthropic HH']),
    node('Dataset', 'dataset:imagenet', { name: 'ImageNet' }, ['ImageNet', 'ILSVRC']),
    node('Dataset', 'dataset:gsm8k', { name: 'GSM8K' }, ['GSM8K']),
    node('Benchmark', 'benchmark:mt-bench', { name: 'MT-Bench', metrics: ['Score'] }, ['MT-Bench', 'MT Bench']),
    node('Benchmark', 'benchmark:gsm8k', { name: 'GSM8K', metrics: ['Accuracy'] }, ['GSM8K']),
    node('Benchmark', 'benchmark:imagenet', { name: 'ImageNet', metrics: ['Top-1 Accuracy'] }, ['ImageNet']),
    node('Task', 'task:chat', { name: 'Chat', description: 'Multi-turn assistant dialogue.' }, ['Chat']),
    node('Task', 'task:math-word-problems', { name: 'Math Word Problems', parentTask: 'task:reasoning' }, ['Math Word Problems']),
    node('Task', 'task:reasoning', { name: 'Reasoning' }, ['Reasoning']),
    node('Task', 'task:image-classification', { name: 'Image Classification' }, ['Image Classification']),
    node('Metric', 'metric:score', { name: 'Score', higherIsBetter: true }, ['Score']),
    node('Metric', 'metric:accuracy', { name: 'Accuracy', higherIsBetter: true }, ['Accuracy']),
    node('Metric', 'metric:top-1-accuracy', { name: 'Top-1 Accuracy', higherIsBetter: true }, ['Top-1 Accuracy']),
    node('Metric', 'metric:perplexity', { name: 'Perplexity', higherIsBetter: false }, ['Perplexity']),
    node('Repo', DPO_REPO, { url: 'https://github.com/eric-mitchell/direct-preference-optimization', host: 'github.com', owner: 'eric-mitchell', name: 'direct-preference-optimization' }),
    node('Repo', 'https://github.com/openai/clip', { url: 'https://github.com/openai/CLIP', host: 'github.com', owner: 'openai', name: 'CLIP' }),
  ];
  const kto = 'paper:kto-model-alignment-as-prospect-theoretic-optimization';
  const ipo = 'paper:a-general-theoretical-paradigm-to-understand-learning-from-human-preferences';
  const clip = 'paper:learning-transferable-visual-models-from-natural-language-supervision';
  const hh = 'paper:training-a-helpful-and-harmless-assistant-with-reinforcement-learning-from-human-feedback';
  const mtBench = 'paper:judging-llm-as-a-judge-with-mt-bench-and-chatbot-arena';
  const gsm8k = 'paper:training-verifiers-to-solve-math-word-problems';
  const edges: EdgeRecord[] = [
    edge('PROPOSES', DPO_PAPER, 'method:dpo', evidence('We propose Direct Preference Optimization (DPO).')),
    edge('MENTIONS', DPO_PAPER, 'method:rlhf', evidence('Unlike RLHF, DPO needs no reward model.', 0.8)),
    edge('MENTIONS', DPO_PAPER, 'dataset:hh-rlhf', evidence('We train on HH-RLHF.')),
    edge('EVALUATES_ON', DPO_PAPER, 'benchmark:mt-bench'),
    edge('EVALUATES_ON', DPO_PAPER, 'dataset:hh-rlhf'),
    edge('HAS_CODE', DPO_PAPER, DPO_REPO, { official: true, source: 'fixture' }),
    edge('ADDRESSES', DPO_PAPER, 'task:chat', evidence('We align language models for chat.', 0.7)),
    edge('PROPOSES', kto, 'method:kto', evidence('We propose KTO.')),
    edge('MENTIONS', kto, 'method:dpo', evidence('KTO matches DPO.')),
    edge('EVALUATES_ON', kto, 'benchmark:mt-bench'),
    edge('EVALUATES_ON', kto, 'benchmark:gsm8k'),
    edge('PROPOSES', ipo, 'method:ipo'),
    edge('MENTIONS', ipo, 'method:dpo'),
    edge('PROPOSES', clip, 'model:clip'),
    edge('MENTIONS', clip, 'dataset:imagenet'),
    edge('EVALUATES_ON', clip, 'benchmark:imagenet'),
    edge('HAS_CODE', clip, 'https://github.com/openai/clip', { official: true, source: 'fixture' }),
    edge('ADDRESSES', clip, 'task:image-classification'),
    edge('PROPOSES', hh, 'dataset:hh-rlhf'),
    edge('MENTIONS', hh, 'method:rlhf'),
    edge('PROPOSES', mtBench, 'benchmark:mt-bench'),
    edge('MENTIONS', mtBench, 'model:gpt-4'),
    edge('PROPOSES', gsm8k, 'benchmark:gsm8k'),
    edge('PROPOSES', gsm8k, 'dataset:gsm8k'),
    edge('MENTIONS', gsm8k, 'task:math-word-problems'),
    edge('IMPLEMENTED_IN', 'method:dpo', DPO_REPO),
    edge('VARIANT_OF', 'method:kto', 'method:dpo', evidence('KTO is a variant of DPO.')),
    edge('VARIANT_OF', 'method:ipo', 'method:dpo', evidence('IPO generalises DPO.')),
    edge('ON_DATASET', 'benchmark:gsm8k', 'dataset:gsm8k'),
    edge('ON_DATASET', 'benchmark:imagenet', 'dataset:imagenet'),
    edge('FOR_TASK', 'benchmark:mt-bench', 'task:chat'),
    edge('FOR_TASK', 'benchmark:gsm8k', 'task:math-word-problems'),
    edge('FOR_TASK', 'benchmark:imagenet', 'task:image-classification'),
    result('model:gpt-4', 'benchmark:mt-bench', mtBench, 'Score', 8.99),
    result('method:dpo', 'benchmark:mt-bench', DPO_PAPER, 'Score', 7.5),
    result('method:kto', 'benchmark:mt-bench', kto, 'Score', 7.1),
    result('method:ipo', 'benchmark:mt-bench', ipo, 'Score', 6.9),
    result('model:llama-2-70b', 'benchmark:mt-bench', mtBench, 'Score', 6.86),
    result('model:gpt-4', 'benchmark:gsm8k', gsm8k, 'Accuracy', 92),
    result('method:dpo', 'benchmark:gsm8k', kto, 'Accuracy', 40.1),
    result('method:kto', 'benchmark:gsm8k', kto, 'Accuracy', 42),
    result('model:clip', 'benchmark:imagenet', clip, 'Top-1 Accuracy', 76.2),
    result('method:dpo', 'dataset:hh-rlhf', DPO_PAPER, 'Perplexity', 5.2),
    result('method:kto', 'dataset:hh-rlhf', kto, 'Perplexity', 5.6),
    // A text-derived result: a named subject, no score.
    edge('EVALUATED_ON', 'method:rlhf', 'benchmark:mt-bench', { paper: DPO_PAPER, ...evidence('RLHF baselines were evaluated on MT-Bench.', 0.6) }, `${DPO_PAPER}|text`),
  ];
  // Generated papers: each proposes its own method (a DPO variant) with code, and mentions DPO,
  // RLHF and CLIP, so nested lists have many parents and shared children.
  for (let i = 1; i <= GENERATED_PAPERS; i++) {
    const n = String(i).padStart(2, '0');
    const paper = `paper:generated-alignment-study-${n}`;
    const method = `method:generated-po-${n}`;
    const repo = `https://github.com/lab${n}/generated-po`;
    nodes.push(
      node('Paper', paper, { title: `Generated Alignment Study ${n}`, abstract: `Study ${n} of preference optimisation.`, publishedAt: `20${String(10 + (i % 15)).padStart(2, '0')}-01-01` }),
      node('Method', method, { name: `Generated-PO-${n}` }, [`Generated-PO-${n}`]),
      node('Repo', repo, { url: repo, host: 'github.com', owner: `lab${n}`, name: 'generated-po' }),
    );
    edges.push(
      edge('PROPOSES', paper, method),
      edge('MENTIONS', paper, 'method:dpo'),
      edge('MENTIONS', paper, 'method:rlhf'),
      edge('MENTIONS', paper, 'model:clip'),
      edge('HAS_CODE', paper, repo),
      edge('IMPLEMENTED_IN', method, repo),
      edge('VARIANT_OF', method, 'method:dpo'),
      result(method, 'benchmark:mt-bench', paper, 'Score', 5 + i / 25),
    );
  }
  return { nodes, edges };
}

/** Writes the fixture graph (after the caller reset the database). */
export async function loadFixtureGraph(db: Database): Promise<void> {
  const loader = new GraphLoader(db);
  await loader.add(fixtureBatch());
  await loader.flush();
  await refreshEvaluationCounts(db); // as ingestFiles does after loading
}
