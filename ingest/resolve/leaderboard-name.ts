import { entityId } from '../../core/entity-id.js';

/**
 * The entity behind a leaderboard's model name. Tables write one model many ways:
 * "BERT Large (2018)", "BERT-Large", "BERT large", "ESIM + ELMo (Peters et al., 2018)". The
 * year and citation say which paper a row came from, not which entity it names, so they are
 * split off (and kept as provenance) before the name is slugged into an id.
 */

export interface LeaderboardName {
  /** The name as the table gives it. */
  raw: string;
  /** Display name without citation, years, URLs and conversion debris. */
  name: string;
  /** The rightmost year the name carried ("(2017) (2018)" -> 2018). */
  year?: number;
  /** An author citation the name carried, e.g. "Peters et al., 2018". */
  citation?: string;
}

export type LeaderboardLabel = 'Method' | 'Model';

// A trailing parenthesis or bracket ending in a year: "(2018)", "(Devlin et al., 2018)", "[Wu 2019b]".
const TRAILING_CITATION = /\s*[([]\s*([^()[\]]*?)[,\s]*((?:19|20)\d{2})[a-z]?\s*[)\]]\s*$/u;
// Markdown-to-JSON converters left placeholders like "wzxhzdk:12" where sub/superscripts were.
const CONVERSION_DEBRIS = /wzxhzdk:\d+/g;
const URLS = /\s*:?\s*https?:\/\/\S+/g;

export function parseLeaderboardName(raw: string): LeaderboardName {
  let name = raw.replace(CONVERSION_DEBRIS, ' ').replace(URLS, ' ').replace(/\s+/g, ' ').trim();
  let year: number | undefined;
  let citation: string | undefined;
  let match: RegExpExecArray | null;
  while ((match = TRAILING_CITATION.exec(name)) && match.index > 0) {
    const authors = match[1]!.trim();
    year ??= Number(match[2]);
    if (authors && !citation) citation = `${authors}, ${match[2]}`;
    name = name.slice(0, match.index).trim();
  }
  name = name.replace(/[\s:;,]+$/u, '');
  return { raw, name: name || raw.trim(), ...(year ? { year } : {}), ...(citation ? { citation } : {}) };
}

/** Canonical id of the entity: `model:bert-large`, `method:lstm`. */
export function leaderboardEntityId(label: LeaderboardLabel, name: string): string {
  return entityId(label, name);
}

// Trained-model signals: a parameter count (7B, 340M) or width (300D), a size tier (-Large, XL),
// a version (v2, GPT-4), an ensemble or single-model run, or a known model family.
const MODEL_SIGNALS = [
  /\b\d+(?:\.\d+)?\s?[BMK]\b/,
  /\b\d+d\b/i,
  /(?:^|[\s_-])(?:large|base|small|tiny|mini|medium|huge|xl|xxl|xxxl)\b/i,
  /\bv\d+(?:\.\d+)*\b/i,
  /[a-z]-\d+(?:\.\d+)?\b/i,
  /\b(?:ensemble|single[\s-]?model)\b/i,
  /\b(?:bert|roberta|xlnet|albert|electra|deberta|distilbert|spanbert|scibert|biobert|gpt|chatgpt|t5|mt5|flan|bart|mbart|pegasus|elmo|unilm|prophetnet|mass|llama|alpaca|vicuna|mistral|mixtral|qwen|falcon|bloom|opt|palm|gemini|gemma|claude|phi|clip|blip|vit|deit|swin|resnet|resnext|densenet|efficientnet|inception|vgg|mobilenet|yolo|dall-e|stable diffusion|whisper|wav2vec|hubert|glide|imagen|codex|starcoder|alphafold)\b/i,
];

// Technique words that, on their own or combined, name a method rather than a trained model.
const METHOD_WORDS = new Set(
  [
    'lstm', 'bilstm', 'bi-lstm', 'gru', 'bigru', 'rnn', 'birnn', 'cnn', 'crf', 'transformer', 'seq2seq',
    'attention', 'self-attention', 'encoder', 'encoders', 'decoder', 'encoder-decoder', 'svm', 'logistic',
    'regression', 'linear', 'heuristic', 'lda', 'hmm', 'naive', 'bayes', 'decision', 'tree', 'random',
    'forest', 'mlp', 'feedforward', 'perceptron', 'knn', 'k-nn', 'dropout', 'pointer', 'network',
    'networks', 'memory', 'copy', 'coverage', 'beam', 'search', 'word2vec', 'glove', 'tf-idf', 'bm25',
    'n-gram', 'ngram', 'bag-of-words', 'baseline', 'convolutional', 'recurrent', 'neural', 'with', 'w/',
    'and', 'of', 'the', 'a', '+', '&', 'stacked', 'deep', 'bidirectional', 'gated', 'residual',
  ].map((word) => word.toLowerCase()),
);

/**
 * Method or Model for a leaderboard name: a trained-model signal makes it a Model; a name made
 * only of technique words ("LSTM", "Seq2Seq + Attention", "BiLSTM-CRF") a Method; anything else
 * is a Model, since leaderboard rows report runs of trained systems.
 */
export function leaderboardLabel(name: string): LeaderboardLabel {
  if (MODEL_SIGNALS.some((signal) => signal.test(name))) return 'Model';
  const words = name
    .toLowerCase()
    .split(/[\s()]+|(?<=[a-z])-(?=crf\b)/)
    .filter(Boolean);
  if (words.length > 0 && words.every((word) => METHOD_WORDS.has(word))) return 'Method';
  return 'Model';
}
