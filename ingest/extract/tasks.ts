import type { PaperEntity } from './entities.js';
import type { TaskExtractor } from './extractor-names.js';
import type { PreparedText } from './prepared-text.js';

/**
 * The research tasks a paper addresses, one to three, lower case and short: the title's
 * "... for <Task>" tail, known task names in the title and then the abstract, long forms of
 * acronyms that name a task ("autonomous driving"), and "LLM alignment" when aligning large
 * language models is the subject.
 */

export interface TaskMention {
  name: string;
  evidence: string;
  confidence: number;
  extractor: TaskExtractor;
  start: number;
}

const MAX_TASKS = 3;
const TASK_HEAD =
  /\b(?:recognition|retrieval|translation|detection|segmentation|classification|generation|answering|captioning|registration|summarization|parsing|tagging|alignment|estimation|prediction|tracking|understanding|reasoning|forecasting|localization|synthesis|completion|editing|verification|extraction|matching|re-identification|identification)$/i;
const TITLE_TASK = /\b(?:for|in|on|towards?)\s+((?:[A-Z0-9][\w-]*\s+){0,4}[A-Z][\w-]*)\s*(?:$|[:?]|\s(?:via|with|using|through|by|from|in|and)\s)/g;
const WEAK_LEADING = /^(?:large-scale|efficient|fast|robust|accurate|improved|better|scalable|effective|automated|automatic|real-time|general|universal|open|the|a|an)\s+/i;
const LLM_SUBJECT = /\b(?:LLMs?|large language models?|language models?)\b/i;
const ALIGN = /\balign\w*/i;

export function findTasks(prepared: PreparedText, entities: readonly PaperEntity[]): TaskMention[] {
  const { text, titleEnd } = prepared;
  const title = text.slice(0, titleEnd);
  const found: TaskMention[] = [];
  const add = (name: string, start: number, confidence: number, extractor: TaskExtractor) => {
    const clean = name.toLowerCase().replace(/\s+/g, ' ').trim();
    if (!clean || found.some((t) => t.name === clean)) return;
    found.push({ name: clean, evidence: evidenceAt(prepared, start), confidence, extractor, start });
  };

  for (const match of title.matchAll(TITLE_TASK)) {
    let phrase = match[1]!;
    while (WEAK_LEADING.test(phrase)) phrase = phrase.replace(WEAK_LEADING, '');
    if (TASK_HEAD.test(phrase) && phrase.split(/\s+/).length <= 4) add(phrase, match.index, 0.7, 'task-title');
  }
  // Known task names and acronym long forms that name a task, title first.
  for (const entity of entities) {
    if (entity.label !== 'Task') continue;
    const first = entity.mentions[0]!.start;
    add(entity.fullName ?? entity.name, first, first < titleEnd ? 0.7 : 0.5, entity.lexiconName ? 'task-lexicon' : 'task-acronym');
  }
  if ((LLM_SUBJECT.test(title) && ALIGN.test(title)) || countAlignedLlmSentences(prepared) >= 2) {
    add('llm alignment', 0, 0.5, 'task-llm-alignment');
  }
  return found
    .sort((a, b) => Number(b.start < titleEnd) - Number(a.start < titleEnd) || b.confidence - a.confidence || a.start - b.start)
    .slice(0, MAX_TASKS);
}

/** Acronym long forms that end in a task head noun are tasks ("handwritten text recognition (HTR)"). */
export function isTaskName(name: string): boolean {
  if (/\s(?:problem|task)$/i.test(name)) return true;
  return TASK_HEAD.test(name) && name === name.toLowerCase() && name.includes(' ');
}

function countAlignedLlmSentences(prepared: PreparedText): number {
  return prepared.sentences.filter((s) => LLM_SUBJECT.test(s.text) && ALIGN.test(s.text)).length;
}

function evidenceAt(prepared: PreparedText, offset: number): string {
  return (prepared.sentences.find((s) => offset >= s.start && offset < s.end) ?? prepared.sentences[0]!).text;
}
