/**
 * A name as people write it around the name itself: the maker before it ("Google Gemini",
 * "OpenAI's GPT-4") and a descriptive head after it ("the GPT series", "Gemini architecture",
 * "Llama models"). A lookup that finds nothing by the name as written tries the bare name, so
 * those phrasings lead to the node of the name they describe.
 */

// Makers of widely used models and methods; written before a name, never part of it.
const MAKER = /^(?:the\s+)?(?:OpenAI|Google(?:\s+DeepMind)?|DeepMind|Meta(?:\s+AI)?|Anthropic|Microsoft|NVIDIA|Nvidia|Alibaba|Baidu|Tencent|Amazon|Apple|IBM|Mistral\s+AI|Hugging\s*Face)(?:'s|’s)?\s+/;
// Words that say what kind of thing the name before them is.
const DESCRIPTIVE_HEAD = /\s+(?:series|family|families|architecture|architectures|model|models|variant|variants|checkpoints?)(?:\s+(?:models?|family))?$/i;
const ARTICLE = /^the\s+/i;

/** The name without a maker before it or a descriptive head after it; undefined when there is neither. */
export function bareName(name: string): string | undefined {
  const trimmed = name.trim();
  const bare = trimmed.replace(ARTICLE, '').replace(MAKER, '').replace(DESCRIPTIVE_HEAD, '').trim();
  return bare !== '' && bare !== trimmed ? bare : undefined;
}
