import type { MentionExtractor } from './extractor-names.js';
import { lexiconEntry } from './lexicon.js';
import { mention, type EntityLabel, type Mention } from './mention.js';
import { isCapitalized, isCoinedName } from './name-shape.js';
import { foldForMatching, type PreparedText } from './prepared-text.js';
import { findProposalVerbs } from './proposal-verbs.js';
import { sentenceAt } from './sentences.js';
import { tokenIndexFrom, type Token } from './tokens.js';

/**
 * What the paper itself introduces: "X: <rest of title>", "we propose / introduce / present X",
 * "a new benchmark, X", "called / named / termed / dubbed X", "our X", enumerated contributions
 * "(i) X, a ...". Known lexicon names are never proposed by a paper (except as a title head).
 */

const EXTRACTOR: MentionExtractor = 'proposal';

// "named entity recognition" is a term of art, not a naming verb.
const NAMING = /\b(?:called|named(?!\s+entit)|termed|dubbed|coined)\s+(?:as\s+)?|\b(?:we|which we)\s+(?:term|call|name|dub)(?:s|bed|med|ed)?\b[^.,;]{0,60}?\bas\s+/gi;
// Every match of NAMING starts with one of these participles, or has "we" and spaces before the
// verb (in lower case): an abstract with neither is passed by unscanned.
const NAMING_VERBS: ReadonlyArray<[stem: string, participle: string]> = [
  ['term', 'termed'],
  ['call', 'called'],
  ['name', 'named'],
  ['dub', 'dubbed'],
  // "We refer to this approach as X": NAMING_OBJECT's only, with a capitalised name ("a concept we
  // refer to as steerability" names a concept); NAMING has no "refer", so its hint finds nothing more.
  ['refer', 'referred'],
];
// "We call the resulting models TraceLM", "which we name it FooNet", "..., and call it FooNet": the object, then a capitalised name (case-sensitive on purpose).
const NAMING_OBJECT =
  /\b(?:(?:[Ww]e|which we|and)\s+(?:call|name|dub|term|refer to)\s+(?:it|this|them|these|(?:our|the|this|these)\s+(?:[a-z-]+\s+){0,2}[a-z-]+)\s+(?:as\s+)?|(?:which|that|what) we (?:call|name|dub|term)\s+)(?=[A-Z])/g;

/**
 * Whether NAMING can match (a naming participle, or "we" and whitespace before a naming verb)
 * and whether NAMING_OBJECT can ("we call", "we name", "and name", ...), from one pass over
 * each verb's occurrences in the lower-cased abstract.
 */
function findNamingHints(lower: string): { naming: boolean; object: boolean } {
  let naming = lower.includes('coined');
  let object = false;
  for (const [stem, participle] of NAMING_VERBS) {
    for (let at = lower.indexOf(stem); at >= 0; at = lower.indexOf(stem, at + 1)) {
      if (lower.startsWith('we ', at - 3) || lower.startsWith(' and ', at - 5)) return { naming: true, object: true };
      if (naming) continue;
      if (lower.startsWith(participle, at)) naming = true;
      else if (isSpaceCode(lower.charCodeAt(at - 1))) {
        let before = at - 1;
        while (before > 0 && isSpaceCode(lower.charCodeAt(before - 1))) before--;
        if (lower.startsWith('we', before - 2)) naming = true;
      }
    }
  }
  return { naming, object };
}

function isSpaceCode(code: number): boolean {
  if (code === 32) return true;
  if (code < 128) return code >= 9 && code <= 13;
  return code === code && /\s/.test(String.fromCharCode(code));
}

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

/**
 * Whether the abstract holds /\b(?:is|are)\s+(?:\w+ly\s+)?(?:proposed|introduced|...)\b/ (case as
 * written), found from its "is" and "are": that pattern was tried at every character.
 */
