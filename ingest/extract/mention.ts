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
