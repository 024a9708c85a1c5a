import lexiconData from '../../data/lexicon.json' with { type: 'json' };
import type { EntityLabel, Mention } from './mention.js';
import { nameKey } from '../../core/name-key.js';
import type { PreparedText } from './prepared-text.js';

/**
 * The shipped lexicon (data/lexicon.json): well-known methods, models, datasets, benchmarks and
 * tasks with their aliases, plus names that are never entities (paradigms, fields, acronyms
 * like LLM) and metrics. Indexed once, at module load, for matching by word units.
 */

export type LexiconLabel = EntityLabel | 'Metric' | 'Generic';

export interface LexiconEntry {
  label: LexiconLabel;
  /** Canonical name: the short form where one exists. */
  name: string;
  /** The long form, when the canonical name is its acronym. */
  fullName?: string;
  aliases: string[];
}

const SECTION_LABELS: Record<string, LexiconLabel> = {
  model: 'Model',
  method: 'Method',
  dataset: 'Dataset',
  benchmark: 'Benchmark',
  task: 'Task',
  metric: 'Metric',
  generic: 'Generic',
};

/** Parses the data file; throws on a repeated name so the file stays unambiguous. */
export function parseLexicon(data: Record<string, unknown>): LexiconEntry[] {
  const entries: LexiconEntry[] = [];
  const seen = new Map<string, string>();
  for (const [section, label] of Object.entries(SECTION_LABELS)) {
    const lines = data[section];
    if (!Array.isArray(lines)) continue;
    for (const line of lines as string[]) {
      const [name, ...aliases] = line.split('|').map((part) => part.trim()).filter(Boolean);
      if (!name) continue;
      for (const alias of [name, ...aliases]) {
        const key = nameKey(alias);
        const previous = seen.get(key);
        if (previous !== undefined && previous !== line) {
          throw new Error(`lexicon: "${alias}" is listed twice (${previous} / ${line})`);
        }
        seen.set(key, line);
      }
      const fullName = aliases.find((alias) => alias.includes(' ') && !name.includes(' ') && isInitialism(name, alias));
      entries.push({ label, name, aliases, ...(fullName ? { fullName } : {}) });
    }
  }
  return entries;
}

/** True when the short form's first letter starts the long form: "DPO" / "Direct Preference Optimization". */
function isInitialism(short: string, long: string): boolean {
  return short.length <= 10 && short[0]?.toLowerCase() === long[0]?.toLowerCase();
}

export const LEXICON: readonly LexiconEntry[] = parseLexicon(lexiconData as Record<string, unknown>);

const byKey = new Map<string, LexiconEntry>();
for (const entry of LEXICON) for (const alias of [entry.name, ...entry.aliases]) byKey.set(nameKey(alias), entry);

/**
 * The known entity a name refers to (any alias, any case or hyphenation), for typing names from
 * other sources such as leaderboards. Paradigms and other non-names give undefined.
 */
export function lookupLexicon(name: string): { label: EntityLabel | 'Metric'; name: string; aliases: string[] } | undefined {
  const entry = byKey.get(nameKey(name));
  if (!entry || entry.label === 'Generic') return undefined;
  return { label: entry.label, name: entry.name, aliases: [...entry.aliases] };
}

// Entries by the name as written: the same words recur in every abstract, so their keys are built once.
// Cleared when full, so a long ingest holds at most this many names.
const byWrittenName = new Map<string, LexiconEntry | null>();
const WRITTEN_NAMES_HELD = 50_000;

/** Any entry, non-names included. */
export function lexiconEntry(name: string): LexiconEntry | undefined {
  const known = byWrittenName.get(name);
  if (known !== undefined) return known ?? undefined;
  const entry = byKey.get(nameKey(name));
  if (byWrittenName.size >= WRITTEN_NAMES_HELD) byWrittenName.clear();
  byWrittenName.set(name, entry ?? null);
  return entry;
}

interface Pattern {
  entry: LexiconEntry;
  alias: string;
  caseRule: 'any' | 'exact' | 'initial-upper';
}

