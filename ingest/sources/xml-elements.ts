import { readXmlTokens } from './xml-tokens.js';

/**
 * Whole elements out of an XML stream: the reader names which elements it wants (a paper, a
 * record), each is built into a small tree and handed over once closed, and everything else is
 * passed by, so memory holds one record at a time however large the file.
 */

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
  /** Line of its opening tag. */
  line: number;
}

/** An open element above a captured one: its name and attributes (collection and volume ids). */
export interface XmlAncestor {
  name: string;
  attributes: Record<string, string>;
  line: number;
}

export interface CapturedElement {
  element: XmlElement;
  ancestors: readonly XmlAncestor[];
}

export async function* readXmlElements(
  file: string,
  capture: (name: string, ancestors: readonly XmlAncestor[]) => boolean,
): AsyncGenerator<CapturedElement> {
  const ancestors: XmlAncestor[] = [];
  // The element being built and its open descendants, innermost last.
  const building: XmlElement[] = [];
  for await (const token of readXmlTokens(file)) {
    if (building.length > 0) {
      const current = building[building.length - 1]!;
      if (token.kind === 'text') current.children.push(token.text);
      else if (token.kind === 'open') {
        const element: XmlElement = { name: token.name, attributes: token.attributes, children: [], line: token.line };
        current.children.push(element);
        building.push(element);
      } else {
        const done = building.pop()!;
        if (building.length === 0) yield { element: done, ancestors: [...ancestors] };
      }
    } else if (token.kind === 'open') {
      if (capture(token.name, ancestors)) building.push({ name: token.name, attributes: token.attributes, children: [], line: token.line });
      else ancestors.push({ name: token.name, attributes: token.attributes, line: token.line });
    } else if (token.kind === 'close') {
      ancestors.pop();
    }
  }
}

/** The element's text with all markup resolved to its text, whitespace collapsed. */
export function textOf(element: XmlElement | undefined): string {
  if (!element) return '';
  return rawText(element).replace(/\s+/g, ' ').trim();
}

function rawText(element: XmlElement): string {
  let text = '';
  for (const child of element.children) text += typeof child === 'string' ? child : rawText(child);
  return text;
}

/** An element's name without its namespace prefix (`arXiv:id` is `id`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}

/** Children by local name, so a namespace prefix never hides a field. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && localName(child.name) === name);
}

export function childElement(element: XmlElement, name: string): XmlElement | undefined {
  return childElements(element, name)[0];
}

/** The collapsed text of the first child of that name, or undefined when absent or blank. */
export function childText(element: XmlElement, name: string): string | undefined {
  return textOf(childElement(element, name)) || undefined;
}
