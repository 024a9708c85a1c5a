/** What extraction components produce: spans of the cleaned text with a type guess and a confidence. */

import type { ExtractedLabel } from '../../core/labels.js';
import type { MentionExtractor } from './extractor-names.js';

/** The types extraction gives names: declared in core/node-types.ts (`extracted`). */
export type EntityLabel = ExtractedLabel;

export interface Mention {
  /** The name as written (cleaned text). */
  text: string;
  start: number;
  end: number;
  /** Component that found it (becomes the edge's `extractor`). */
  extractor: MentionExtractor;
  confidence: number;
  /** Type when the component knows it. */
  label?: EntityLabel;
  /** Canonical lexicon name when the mention is a known name. */
  lexiconName?: string;
  /** Set by the proposal patterns: the paper introduces this name. */
  proposed?: boolean;
  /** A non-name (paradigm, metric) that only shadows candidates; never becomes an entity. */
  shadow?: boolean;
}

/** A long form and its short form, written together ("Direct Preference Optimization (DPO)"). */
export interface AcronymPair {
  long: Mention;
  short: Mention;
}

/**
 * A mention with every field present (undefined where it does not apply), so that all mentions
 * share one object shape: the code that reads them (overlaps, grouping, proposals, tasks) is then
 * compiled once, not again for each new combination of fields a later paper brings.
 */
export function mention(
  text: string,
  start: number,
  end: number,
  extractor: MentionExtractor,
  confidence: number,
  label?: EntityLabel,
  lexiconName?: string,
  proposed?: boolean,
  shadow?: boolean,
): Mention {
  return { text, start, end, extractor, confidence, label, lexiconName, proposed, shadow };
}

/** The same mention as a shadow: a non-name that only keeps shorter names inside it out. */
export function asShadow(m: Mention): Mention {
  return mention(m.text, m.start, m.end, m.extractor, m.confidence, m.label, m.lexiconName, m.proposed, true);
}