/**
 * How strictly an alias must match the text's case: one plain word that is also an English word
 * in lower case ("MATH", "RACE", "Transformer", "Gemini") must be written as listed; names with
 * digits, hyphens, spaces or inner capitals are distinctive in any case ("mt-bench", "Llama-2").
 */
function caseRuleOf(alias: string, label: LexiconLabel): Pattern['caseRule'] {
  if (label === 'Task' || !/^[A-Za-z]+$/.test(alias)) return 'any';
  if (alias === alias.toLowerCase()) return 'any';
  if (alias === alias.toUpperCase()) return 'exact';
  if (/^[A-Z][a-z]+$/.test(alias)) return 'initial-upper';
  return 'exact';
}

/**
 * Many-name matching by word units: every alias is split into its letter-and-digit runs
 * ("MT-Bench" -> mt|bench, "GPT-3.5" -> gpt|3|5) and indexed by its first unit; the text is split
 * the same way once, and each unit only tries the aliases that start with it, longest first.
 * Measured 3x faster than an Aho-Corasick automaton over the folded text (whose grapheme-aware
 * scan dominated the profile), with the same matches: case and dash/space variants fold together.
 */
interface CompiledAlias {
  units: string[];
  pattern: Pattern;
}

const UNIT = /[\p{L}\p{N}]+/gu;
// What may stand between two units of one name: a single dash, space, dot, slash, "+", "&", "@", ";" or "·".
const JOINERS = new Set(['-', '\u2010', '\u2011', ' ', '.', '_', '/', '+', '&', '@', ';', '·']);

const NON_ASCII_UNIT_CHAR = /[\p{L}\p{N}]/u;

// ASCII characters by kind (0 none, 1 a letter, 2 a digit): the scan reads one entry per character instead of three range tests.
const ASCII_UNIT = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_UNIT[c] = (c >= 97 && c <= 122) || (c >= 65 && c <= 90) ? 1 : c >= 48 && c <= 57 ? 2 : 0;

function isUnitChar(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  // Surrogate halves are tested as a pair by the regex; a lone half is not a letter.
  return NON_ASCII_UNIT_CHAR.test(text[at]!);
}

// Letters meeting digits inside a unit: "PaLM2" and "PaLM 2", "ResNet50" and "ResNet-50" are one name.
const LETTER_DIGIT_BOUNDARY = /(?<=\p{L})(?=\p{N})|(?<=\p{N})(?=\p{L})/u;
const MIXED = /\p{L}\p{N}|\p{N}\p{L}/u;

const NON_ASCII_DIGIT = /\p{N}/u;

function unitsOf(text: string): string[] {
  return (text.toLowerCase().match(UNIT) ?? []).flatMap((unit) => (MIXED.test(unit) ? unit.split(LETTER_DIGIT_BOUNDARY) : [unit]));
}

const byFirstUnit = new Map<string, CompiledAlias[]>();
for (const entry of LEXICON) {
  for (const alias of [entry.name, ...entry.aliases]) {
    const units = unitsOf(alias);
    if (units.length === 0) continue;
    const compiled = { units, pattern: { entry, alias, caseRule: caseRuleOf(alias, entry.label) } };
    const list = byFirstUnit.get(units[0]!);
    if (list) list.push(compiled);
    else byFirstUnit.set(units[0]!, [compiled]);
  }
}
for (const list of byFirstUnit.values()) list.sort((a, b) => b.units.length - a.units.length);

/**
 * The same lists by a hash of the first unit, for units of plain ASCII letters (nearly every
 * word): the scan hashes each unit as it reads it, so a word that starts no alias is passed by
 * on a clear bit of a small bitset (the bucket table itself is too large to stay in cache) and
 * the rest find their list without the map hashing a fresh string. A bucket holds every first
 * unit with its hash and that unit's list; the match loop takes the one whose unit it reads.
 */
const BUCKETS = 1 << 16;

interface FirstUnitAliases {
  first: string;
  aliases: CompiledAlias[];
}

const byFirstUnitHash: Array<FirstUnitAliases[] | undefined> = Array.from({ length: BUCKETS }, () => undefined);
const occupiedBuckets = new Uint32Array(BUCKETS >>> 5);

