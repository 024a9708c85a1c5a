import type { MentionExtractor } from './extractor-names.js';
import { lexiconEntry } from './lexicon.js';
import type { AcronymPair, EntityLabel, Mention } from './mention.js';
import { keyOfName } from './name-key-cache.js';

/**
 * Mentions grouped into the paper's entities: overlapping spans resolved (longest wins, so
 * "Trust Region DPO" is not also "DPO"), then spans joined by key, by acronym pair, by lexicon
 * entry and by plural ("RNNs" / "RNN"), so one entity carries all its names.
 */

export interface EntityMention {
  text: string;
  start: number;
  end: number;
  extractor: MentionExtractor;
  confidence: number;
}

export interface PaperEntity {
  /** Local key: nameKey of the canonical name. */
  key: string;
  name: string;
  fullName?: string;
  /** Every distinct name written for it (and the lexicon's canonical name), canonical first. */
  aliases: string[];
  label: EntityLabel;
  lexiconName?: string;
  proposed: boolean;
  confidence: number;
  /** Which component found it first (becomes the edge's `extractor`). */
  extractor: MentionExtractor;
  mentions: EntityMention[];
  /** Type hints collected from mentions, strongest first. */
  labelHints: EntityLabel[];
  /** The sentence of its first mention (set by the entity-evidence component). */
  evidence: string;
}

// Every mention extractor has a rank: one left out (or misspelt) does not compile.
const EXTRACTOR_RANK: Record<MentionExtractor, number> = {
  lexicon: 5,
  acronym: 4,
  'title-head': 4,
  proposal: 3,
  'lexicon-variant': 3,
  'resource-noun': 2,
  'name-shape': 1,
};

/** Non-overlapping spans: longer first, then the stronger extractor; same-span mentions pooled. */
export function resolveOverlaps(mentions: readonly Mention[]): Mention[][] {
  // One number per span, no key string per mention: exact while start * stride stays an integer double.
  const stride = mentions.reduce((max, m) => Math.max(max, m.end), 0) + 1;
  const spanKey = stride < 2 ** 26 ? (m: Mention): number | string => m.start * stride + m.end : (m: Mention): number | string => `${m.start}:${m.end}`;
  const bySpan = new Map<number | string, Mention[]>();
  for (const m of mentions) {
    const key = spanKey(m);
    const list = bySpan.get(key);
    if (list) list.push(m);
    else bySpan.set(key, [m]);
  }
  const spans = sortSpans([...bySpan.values()], (x, y) => y.end - y.start - (x.end - x.start) || x.start - y.start);
  // Characters already covered by a chosen span: names are short, so checking a span's own characters beats comparing spans.
  const end = spans.reduce((max, group) => Math.max(max, group[0]!.end), 0);
  const taken = coverage(end);
  const chosen: Mention[][] = [];
  for (const group of spans) {
    const { start, end: stop } = group[0]!;
    let free = true;
    for (let i = start; i < stop && free; i++) if (taken[i]) free = false;
    // A proposal inside a longer chosen span still marks that span's name as proposed (see groupEntities).
    if (!free) continue;
    taken.fill(1, start, stop);
    chosen.push(group);
  }
  return sortSpans(chosen, (x, y) => x.start - y.start);
}

// Up to this many spans (a paper has a few dozen) a plain insertion sort beats the built-in
// sort, whose every comparison is a call out of the engine's sort into the comparator.
const INSERTION_SORT_MAX = 32;

/** Span groups sorted by their first mentions, stably (the groups' spans are distinct, so no two compare equal). */
function sortSpans(groups: Mention[][], compare: (x: Mention, y: Mention) => number): Mention[][] {
  if (groups.length > INSERTION_SORT_MAX) return groups.sort((a, b) => compare(a[0]!, b[0]!));
  for (let i = 1; i < groups.length; i++) {
    const group = groups[i]!;
    let j = i - 1;
    while (j >= 0 && compare(groups[j]![0]!, group[0]!) > 0) {
      groups[j + 1] = groups[j]!;
      j--;
    }
    groups[j + 1] = group;
  }
  return groups;
}

