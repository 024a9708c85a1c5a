import type { Entity } from '../entities.js';
import { el, entityLink } from './dom.js';

export interface Mentioned extends Pick<Entity, 'type' | 'key' | 'label'> {
  /** Every name it may be written as in the text: name, full name, aliases. */
  names: string[];
}

interface Span {
  start: number;
  end: number;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Where a sentence sits in the text: as written, else word by word with any spacing between
 * (extraction cleans spacing and LaTeX leftovers before it splits sentences).
 */
export function findSentence(text: string, sentence: string): Span | undefined {
  const exact = text.indexOf(sentence);
  if (exact >= 0) return { start: exact, end: exact + sentence.length };
  const words = sentence.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return undefined;
  const match = new RegExp(words.map(escapeRegExp).join('\\s+')).exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : undefined;
}

/** Each entity's written names in the text, longest names first, never overlapping. */
export function findMentions(text: string, entities: Mentioned[]): Array<Span & { entity: Mentioned }> {
  const candidates = entities
    .flatMap((entity) => [...new Set(entity.names.filter((name) => name.trim().length >= 2))].map((name) => ({ entity, name })))
    .sort((a, b) => b.name.length - a.name.length);
  const taken: Array<Span & { entity: Mentioned }> = [];
  for (const { entity, name } of candidates) {
    // Word edges: "DPO" in "TR-DPO" is not a mention of DPO where TR-DPO is one (longer names go first).
    const pattern = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(name)}(?![\\p{L}\\p{N}])`, 'giu');
    for (const match of text.matchAll(pattern)) {
      const span = { start: match.index, end: match.index + match[0].length };
      if (!taken.some((other) => span.start < other.end && other.start < span.end)) taken.push({ ...span, entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * The text with every mention a link to its entity's page and every evidence sentence in a
 * <mark>; a mention inside a sentence stays a link inside the mark.
 */
export function markedText(text: string, entities: Mentioned[], sentences: string[]): { nodes: Node[]; marked: number; mentions: number } {
  const evidence = sentences.map((sentence) => findSentence(text, sentence)).filter((span): span is Span => span !== undefined);
  const mentions = findMentions(text, entities);
  const cuts = [...new Set([0, text.length, ...evidence.flatMap((span) => [span.start, span.end]), ...mentions.flatMap((span) => [span.start, span.end])])].sort((a, b) => a - b);
  const nodes: Node[] = [];
  let mark: HTMLElement | null = null;
  for (let i = 0; i + 1 < cuts.length; i++) {
    const start = cuts[i]!;
    const end = cuts[i + 1]!;
    const piece = text.slice(start, end);
    const inEvidence = evidence.some((span) => span.start <= start && end <= span.end);
    const mention = mentions.find((span) => span.start <= start && end <= span.end);
    let node: Node = document.createTextNode(piece);
    if (mention) {
      const link = entityLink(mention.entity);
      link.textContent = piece;
      link.classList.add('mention');
      node = link;
    }
    if (inEvidence) {
      if (!mark) nodes.push((mark = el('mark', { class: 'evidence' })));
      mark.append(node);
    } else {
      mark = null;
      nodes.push(node);
    }
  }
  return { nodes, marked: evidence.length, mentions: mentions.length };
}
