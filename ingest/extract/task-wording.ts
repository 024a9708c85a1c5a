import type { AcronymPair } from './mention.js';

/**
 * Rewordings that turn what a paper writes into a task's short canonical form: a title's
 * gerund with its object ("Detecting Hallucinations" -> "hallucination detection") and a
 * short form the paper defines ("open-domain QA" -> "open-domain question answering").
 */

// Title gerunds that name an activity, with the noun a task name uses for it.
const GERUND_NOUNS: Record<string, string> = {
  evaluating: 'evaluation',
  detecting: 'detection',
  generating: 'generation',
  translating: 'translation',
  summarizing: 'summarization',
  summarising: 'summarization',
  classifying: 'classification',
  predicting: 'prediction',
  recognizing: 'recognition',
  recognising: 'recognition',
  retrieving: 'retrieval',
  mitigating: 'mitigation',
  aligning: 'alignment',
  extracting: 'extraction',
  forecasting: 'forecasting',
  parsing: 'parsing',
  tracking: 'tracking',
  segmenting: 'segmentation',
  verifying: 'verification',
  localizing: 'localization',
  ranking: 'ranking',
  compressing: 'compression',
  quantizing: 'quantization',
  editing: 'editing',
  captioning: 'captioning',
  answering: 'answering',
};
const OBJECT_WORD = /^[\p{L}][\p{L}\d-]*$/u;
const NOT_AN_OBJECT = /^(?:the|a|an|what|how|when|why|which|whether|it|them|this|these|your|our|their|its|more|less|large|language|models?|llms?)$/i;

const LEADING_GERUND = /^\s*\p{L}+ing\s/iu;

/**
 * "Evaluating Dynamic Topic Models" -> "dynamic topic model evaluation": a title phrase that is
 * an activity gerund and a short object (one to three words) names the task of doing it.
 */
export function nominalizeGerund(phrase: string): string | undefined {
  // Most title phrases start with no gerund: one test before any splitting.
  if (!LEADING_GERUND.test(phrase)) return undefined;
  const [gerund, ...object] = phrase.trim().split(/\s+/);
  const noun = gerund ? GERUND_NOUNS[gerund.toLowerCase()] : undefined;
  if (!noun || object.length === 0 || object.length > 3) return undefined;
  if (!object.every((word) => OBJECT_WORD.test(word))) return undefined;
  // "Evaluating Large Language Models" names every evaluation paper: no task of its own.
  if (object.every((word) => NOT_AN_OBJECT.test(word)) || NOT_AN_OBJECT.test(object[0]!)) return undefined;
  const words = object.map((word) => word.toLowerCase());
  words[words.length - 1] = singular(words.at(-1)!);
  return `${words.join(' ')} ${noun}`;
}

/** The singular of a plural head noun ("models" -> "model", "LLMs" -> "llm"); other words as they are. */
function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(?:ss|us|is|ics|as)$/.test(word)) return word;
  if (/[^s]s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}

/** The paper's short forms spelled out in a phrase: "open-domain QA" -> "open-domain question answering". */
export function expandShortForms(phrase: string, pairs: readonly AcronymPair[]): string {
  if (pairs.length === 0 || !/\p{Lu}{2}/u.test(phrase)) return phrase;
  return phrase.replace(/(?<![\p{L}\d])\p{Lu}[\p{Lu}\d]+(?![\p{L}\d])/gu, (word) => {
    const pair = pairs.find((p) => p.short.text === word);
    return pair ? pair.long.text.toLowerCase() : word;
  });
}