// One coverage buffer for every document (a fresh typed array per document cost more than the scan).
let coverageBuffer = new Uint8Array(4096);

/** The shared buffer, cleared over its first `length` characters. */
function coverage(length: number): Uint8Array {
  if (coverageBuffer.length < length) coverageBuffer = new Uint8Array(Math.max(length, coverageBuffer.length * 2));
  coverageBuffer.fill(0, 0, length);
  return coverageBuffer;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(key: string): string {
    let root = key;
    // One lookup per step: a key not in the map is its own root.
    for (let up = this.parent.get(root); up !== undefined && up !== root; up = this.parent.get(root)) root = up;
    this.parent.set(key, root);
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb < ra ? ra : rb, rb < ra ? rb : ra);
  }
}

export function groupEntities(mentions: readonly Mention[], pairs: readonly AcronymPair[]): PaperEntity[] {
  const spans = resolveOverlaps(mentions);
  // Proposal flags of mentions that lost their span to a longer overlapping name.
  const proposedSpans = mentions.filter((m) => m.proposed);

  const proposedKeys = proposedSpans.map((p) => keyOfName(p.text));

  const links = new UnionFind();
  const chosenKeys = new Set<string>();
  // Each span's key, '' for a span of non-names only (or a name with no letters or digits): both loops below pass those by.
  const spanKeys = spans.map((group) => (group.every((g) => g.shadow) ? '' : keyOfName(group[0]!.text)));
  for (let s = 0; s < spans.length; s++) {
    const group = spans[s]!;
    const key = spanKeys[s]!;
    if (!key) continue;
    chosenKeys.add(key);
    links.find(key);
    const lexiconName = group.find((g) => g.lexiconName)?.lexiconName;
    if (lexiconName) {
      for (const aliasKey of lexiconAliasKeys(lexiconName)) if (chosenKeys.has(aliasKey)) links.union(key, aliasKey);
    }
  }
  // Each pair's keys once: the links, then the short and long forms below, read them.
  const pairKeys = pairs.map((p) => ({ long: keyOfName(p.long.text), short: keyOfName(p.short.text) }));
  for (const { long, short } of pairKeys) {
    if (chosenKeys.has(long) && chosenKeys.has(short)) links.union(long, short);
  }
  for (const key of chosenKeys) {
    if (key.endsWith('s') && chosenKeys.has(key.slice(0, -1))) links.union(key, key.slice(0, -1));
    // Lexicon names link every chosen alias ("Direct Preference Optimization" seen alone).
    const entry = lexiconEntry(key);
    if (entry && entry.label !== 'Generic' && entry.label !== 'Metric') links.union(key, keyOfName(entry.name));
  }

  const byRoot = new Map<string, Mention[][]>();
  for (let s = 0; s < spans.length; s++) {
    const group = spans[s]!;
    const key = spanKeys[s]!;
    if (!key) continue;
    const root = links.find(key);
    const list = byRoot.get(root);
    if (list) list.push(group);
    else byRoot.set(root, [group]);
  }

  const shortForms = new Set(pairKeys.map((p) => p.short));
  const longForms = new Set(pairKeys.map((p) => p.long));
  const entities: PaperEntity[] = [];
  for (const groups of byRoot.values()) {
    const all: Mention[] = [];
    for (const group of groups) for (const m of group) all.push(m);
    // A known name before a paradigm's words beside it: "Supervised Fine-Tuning (SFT)" is SFT.
    const lexiconName = (all.find((m) => m.lexiconName && !m.shadow) ?? all.find((m) => m.lexiconName))?.lexiconName;
    const entry = lexiconName ? lexiconEntry(lexiconName) : undefined;
    const written = unique(groups.map((g) => g[0]!.text));
    // Most papers define no acronym: then no name is a short or long form.
    const short = pairs.length > 0 ? written.find((w) => shortForms.has(keyOfName(w))) : undefined;
    const name = entry?.name ?? short ?? written[0]!;
    const long = pairs.length > 0 ? written.find((w) => longForms.has(keyOfName(w))) : undefined;
    const fullName = entry?.fullName ?? (long && long !== name ? long : undefined);
    const aliases = unique([name, ...written, ...(fullName ? [fullName] : [])]);
    const proposed = all.some((m) => m.proposed) || (proposedSpans.length > 0 && isProposedElsewhere(aliases, groups, proposedSpans, proposedKeys));
    const best = strongest(all);
    const hints = labelsByRank(all);
    // Every entity has every field (fullName and lexiconName undefined where there is none): one
    // object shape, so the code reading entities is compiled once instead of again per new shape.
    entities.push({
      key: keyOfName(name),
      name,
      fullName,
      aliases,
      label: entry && entry.label !== 'Generic' && entry.label !== 'Metric' ? entry.label : (hints[0] ?? 'Method'),
      lexiconName,
      proposed: proposed && !(lexiconName && !all.some((m) => m.extractor === 'title-head')),
      confidence: highestConfidence(all),
      extractor: best.extractor,
      mentions: groups.map((g) => {
        const m = g[0]!;
        return { text: m.text, start: m.start, end: m.end, extractor: m.extractor, confidence: highestConfidence(g) };
      }),
      labelHints: unique(hints),
      evidence: '',
    });
  }
  return entities.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
}