/** One step of the unit hash; `| 32` folds ASCII capitals to lower case (and leaves digits alone). */
function hashStep(hash: number, code: number): number {
  return (Math.imul(hash, 31) + (code | 32)) | 0;
}

function isOccupied(bucket: number): boolean {
  return (occupiedBuckets[bucket >>> 5]! & (1 << (bucket & 31))) !== 0;
}

for (const [first, aliases] of byFirstUnit) {
  if (!/^[a-z]+$/.test(first)) continue; // other units are looked up in the map by the scan
  let hash = 0;
  for (let i = 0; i < first.length; i++) hash = hashStep(hash, first.charCodeAt(i));
  const bucket = hash & (BUCKETS - 1);
  byFirstUnitHash[bucket] = [...(byFirstUnitHash[bucket] ?? []), { first, aliases }];
  occupiedBuckets[bucket >>> 5] = occupiedBuckets[bucket >>> 5]! | (1 << (bucket & 31));
}

// How the match loop finds a unit's aliases: not at all (inside a word), by the map, or by a bucket (0 and up).
const NO_LOOKUP = -2;
const BY_MAP = -1;

function caseMatches(pattern: Pattern, written: string): boolean {
  switch (pattern.caseRule) {
    case 'any':
      return true;
    case 'exact':
      return written === pattern.alias;
    case 'initial-upper':
      return written === pattern.alias || written === pattern.alias.toUpperCase();
  }
}

export interface LexiconMention extends Mention {
  entry: LexiconEntry;
}

// The scan's per-unit columns, kept between documents (an abstract has a few hundred units):
// typed arrays grown on demand instead of five fresh arrays per document.
let unitStarts = new Int32Array(1024);
let unitEnds = new Int32Array(1024);
// Where a unit's aliases are looked up: NO_LOOKUP (a letter-digit split inside a word), BY_MAP, or a bucket.
let unitLookUps = new Int32Array(1024);
// Whether a unit ends a word of the text.
let unitWordEnds = new Uint8Array(1024);

/**
 * Whether unit `at` of the scan is `unit` (already lower case): compared where it stands in
 * `lower`, or with its folded string where lower-casing changed the text's length. A module
 * function, not a closure per document: tsx (which runs kg and the benchmarks) names every
 * named closure it creates, at about a microsecond each.
 */
function unitIs(lower: string, folded: readonly string[] | undefined, at: number, unit: string): boolean {
  return folded ? folded[at] === unit : unitEnds[at]! - unitStarts[at]! === unit.length && lower.startsWith(unit, unitStarts[at]!);
}

/** The aliases of a bucket's first unit that unit `at` is, if any (most buckets hold one). */
function ownAliases(bucket: readonly FirstUnitAliases[], at: number, lower: string, folded: readonly string[] | undefined): CompiledAlias[] | undefined {
  for (const { first, aliases } of bucket) if (unitIs(lower, folded, at, first)) return aliases;
  return undefined;
}

function ensureUnitCapacity(count: number): void {
  if (count < unitStarts.length) return;
  const size = unitStarts.length * 2;
  const grow = <T extends Int32Array | Uint8Array>(old: T, fresh: T): T => (fresh.set(old), fresh);
  unitStarts = grow(unitStarts, new Int32Array(size));
  unitEnds = grow(unitEnds, new Int32Array(size));
  unitLookUps = grow(unitLookUps, new Int32Array(size));
  unitWordEnds = grow(unitWordEnds, new Uint8Array(size));
}

/**
 * Known names in the text, longest first where they overlap, on word boundaries and under the
 * alias's case rule. Non-names (Generic, Metric) are returned too: they shadow candidates.
 */