function hasPassiveProposal(abstract: string): boolean {
  for (const auxiliary of ['is', 'are']) {
    for (let at = abstract.indexOf(auxiliary); at >= 0; at = abstract.indexOf(auxiliary, at + 1)) {
      if (isWordCode(abstract.charCodeAt(at - 1))) continue;
      let next = at + auxiliary.length;
      if (!isSpaceCode(abstract.charCodeAt(next))) continue;
      while (isSpaceCode(abstract.charCodeAt(next))) next++;
      if (isParticipleAt(abstract, next)) return true;
      // An adverb between: "is newly introduced".
      let wordEnd = next;
      while (isWordCode(abstract.charCodeAt(wordEnd))) wordEnd++;
      if (wordEnd - next < 3 || !abstract.startsWith('ly', wordEnd - 2) || !isSpaceCode(abstract.charCodeAt(wordEnd))) continue;
      while (isSpaceCode(abstract.charCodeAt(wordEnd))) wordEnd++;
      if (isParticipleAt(abstract, wordEnd)) return true;
    }
  }
  return false;
}

function isParticipleAt(text: string, at: number): boolean {
  return PASSIVE_PARTICIPLES.some((word) => text.startsWith(word, at) && !isWordCode(text.charCodeAt(at + word.length)));
}
const APPOSITIVE_AFTER = /^,\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(\w+)\s+(?:that|which|for|to|of|with|trained|fine-tuned|built|based)\b/;
// "X, an improved version of Y": what a proposal is a version of is its base, not proposed (a cut like "based").
const CUT = /\b(?:for|to|that|which|who|by|through|based|using|such as|like|including|than|compared|via|from|with|on|where|while|whose|in order|across|against|over|under|versions? of|variants? of|extensions? of|successors? of|upgrades? of)\b|e\.g\.|i\.e\.|[;:]\s|,\s(?:which|and|where|while|but)\b/g;
// "our RegFormer", "our proposed method, X", "the proposed X": the paper's own name.
const OUR = /\bour\s+/gi;
const THE_PROPOSED = /\bthe proposed\s+/gi;
const ARTICLE = /^(?:a|an|the|its|their)$/i;

