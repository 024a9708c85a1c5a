import type { PaperEntity } from '../extract/entities.js';
import { PAPER_SUBJECT } from '../extract/evaluations.js';
import type { PaperDocument } from '../document.js';
import { extractPaper, type PaperExtraction } from '../extract/pipeline.js';

/**
 * One paper's extraction in the gold annotation shape (see the evaluation guidelines): one entry
 * per entity with its names joined by " | ", tasks in lower case, repos as written, proposed
 * names, and [subject, target] pairs; plus the evidence and confidence behind each entity.
 */
export interface GoldRecord {
  title: string;
  methods: string[];
  models: string[];
  datasets: string[];
  benchmarks: string[];
  tasks: string[];
  repos: string[];
  proposed: string[];
  evaluated_on: Array<[string, string]>;
  /** Extra: why each entity is there. */
  evidence: Array<{ name: string; type: string; extractor: string; confidence: number; sentence: string }>;
}

const ALIAS_SEPARATOR = ' | ';

// Module functions, not closures per record: tsx (which runs kg and the benchmarks) names every
// named closure it creates, at about a microsecond each.
function entry(e: PaperEntity): string {
  return e.aliases.join(ALIAS_SEPARATOR);
}

function ofLabel(extraction: PaperExtraction, label: PaperEntity['label']): string[] {
  return extraction.entities.filter((e) => e.label === label).map(entry);
}

export function toGoldRecord(extraction: PaperExtraction): GoldRecord {
  const nameOf = new Map(extraction.entities.map((e) => [e.key, e.name]));
  return {
    title: extraction.title,
    methods: ofLabel(extraction, 'Method'),
    models: ofLabel(extraction, 'Model'),
    datasets: ofLabel(extraction, 'Dataset'),
    benchmarks: ofLabel(extraction, 'Benchmark'),
    tasks: extraction.tasks.map((t) => t.name),
    repos: extraction.repos.map((r) => r.written),
    proposed: extraction.entities.filter((e) => e.proposed && e.label !== 'Task').map(entry),
    evaluated_on: extraction.evaluations.map((p) => [
      p.subject === PAPER_SUBJECT ? PAPER_SUBJECT : (nameOf.get(p.subject) ?? p.subject),
      nameOf.get(p.target) ?? p.target,
    ]),
    evidence: extraction.entities
      .filter((e) => e.label !== 'Task')
      .map((e) => ({
        name: e.name,
        type: e.label.toLowerCase(),
        extractor: e.extractor,
        confidence: round(e.confidence),
        sentence: e.evidence,
      })),
  };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Each document extracted and written as one JSON line in the gold shape (kg extract's output). */
export function goldLines(docs: readonly PaperDocument[]): string {
  let lines = '';
  for (const doc of docs) lines += `${JSON.stringify(toGoldRecord(extractPaper(doc)))}\n`;
  return lines;
}
