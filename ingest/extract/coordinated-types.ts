import type { PaperEntity } from './entities.js';
import { isSubjectOfResults, type EntityTyping } from './entity-type.js';
import type { EntityLabel } from './mention.js';
import type { PreparedText } from './prepared-text.js';
import { isActivityName, isTaskName } from './tasks.js';

/**
 * Types that only the company of a name tells: a coined name listed after a resource noun
 * ("two datasets (i.e., SUN-RGBD and ScanNet)", "benchmarks such as A, B and C") is of that
 * resource's type, and one coordinated with a dataset or benchmark ("on ScanNet and SUN-RGBD")
 * is what its neighbour is. Only names typed by nothing but their shape are retyped; and a
 * name only its capitalised long form made a task ("Massively Multilingual Speech Recognition
 * (MMS)") is a system where it is listed with a model or method ("WhisperX and MMS").
 */

const TARGET_LABELS = new Set<EntityLabel>(['Dataset', 'Benchmark']);
// "A, B, and C", "A and B", "A or B", "the A dataset and B".
const COORDINATION = /^(?:\s+(?:benchmark|dataset|corpus|test set)s?)?(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)$/;
// List items already passed on the way back to the resource noun: names and their separators.
const LIST_TAIL = /(?:[\p{Lu}\d][\p{L}\p{N}.+&'’-]*(?:\s+[\p{Lu}\d][\p{L}\p{N}.+&'’-]*){0,3})(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)$/u;
// A resource noun that introduces a list: "datasets (i.e.,", "benchmarks:", "corpora such as", "test sets, including", "two benchmarks,".
const LIST_INTRODUCER =
  /\b(benchmarks?|datasets?|corpus|corpora|test ?sets?|testbeds?|suites?|leaderboards?)\s*(?:\(\s*(?:(?:i\.e\.|e\.g\.|namely|including),?\s*)?|:\s*|,?\s+(?:such as|including|namely|like)\s+|,\s+(?:i\.e\.|e\.g\.),?\s+)$|\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+){0,2}?(benchmarks|datasets|corpora|test sets),\s+$/i;