export function findLexiconMentions(prepared: PreparedText): LexiconMention[] {
  const { text } = prepared;
  // Lower-cased once (prepareText); offsets stay those of the text (lower-casing rarely changes length; then per unit).
  const lower = prepared.lowerCased ?? text;
  // Units are compared where they stand in `lower`, not sliced out; only when lower-casing changed
  // the text's length are they folded one by one and kept as strings.
  const folded: string[] | undefined = lower === text ? [] : undefined;
  let count = 0;
  // A hand-written scan: no match objects for the ~250 units of an abstract.
  const length = lower.length;
  for (let i = 0; i < length; ) {
    const first = lower.charCodeAt(i);
    if (first < 128 ? ASCII_UNIT[first] === 0 : !isUnitChar(lower, i)) {
      i++;
      continue;
    }
    // One pass finds the unit's end and whether it has a digit (letters and digits are split apart below).
    let j = i;
    let digits = false;
    let ascii = true;
    let hash = 0;
    while (j < length) {
      const code = lower.charCodeAt(j);
      if (code < 128) {
        const kind = ASCII_UNIT[code]!;
        if (kind === 0) break;
        if (kind === 2) digits = true;
      } else {
        if (!NON_ASCII_UNIT_CHAR.test(lower[j]!)) break;
        if (NON_ASCII_DIGIT.test(lower[j]!)) digits = true;
        ascii = false;
      }
      hash = hashStep(hash, code);
      j++;
    }
    const unit = folded || digits || !ascii ? lower.slice(i, j) : '';
    const foldedUnit = folded ? unit.toLowerCase() : unit;
    if (digits && MIXED.test(foldedUnit)) {
      const parts = foldedUnit.split(LETTER_DIGIT_BOUNDARY);
      let at = i;
      for (let k = 0; k < parts.length; k++) {
        ensureUnitCapacity(count);
        folded?.push(parts[k]!);
        unitStarts[count] = at;
        at += parts[k]!.length;
        unitEnds[count] = at;
        unitLookUps[count] = k === 0 ? BY_MAP : NO_LOOKUP;
        unitWordEnds[count] = k === parts.length - 1 ? 1 : 0;
        count++;
      }
    } else {
      ensureUnitCapacity(count);
      folded?.push(foldedUnit);
      unitStarts[count] = i;
      unitEnds[count] = j;
      const bucket = hash & (BUCKETS - 1);
      unitLookUps[count] = digits || !ascii ? BY_MAP : isOccupied(bucket) ? bucket : NO_LOOKUP;
      unitWordEnds[count] = 1;
      count++;
    }
    i = j;
  }
  const hits: LexiconMention[] = [];
  for (let i = 0; i < count; i++) {
    const lookUp = unitLookUps[i]!;
    if (lookUp === NO_LOOKUP) continue;
    const candidates = lookUp === BY_MAP ? byFirstUnit.get(folded ? folded[i]! : lower.slice(unitStarts[i]!, unitEnds[i]!)) : ownAliases(byFirstUnitHash[lookUp]!, i, lower, folded);
    if (!candidates) continue;
    for (const { units: aliasUnits, pattern } of candidates) {
      const last = i + aliasUnits.length - 1;
      if (last >= count) continue;
      let matched = true;
      for (let k = 1; k < aliasUnits.length && matched; k++) {
        const gap = unitStarts[i + k]! - unitEnds[i + k - 1]!;
        matched = unitIs(lower, folded, i + k, aliasUnits[k]!) && (gap === 0 || (gap === 1 && JOINERS.has(text[unitEnds[i + k - 1]!]!)));
      }
      if (!matched || unitWordEnds[last] === 0) continue;
      const start = unitStarts[i]!;
      const end = unitEnds[last]!;
      const written = text.slice(start, end);
      if (!caseMatches(pattern, written)) continue;
      const { entry } = pattern;
      const { label } = entry;
      // Every field of a mention present (see mention.ts), label only for names, and the entry after them.
      hits.push({
        text: written,
        start,
        end,
        extractor: 'lexicon',
        confidence: 0.9,
        label: label !== 'Generic' && label !== 'Metric' ? label : undefined,
        lexiconName: entry.name,
        proposed: undefined,
        shadow: undefined,
        entry,
      });
      break;
    }
  }
  // Leftmost-longest, non-overlapping. The hits are already in order of their start, one per unit
  // at most (each unit keeps its longest alias), so no sort is needed.
  const chosen: LexiconMention[] = [];
  let reach = -1;
  for (const hit of hits) {
    if (hit.start < reach) continue;
    chosen.push(hit);
    reach = hit.end;
  }
  return chosen;
}