/** The one or two words before the verb's stem: an article, or an article and a hyphenated modifier. */
function isNounUse(text: string, verbEnd: number): boolean {
  // The two words before the verb, found by their spaces: no split of the text around it.
  const verbStart = text.lastIndexOf(' ', verbEnd - 1);
  if (verbStart <= 0) return false;
  const beforeStart = text.lastIndexOf(' ', verbStart - 1);
  const before = text.slice(beforeStart + 1, verbStart);
  if (ARTICLE.test(before)) return true;
  if (beforeStart <= 0 || !before.includes('-')) return false;
  return ARTICLE.test(text.slice(text.lastIndexOf(' ', beforeStart - 1) + 1, beforeStart));
}
// Only where a capitalised word follows within three words: the name "this" may own.
const THIS_OWN = /\b[Tt]his\s+(?=(?:[a-z-]+\s+){0,3}[A-Z])/g;
const OWN_TYPE_AFTER = /^(?:\s*\([^()]{1,15}\))?\s+(?:solution|method|approach|framework|technique|algorithm|strategy|model|system|pipeline|objective)\b/;
const OWN_NAME_GAP = /^(?:[\p{L}\d.-]+\s){0,2}(?:(?:method|approach|framework|model|system|algorithm|technique|architecture|benchmark|dataset|metric),\s)?$/u;
// "our experiments on X", "our results with X": what the paper's work is done on is not its own name.
const OWN_WORK_ON = /\b(?:on|in|of|with|against|over|across|from|to|for|by|using|than|and|or)\s/i;
// "our framework outperforms X", "our model uses X": after a verb the name is what the paper's work acts on.
const VERB_IN_GAP = /\b(?:outperform\w*|beat\w*|surpass\w*|exceed\w*|improv\w*|achiev\w*|match\w*|rival\w*|compar\w*|uses?|used|adopt\w*|extend\w*|builds?|is|are|was|were|has|have)\s/i;
// What a proposal is drawn from, not what it is: "inspired by", "based on", "grounded in".
const DRAWN_FROM = /\b(?:inspired by|based on|grounded in|rooted in|motivated by|derived from|borrowed from|following)\b/i;
const CONCEPT_OF = /^\s+(?:the|a)\s+(?:new\s+|novel\s+)?(?:concept|notion|idea|problem|task|phenomenon)\s+of\b/i;
// One test of the abstract before the per-name one: most abstracts hold no passive proposal.
const PASSIVE_PARTICIPLES = ['proposed', 'introduced', 'presented', 'developed', 'released', 'constructed', 'created', 'designed'];
const PASSIVE_PROPOSAL = /^,?\s+(?:is|are)\s+(?:\w+ly\s+)?(?:proposed|introduced|presented|developed|released|constructed|created|designed)\b(?!\s+(?:by|in)\b)/;
const ENUMERATION = /\((?:i{1,3}|iv|v|vi|\d|[a-f])\)\s+/g;
const QUOTED = /(?<!\()["“](\p{Lu}[^"”]{2,60}\s[^"”]{1,60})["”]/gu;
const FILLER = /^(?:a|an|the|two|three|four|several|novel|new|simple|first|unified|general|effective|efficient|scalable|lightweight|comprehensive|large-scale|our|its|this|these|called|named|termed)$/i;
const STOP_WORD =
  /^(?:to|for|that|which|is|are|be|can|could|may|will|was|were|has|have|with|and|or|but|in|on|at|as|by|of|from|the|a|an|it|its|we|our|this|these|those|more|most|few|some|any|all|each|such|not|no)$/i;
// "the so-called algorithm, RLHF": a lone kind noun after a naming verb names no thing.
const KIND_NOUN = /^(?:algorithms?|methods?|models?|frameworks?|approach(?:es)?|techniques?|systems?|pipelines?|strateg(?:y|ies)|architectures?|paradigms?|objectives?|procedures?|mechanisms?|modules?|process(?:es)?|problems?|tasks?)$/i;
const TITLE_NON_NAMES = /^(?:survey|review|overview|position|tutorial|perspective|perspectives|report|introduction|commentary|editorial|benchmarking|alignment|safety|towards?)$/i;

const TYPE_CUES: Array<[RegExp, EntityLabel]> = [
  [/^(?:benchmarks?|leaderboard|testbed|suite|challenge)$/i, 'Benchmark'],
  [/^(?:datasets?|corpus|corpora|resource|collection|treebank)$/i, 'Dataset'],
  [/^(?:models?|LLMs?|MLLMs?|VLMs?|checkpoints?|chatbot|assistant)$/i, 'Model'],
  [/^(?:method|framework|approach|algorithm|techniques?|toolkit|system|loss|objective|module|architecture|network|paradigm|pipeline|strategy|mechanism|metric|index|filter|regularizer|scheme|procedure|agent|agents|baselines?)$/i, 'Method'],
];

export function typeCue(word: string): EntityLabel | undefined {
  for (const [pattern, label] of TYPE_CUES) if (pattern.test(word)) return label;
  return undefined;
}

export function findProposals(prepared: PreparedText, tokens: readonly Token[], candidates: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  const { text, titleEnd, abstractStart } = prepared;
  const names = candidates.filter((c) => !c.shadow);

  found.push(...titleHead(prepared, tokens), ...novelInTitle(prepared));

  // Each pattern runs once over the abstract; its matches are placed in their sentences.
  const abstract = text.slice(abstractStart);
  for (const verb of findProposalVerbs(abstract)) {
    // "a multi-agent design", "the development of": the verb's stem used as a noun proposes nothing.
    if (isNounUse(abstract, verb.end)) continue;
    const verbStart = abstractStart + verb.index;
    const sentence = sentenceAt(prepared.sentences, verbStart)!;
    {
      const regionStart = abstractStart + verb.end;
      const cut = firstCut(text, regionStart, sentence.end, names);
      const cue = cueBetween(tokens, verbStart, cut);
      // Names already found inside the region.
      for (const name of names) {
        if (name.start >= regionStart && name.start < cut && !name.lexiconName) {
          found.push(propose(name, 0.8, name.label ?? cue));
        }
      }
      // An appositive name later in the sentence: "an extension to the DPO algorithm, LN-DPO, resulting in ...".
      for (const name of names) {
        if (name.start < cut || name.start >= sentence.end || name.lexiconName || !isCoinedOrPair(name)) continue;
        if (/,\s$/.test(text.slice(name.start - 2, name.start)) && /^(?:,|\.|\s\()/.test(text.slice(name.end, name.end + 2))) {
          // "a new corpus, X, and a strong baseline, Y": the type word of its own phrase first.
          found.push(propose(name, 0.65, name.label ?? cueBetween(tokens, Math.max(cut, name.start - 40), name.start) ?? cue));
          continue;
        }
        // The second of two proposals, each with its appositive: "X, a benchmark ..., and Y, a method that ...".
        if (/,?\sand\s$/.test(text.slice(name.start - 6, name.start)) && APPOSITIVE_AFTER.test(text.slice(name.end, name.end + 40))) {
          found.push(propose(name, 0.6, name.label ?? typeCue(APPOSITIVE_AFTER.exec(text.slice(name.end, name.end + 40))![1]!)));
        }
      }
      // A name defined with its acronym later in the proposal sentence: "... integrates X with Foo Bar (FB)",
      // unless the proposal is only drawn from it ("a framework inspired by ... Foo Bar (FB)").
      for (const name of names) {
        if (name.extractor !== 'acronym' || name.start < cut || name.start >= sentence.end || name.lexiconName || lexiconEntry(name.text)) continue;
        if (DRAWN_FROM.test(text.slice(regionStart, name.start))) continue;
        // The verb's type word ("a framework") describes the first thing proposed, not this one.
        found.push(propose(name, 0.6, name.label));
      }
      // The first capitalised phrase after a few filler words: "we introduce Quokka Tuning";
      // "we introduce the concept of X" poses a problem, it proposes no system.
      const phrase = CONCEPT_OF.test(text.slice(regionStart, regionStart + 40)) ? undefined : phraseAfterFillers(text, tokens, regionStart, cut);
      if (phrase) found.push(propose(phrase, 0.75, cue));
      // "(i) X, a ...; (ii) Y, ..." enumerated contributions.
      for (const item of text.slice(regionStart, sentence.end).matchAll(ENUMERATION)) {
        const at = regionStart + item.index + item[0].length;
        const listed = capitalizedPhrase(text, tokens, at, sentence.end);
        if (listed) found.push(propose(listed, 0.7, cue));
      }
      for (const quote of text.slice(regionStart, sentence.end).matchAll(QUOTED)) {
        const inner = quote[1]!;
        if (!/^\p{Lu}/u.test(inner) || isNonName(inner)) continue;
        const start = regionStart + quote.index + quote[0].indexOf(inner);
        found.push(propose(mention(inner, start, start + inner.length, EXTRACTOR, 0.7), 0.7, cue));
      }
    }
  }
  // The abstract's part of the lower-cased text where there is one (the newline before the
  // abstract gives lower-casing the same context as the abstract's own start).
  const namingHints = findNamingHints(prepared.lowerCased?.slice(abstractStart) ?? abstract.toLowerCase());
  const namings = namingHints.naming ? [...abstract.matchAll(NAMING)] : [];
  // "we call/name/dub/term": rare, so its pattern runs only where the words are written.
  if (namingHints.object) namings.push(...abstract.matchAll(NAMING_OBJECT));
  for (const naming of namings) {
    const at = abstractStart + naming.index + naming[0].length;
    const sentence = sentenceAt(prepared.sentences, at)!;
    const named = namedPhrase(text, tokens, at, sentence.end);
    if (named) found.push(propose(named, 0.75, cueBetween(tokens, Math.max(sentence.start, at - 60), at)));
  }
  // "our RegFormer", "our curated Alignment Drift Benchmark (ADB)".
  {
    // "the proposed" is rare, "the" is not: its pattern runs only where the word is written.
    const owns = [
      ...abstract.matchAll(OUR),
      ...(abstract.includes('proposed') ? abstract.matchAll(THE_PROPOSED) : []),
      // "this" owns only a defined name ("this simple Bi-State Tuning (BST) solution"): looked for where the abstract defines one.
      ...((abstract.includes('this ') || abstract.includes('This ')) && names.some((n) => n.extractor === 'acronym') ? abstract.matchAll(THIS_OWN) : []),
    ].sort((a, b) => a.index - b.index);
    for (const our of owns) {
      const at = abstractStart + our.index + our[0].length;
      const next = names.find((n) => n.start >= at && n.start <= at + 40 && !n.lexiconName && isCoinedOrPair(n));
      const gap = next ? text.slice(at, next.start) : '';
      // "this" owns a name only with the paper's type word after it: "this simple Bi-State Tuning (BST) solution", not "this BERT".
      if (next && /^this\s/i.test(our[0]) && !OWN_TYPE_AFTER.test(text.slice(next.end, next.end + 30))) continue;
      // "our new dataset, X": the type word in the gap types the name.
      if (next && OWN_NAME_GAP.test(gap) && !OWN_WORK_ON.test(gap) && !VERB_IN_GAP.test(gap)) found.push(propose(next, 0.6, next.label ?? cueBetween(tokens, at, next.start)));
    }
  }
  // "A new benchmark, LexBench, is introduced": the passive proposal (never "X was proposed by Smith et al.").
  if (hasPassiveProposal(abstract)) {
    for (const name of names) {
      if (name.start < abstractStart || name.lexiconName || !isCoinedOrPair(name)) continue;
      const passive = PASSIVE_PROPOSAL.exec(text.slice(name.end, name.end + 60));
      if (passive) found.push(propose(name, 0.65, name.label ?? cueBetween(tokens, sentenceAt(prepared.sentences, name.start)!.start, name.start)));
    }
  }
  void titleEnd;
  // Where the paper names its own approach, the title's wording describes it; only an unnamed one is called by the title.
  if (found.length === 0) found.push(...titleMeans(prepared));
  return found;
}

function isCoinedOrPair(named: Mention): boolean {
  return named.extractor === 'acronym' || isCoinedName(named.text);
}

function propose(named: Mention, confidence: number, label?: EntityLabel): Mention {
  return mention(named.text, named.start, named.end, EXTRACTOR, Math.max(confidence, Math.min(named.confidence, 0.9)), label, undefined, true);
}

function isNonName(name: string): boolean {
  const entry = lexiconEntry(name);
  return entry !== undefined && (entry.label === 'Generic' || entry.label === 'Metric');
}

/** End of the proposal region: the first clause boundary not inside a name. */
function firstCut(text: string, from: number, to: number, names: readonly Mention[]): number {
  const region = text.slice(from, to);
  for (const m of region.matchAll(CUT)) {
    const at = from + m.index;
    if (!names.some((n) => n.start < at && n.end > at)) return at;
  }
  return to;
}

/** A type word near the verb: "a new benchmark, X", "a novel framework named X". */
function cueBetween(tokens: readonly Token[], from: number, to: number): EntityLabel | undefined {
  for (let i = tokenIndexFrom(tokens, from); i < tokens.length && tokens[i]!.start < to; i++) {
    const cue = typeCue(tokens[i]!.text) ?? setOfItems(tokens, i);
    if (cue) return cue;
  }
  return undefined;
}

// "a diverse set of examples, named X", "a set of 500 hard questions, called X": items gathered
// into a named set are data ("a set of techniques, called X" is not).
const SET_OF = /^sets?$/i;
const DATA_ITEMS =
  /^(?:examples|questions|prompts|problems|instances|queries|samples|images|videos|dialogues|dialogs|conversations|documents|sentences|utterances|pairs|instructions|annotations|recordings|texts|articles|puzzles)$/i;

function setOfItems(tokens: readonly Token[], i: number): EntityLabel | undefined {
  if (!SET_OF.test(tokens[i]!.text) || tokens[i + 1]?.text !== 'of') return undefined;
  // The items' noun within the next three words: "of examples", "of 500 hard questions".
  for (let k = i + 2; k < Math.min(tokens.length, i + 5); k++) if (DATA_ITEMS.test(tokens[k]!.text)) return 'Dataset';
  return undefined;
}

function phraseAfterFillers(text: string, tokens: readonly Token[], from: number, to: number): Mention | undefined {
  let i = tokenIndexFrom(tokens, from);
  for (let skipped = 0; i < tokens.length && tokens[i]!.start < to && skipped < 7; i++, skipped++) {
    const token = tokens[i]!;
    if (isCapitalized(token.text)) break;
    if (!/^[a-z][a-z-]*$/.test(token.text) && !FILLER.test(token.text)) return undefined;
  }
  const token = tokens[i];
  if (!token || token.start >= to) return undefined;
  return capitalizedPhrase(text, tokens, token.start, to);
}

/** Consecutive capitalised or coined words ("Fast Prompt Alignment", "Mask-Align"), up to 6. */
export function capitalizedPhrase(text: string, tokens: readonly Token[], at: number, limit: number): Mention | undefined {
  let i = tokenIndexFrom(tokens, at);
  const first = tokens[i];
  if (!first || first.start !== at || !isCapitalized(first.text)) return undefined;
  let end = first.end;
  let count = 1;
  for (i++; i < tokens.length && count < 6; i++) {
    const token = tokens[i]!;
    if (token.start >= limit || text.slice(end, token.start) !== ' ' || !isCapitalized(token.text)) break;
    end = token.end;
    count++;
  }
  const name = text.slice(first.start, end);
  if (isNonName(name) || lexiconEntry(name)?.label === 'Task') return undefined;
  if (count === 1 && !isCoinedName(name) && /^(?:The|A|An|This|Our|We|It|In|On|For)$/.test(name)) return undefined;
  return mention(name, first.start, end, EXTRACTOR, 0.7);
}

/** After "called": a quoted or capitalised phrase, or up to three lower-case words ("leaky attention"). */
function namedPhrase(text: string, tokens: readonly Token[], at: number, limit: number): Mention | undefined {
  const quote = /^["“']([^"”']{2,60})["”']/.exec(text.slice(at, limit));
  if (quote) {
    const start = at + 1;
    return mention(quote[1]!, start, start + quote[1]!.length, EXTRACTOR, 0.75);
  }
  const capitalized = capitalizedPhrase(text, tokens, at, limit);
  if (capitalized) return capitalized;
  let i = tokenIndexFrom(tokens, at);
  const first = tokens[i];
  if (!first || first.start !== at) return undefined;
  let end = first.end;
  let words = 1;
  for (i++; i < tokens.length && words < 3; i++) {
    const token = tokens[i]!;
    if (token.start >= limit || text.slice(end, token.start) !== ' ') break;
    if (STOP_WORD.test(token.text)) break;
    end = token.end;
    words++;
  }
  const name = text.slice(first.start, end);
  if (isNonName(name) || STOP_WORD.test(first.text) || /^\d/.test(name) || KIND_NOUN.test(name)) return undefined;
  return mention(name, first.start, end, EXTRACTOR, 0.65);
}

// "A Novel Cartography-Based Curriculum Learning Method for ...": the title names what it proposes.
const TITLE_NOVEL = /^(?:An?\s+)?(?:Novel|New)\s+((?:\p{Lu}[\p{L}\d-]*\s+){1,5}?)(?:Method|Framework|Approach|Model|Architecture|Algorithm|Benchmark|Dataset|Corpus)\b/u;

function novelInTitle(prepared: PreparedText): Mention[] {
  const head = TITLE_NOVEL.exec(prepared.text.slice(0, prepared.titleEnd));
  if (!head) return [];
  const name = head[1]!.trim();
  const start = head[0].indexOf(head[1]!);
  if (isNonName(name)) return [];
  return [mention(name, start, start + name.length, 'title-head', 0.75, undefined, undefined, true)];
}

/** "Soundwave: Less is More ...", "TRACEALIGN -- Tracing the Drift ...". */
function titleHead(prepared: PreparedText, tokens: readonly Token[]): Mention[] {
  const title = prepared.text.slice(0, prepared.titleEnd);
  const head = /^(.{2,60}?)\s*(?::|\s--\s|\s—\s)\s*\S/.exec(title);
  if (!head) return [];
  // "Mixture of Experts (MoE): ...": the head is the long form; its short form pairs with it.
  const name = head[1]!.trim().replace(/\s*\([^()]{1,20}\)$/, '');
  if (isNonName(name) || TITLE_NON_NAMES.test(name) || /[?!]/.test(name)) return [];
  const words = name.split(/\s+/);
  if (words.length === 1) return /^[\p{L}\p{N}][\p{L}\p{N}.+-]*$/u.test(name) && isCapitalized(name) ? [mention(name, 0, name.length, 'title-head', 0.85, undefined, undefined, true)] : [];
  // A multi-word head counts only when the abstract names it too (as a long form, or verbatim).
  const written = prepared.text.slice(prepared.abstractStart);
  const abstract = foldForMatching(written);
  if (!abstract.includes(foldForMatching(name))) return [];
  // "Short-to-Long Transfer: ..." written "short-to-long transfer" in the abstract is a concept, not a coined name.
  if (!written.includes(name) && written.includes(name.toLowerCase()) && name.toLowerCase() !== name) return [];
  void tokens;
  return [mention(name, 0, name.length, 'title-head', 0.8, undefined, undefined, true)];
}

// A title's way of doing it: "Y via X", "Y with X", "Y through X", or "X for Y" at its start.
const TITLE_MEANS = /\s(?:via|with|through|using)\s+((?:\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*\s+){1,3}\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)(?=$|\s+(?:for|in|on|and)\s|[:?])/gu;
const TITLE_START_FOR = /^((?:\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*\s+){1,3}\p{Lu}[\p{L}\d]*(?:-[\p{L}\d]+)*)\s+for\s/u;

/**
 * "Safer Agents via Cross-Examined Debate", "ZipZap Alignment for Large Language Models":
 * where a title has no name head, the way it names for doing its task is the paper's
 * method, when it is written like a coined name (a hyphenated or odd-capital word), singular,
 * and no paradigm ("via In-Context Learning", "by Fine-tuning Embeddings").
 */
function titleMeans(prepared: PreparedText): Mention[] {
  const title = prepared.text.slice(0, prepared.titleEnd);
  if (/^[^:]{2,60}(?::|\s--\s|\s—\s)/.test(title)) return [];
  const means = [...title.matchAll(TITLE_MEANS)].map((m) => ({ text: m[1]!, start: m.index + m[0].indexOf(m[1]!) }));
  const start = means.length === 0 ? TITLE_START_FOR.exec(title) : null;
  if (start) means.push({ text: start[1]!, start: 0 });
  const found: Mention[] = [];
  for (const { text, start: at } of means) {
    const words = text.split(/\s+/);
    if (!words.some((w) => /-/.test(w) || isCoinedName(w)) || /[^s]s$/.test(words.at(-1)!)) continue;
    // A generic word ("via In-Context Learning") makes no name, unless a coined word of its own leads it ("ZipZap Alignment").
    const coinedWord = words.some((w) => isCoinedName(w) && !lexiconEntry(w));
    if (lexiconEntry(text) || (!coinedWord && words.some((w) => lexiconEntry(w)?.label === 'Generic' || w.split('-').some((part) => lexiconEntry(part)?.label === 'Generic')))) continue;
    found.push(mention(text, at, at + text.length, 'title-head', 0.65, 'Method', undefined, true));
  }
  return found;
}