const RESOURCE_WORD = /bench|datas|corp|test ?set|testbed|suite|leaderboard/i;
// "20 reward models, including A and B", "LLMs (e.g., A, B)", "open models such as A": a list of models.
const MODEL_LIST_INTRODUCER = /\b(?:models|LLMs|MLLMs|VLMs|LMs|checkpoints)\s*(?:\(\s*(?:i\.e\.|e\.g\.|namely|including),?\s*|:\s*|,?\s+(?:such as|including|namely|like)\s+|,\s+(?:i\.e\.|e\.g\.),?\s+)$/;
const MODEL_WORD = /models|LMs|checkpoints/;
const MODEL_INTRODUCED = /(?:models|LLMs|MLLMs|VLMs|LMs|checkpoints)\s*(?:\(\s*(?:i\.e\.|e\.g\.|namely|including)|:|,?\s+(?:such as|including|namely|like)\s|,\s+(?:i\.e\.|e\.g\.))/;
const SYSTEM_LABELS = new Set<EntityLabel>(['Model', 'Method']);
// "X (XYZ) models", "XYZ methods": a name that modifies a kind noun is not itself listed.
const KIND_AFTER = /^\s*(?:\([^()]{1,20}\)\s*)?(?:models?|methods?|systems?|approaches|tasks?|benchmarks?|datasets?)\b/i;
const CAPITALISED_PHRASE = /^\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)+$/u;

export function typeByCompany(names: readonly PaperEntity[], types: readonly EntityTyping[], prepared: PreparedText): EntityTyping[] {
  const result = types.map((t) => ({ ...t }));
  const listedTasks = names.some((name, i) => isTaskByLongFormAlone(name, result[i]!));
  // The systems pass below retypes tasks only, with a hint, so it leaves which names are weak as it is.
  const weak = names.map((name, i) => isShapeOnly(name, result[i]!));
  // Most papers have neither kind of name: then nothing below is needed.
  if (!listedTasks && !weak.some(Boolean)) return result;
  // Mentions in text order, each with the index of its entity.
  const mentions = names.flatMap((name, i) => name.mentions.map((m) => ({ start: m.start, end: m.end, index: i }))).sort((a, b) => a.start - b.start);
  if (listedTasks) systemsListedWithSystems(names, result, mentions, prepared);
  if (!weak.some(Boolean)) return result;
  for (let i = 0; i < names.length; i++) {
    if (!weak[i]) continue;
    const listed = resourceBeforeList(names[i]!, prepared);
    if (listed) {
      result[i]!.label = listed;
      weak[i] = false;
    }
  }
  // Twice: "A, B and C" where only C was known reaches A through B.
  for (let pass = 0; pass < 2; pass++) {
    for (let k = 0; k < mentions.length; k++) {
      const here = mentions[k]!;
      if (!weak[here.index]) continue;
      const neighbours = [mentions[k - 1], mentions[k + 1]].filter((m): m is (typeof mentions)[number] => m !== undefined && m.index !== here.index);
      for (const other of neighbours) {
        const label = result[other.index]!.label;
        if (!TARGET_LABELS.has(label) || weak[other.index]) continue;
        const [left, right] = other.start < here.start ? [other, here] : [here, other];
        if (!COORDINATION.test(prepared.text.slice(left.end, right.start)) || isSubjectOfResults(prepared.text, here.end)) continue;
        result[here.index]!.label = label;
        weak[here.index] = false;
        break;
      }
    }
  }
  return result;
}

type TextMention = { start: number; end: number; index: number };

/**
 * Names only their capitalised long form typed as a task (an activity head: "... Speech
 * Recognition", no lexicon entry), listed beside a model or method: that neighbour's type,
 * not proposed. A task stays one where it modifies a kind noun ("Visual Question Answering
 * (VQA) models").
 */
function systemsListedWithSystems(names: readonly PaperEntity[], result: EntityTyping[], mentions: readonly TextMention[], prepared: PreparedText): void {
  const { text } = prepared;
  for (let k = 0; k < mentions.length; k++) {
    const here = mentions[k]!;
    const name = names[here.index]!;
    if (!isTaskByLongFormAlone(name, result[here.index]!)) continue;
    if (name.mentions.some((m) => KIND_AFTER.test(text.slice(m.end, m.end + 40)))) continue;
    for (const other of [mentions[k - 1], mentions[k + 1]]) {
      if (!other || other.index === here.index) continue;
      const label = result[other.index]!.label;
      if (!SYSTEM_LABELS.has(label)) continue;
      const [left, right] = other.start < here.start ? [other, here] : [here, other];
      if (!COORDINATION.test(text.slice(left.end, right.start))) continue;
      result[here.index] = { label, labelHints: [label], proposed: false };
      break;
    }
  }
}

function isTaskByLongFormAlone(name: PaperEntity, typing: EntityTyping): boolean {
  const fullName = name.fullName ?? '';
  return typing.label === 'Task' && !name.lexiconName && CAPITALISED_PHRASE.test(fullName) && isActivityName(fullName) && !isTaskName(fullName);
}

/** A name typed Method only because nothing else was known: a coined shape, not proposed, no lexicon entry or cue. */
function isShapeOnly(name: PaperEntity, typing: EntityTyping): boolean {
  return typing.label === 'Method' && !name.lexiconName && !typing.proposed && typing.labelHints.length === 0 && name.mentions.every((m) => m.extractor === 'name-shape');
}

function resourceBeforeList(name: PaperEntity, prepared: PreparedText): EntityLabel | undefined {
  for (const mention of name.mentions) {
    if (mention.start < prepared.abstractStart) continue;
    let before = prepared.text.slice(Math.max(prepared.abstractStart, mention.start - 160), mention.start);
    // The end-anchored patterns below are tried from every position: only where a resource noun is written at all.
    const resources = RESOURCE_WORD.test(before);
    // Not just "models" anywhere (most abstracts have it), but "models, including" / "LLMs (e.g.," somewhere before.
    const models = MODEL_WORD.test(before) && MODEL_INTRODUCED.test(before);
    if (!resources && !models) continue;
    for (let items = 0; items < 8; items++) {
      const introducer = resources ? LIST_INTRODUCER.exec(before) : null;
      if (introducer) return /bench|board|suite|testbed|test ?set/i.test(introducer[1] ?? introducer[2]!) ? 'Benchmark' : 'Dataset';
      // An introducer ends the text before the list: its last words are enough.
      if (models && MODEL_LIST_INTRODUCER.test(before.slice(-48))) return 'Model';
      const tail = LIST_TAIL.exec(before);
      if (!tail) break;
      before = before.slice(0, tail.index);
    }
  }
  return undefined;
}