/** Whether a proposal that lost its span names the entity (by a name's key) or sat at the start of one of its spans. */
function isProposedElsewhere(aliases: readonly string[], groups: readonly Mention[][], proposedSpans: readonly Mention[], proposedKeys: readonly string[]): boolean {
  const keys = new Set(aliases.map(keyOfName));
  return proposedSpans.some((p, i) => keys.has(proposedKeys[i]!) || groups.some((g) => g[0]!.start <= p.start && g[0]!.end >= p.end && g[0]!.start === p.start));
}

/** The mentions' labels, strongest extractor first, in mention order within a rank (a stable sort by an insertion, no comparator calls). */
function labelsByRank(mentions: readonly Mention[]): EntityLabel[] {
  const labels: EntityLabel[] = [];
  const ranks: number[] = [];
  for (const m of mentions) {
    if (!m.label) continue;
    const rank = EXTRACTOR_RANK[m.extractor];
    // Appended, then moved down past the weaker ones (splice would allocate the array it removes).
    let at = labels.length;
    labels.push(m.label);
    ranks.push(rank);
    for (; at > 0 && ranks[at - 1]! < rank; at--) {
      labels[at] = labels[at - 1]!;
      ranks[at] = ranks[at - 1]!;
    }
    labels[at] = m.label;
    ranks[at] = rank;
  }
  return labels;
}

// The keys of a lexicon name and its entry's aliases, by the name: the same known names recur in
// every paper. Holds at most one list per lexicon name.
const aliasKeysByLexiconName = new Map<string, string[]>();

function lexiconAliasKeys(lexiconName: string): string[] {
  let keys = aliasKeysByLexiconName.get(lexiconName);
  if (!keys) {
    keys = [lexiconName, ...(lexiconEntry(lexiconName)?.aliases ?? [])].map(keyOfName);
    aliasKeysByLexiconName.set(lexiconName, keys);
  }
  return keys;
}

/** The first mention of the strongest extractor, then the highest confidence (what a stable sort would put first). */
function strongest(mentions: readonly Mention[]): Mention {
  let best = mentions[0]!;
  for (const m of mentions) {
    const rank = EXTRACTOR_RANK[m.extractor] - EXTRACTOR_RANK[best.extractor];
    if (rank > 0 || (rank === 0 && m.confidence > best.confidence)) best = m;
  }
  return best;
}

function highestConfidence(mentions: readonly Mention[]): number {
  let highest = -Infinity;
  for (const m of mentions) if (m.confidence > highest) highest = m.confidence;
  return highest;
}

// An entity has a handful of names and hints: a scan of what is kept beats building a set.
const UNIQUE_BY_SCAN_MAX = 16;

/** The items without repeats, in order of first occurrence. */
function unique<T>(items: readonly T[]): T[] {
  if (items.length > UNIQUE_BY_SCAN_MAX) return [...new Set(items)];
  const kept: T[] = [];
  for (const item of items) if (!kept.includes(item)) kept.push(item);
  return kept;
}
