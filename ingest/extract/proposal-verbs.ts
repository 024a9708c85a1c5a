/**
 * Where a paper says it introduces something: "we propose", "this paper presents", "our work
 * introduces" (a subject, then within 80 characters of the same clause a proposal verb), and
 * "X introduces a novel ..." without one. The matches of
 *
 *   /\b(?:we|this (?:paper|work|article|study|letter)|our (?:paper|work|study)|the authors)\b[^.;?!]{0,80}?\b(?:propos|...)\w*
 *    |\b(?:propos|introduc|present)(?:es|ed)(?=\s+(?:a|an)\s+(?:novel|new)\b)/gi
 *
 * found from the subjects and verbs alone: that one pattern, tried at every "we" with up to 80
 * lazy steps, was the costliest single regular expression of extraction.
 */

export interface ProposalVerb {
  /** Start of the subject (or of the verb, where there is none). */
  index: number;
  /** End of the verb. */
  end: number;
}

const SUBJECT = /\b(?:we|this (?:paper|work|article|study|letter)|our (?:paper|work|study)|the authors)\b/gi;
// "This paper describes X, our submission to ...", "we put forward X": system papers' own words.
// Stems grouped by their first letters (propos|present|put forward, develop|design|devis|describ|dub, ...): the same
// matches, as no two stems match at one place, and the engine tries fewer alternatives at each word.
const VERB =
  /\b(?:p(?:ropos|resent|ut forward)|introduc|d(?:e(?:velop|sign|vis|scrib)|ub)|c(?:reat|onstruct|urat|ontribut|ollect)|releas|buil[dt]|formulat|obtain|establish|open-sourc)\w*/gi;
const SUBJECTLESS = /^(?:propos|introduc|present)(?:es|ed)(?=\s+(?:a|an)\s+(?:novel|new)\b)/i;
const MAX_GAP = 80;

interface Span {
  start: number;
  end: number;
}

function spans(text: string, pattern: RegExp): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(pattern)) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

// The longest subject SUBJECT matches ("this article"), with room to spare.
const LONGEST_SUBJECT = 16;

function isWordCode(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}

// Module functions, not closures per call: tsx (which runs kg and the benchmarks) names every
// named closure it creates, at about a microsecond each.
function reachBack(verb: Span): number {
  return verb.start - MAX_GAP - LONGEST_SUBJECT;
}

function toWordEnd(text: string, at: number): number {
  while (at < text.length && isWordCode(text.charCodeAt(at))) at++;
  return at;
}

/**
 * The matches of SUBJECT that can end within MAX_GAP characters before a verb (the only ones
 * findProposalVerbs can use: it passes by a subject whose next verb is farther), found by running
 * the pattern over those stretches only. Each stretch is widened to word boundaries, so at its
 * edges the pattern's \b sees what it sees in the whole text; overlapping stretches are merged.
 */
function subjectsBeforeVerbs(text: string, verbs: readonly Span[]): Span[] {
  const found: Span[] = [];
  for (let v = 0; v < verbs.length; v++) {
    let start = Math.max(0, reachBack(verbs[v]!));
    while (start > 0 && isWordCode(text.charCodeAt(start - 1))) start--;
    let end = toWordEnd(text, verbs[v]!.start);
    // Later verbs whose stretch reaches back into this one join it: the stretches never overlap.
    while (v + 1 < verbs.length && reachBack(verbs[v + 1]!) <= end) end = toWordEnd(text, verbs[++v]!.start);
    for (const m of text.slice(start, end).matchAll(SUBJECT)) found.push({ start: start + m.index, end: start + m.index + m[0].length });
  }
  return found;
}

function clauseBreakBetween(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 46 || c === 59 || c === 63 || c === 33) return true; // . ; ? !
  }
  return false;
}

export function findProposalVerbs(text: string): ProposalVerb[] {
  const verbs = spans(text, VERB);
  if (verbs.length === 0) return [];
  const subjects = subjectsBeforeVerbs(text, verbs);
  const found: ProposalVerb[] = [];
  let consumed = 0;
  let s = 0;
  let v = 0;
  for (;;) {
    // The leftmost subject from `consumed` whose first verb after it is close and in its clause.
    let withSubject: ProposalVerb | undefined;
    for (; s < subjects.length; s++) {
      const subject = subjects[s]!;
      if (subject.start < consumed) continue;
      let first = v;
      while (first < verbs.length && verbs[first]!.start < subject.end) first++;
      const verb = verbs[first];
      if (!verb) break;
      if (verb.start - subject.end <= MAX_GAP && !clauseBreakBetween(text, subject.end, verb.start)) {
        withSubject = { index: subject.start, end: verb.end };
        break;
      }
    }
    // The leftmost "introduces a novel" from `consumed`.
    let bare: ProposalVerb | undefined;
    for (let k = v; k < verbs.length; k++) {
      const verb = verbs[k]!;
      if (verb.start < consumed) continue;
      if (withSubject && verb.start >= withSubject.index) break;
      const word = SUBJECTLESS.exec(text.slice(verb.start, verb.start + 40));
      if (word) {
        bare = { index: verb.start, end: verb.start + word[0].length };
        break;
      }
    }
    const next = bare ?? withSubject;
    if (!next) return found;
    found.push(next);
    consumed = next.end;
    while (v < verbs.length && verbs[v]!.start < consumed) v++;
  }
}
