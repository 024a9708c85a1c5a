import { Kind, type FieldNode, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';
import type { LinkReading } from '../graph/neighbours.js';
import { OPTIONAL_PROPERTIES, type OptionalProperty } from '../graph/rows.js';
import type { Context } from './context.js';
import { selectsFieldUnder } from './selection.js';

/**
 * Which optional properties of a node (all but its key and name: abstract, aliases, url,
 * sources, ...) the request asks for, read from the query before the node's statement is
 * written, so the statement reads only those. Fields are taken through every fragment whatever
 * its type condition: asking too much only reads a property nobody shows. What this misses is
 * still answered right, by the field's fallback (src/api/node-properties.ts).
 */
export function propertiesAskedOn(nodeFields: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): OptionalProperty[] {
  return OPTIONAL_PROPERTIES.filter((property) => (FIELDS_READING[property] ?? [property]).some((field) => selectsFieldUnder(nodeFields, field, fragments)));
}

/** The GraphQL fields that show a property under another name (the others are named as their property). */
const FIELDS_READING: Partial<Record<OptionalProperty, readonly string[]>> = {
  metrics: ['metricNames'],
  parentTask: ['parent'],
  parentDataset: ['parent'],
};

/** What a statement reads: what the request asks for, or everything where the context says so. */
export function propertiesToRead(ctx: Context, asked: () => OptionalProperty[]): readonly OptionalProperty[] {
  return ctx.readAllProperties ? OPTIONAL_PROPERTIES : asked();
}

/** Compiled nested hops as the context wants them read: as asked, or every optional property at every depth. */
export function hopsToRead<Hop extends { read?: readonly OptionalProperty[]; children: readonly Hop[] }>(ctx: Context, hops: Hop[]): Hop[] {
  return ctx.readAllProperties ? hops.map((hop) => ({ ...hop, read: OPTIONAL_PROPERTIES, children: hopsToRead(ctx, [...hop.children]) })) : hops;
}

/** The same for the nodes of a connection field (`edges { node { ... } }`). */
export function propertiesAskedOnConnectionNodes(connectionFields: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): OptionalProperty[] {
  return propertiesAskedOn(fieldsNamed(fieldsNamed(connectionFields, 'edges', fragments), 'node', fragments), fragments);
}

/** The fields of an edge that read its link's facts (all but `cursor` and `node`). */
export const LINK_FIELDS = ['relations', 'sources', 'official', 'framework', 'mentionedInPaper', 'mentionedInGithub'];

/**
 * What the edges of a connection field ask of their links: their evidence, their other facts,
 * or nothing. Edge types are object types whose link fields only these names read, so taking
 * the names under any `edges` through every fragment is exact (or asks too much), never too
 * little.
 */
export function linksAskedOnEdges(connectionFields: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): LinkReading {
  const edges = fieldsNamed(connectionFields, 'edges', fragments);
  if (selectsFieldUnder(edges, 'evidence', fragments)) return 'evidence';
  return LINK_FIELDS.some((name) => selectsFieldUnder(edges, name, fragments)) ? 'facts' : 'none';
}

/** The fields called `name` directly under these fields, through fragments. */
function fieldsNamed(fieldNodes: readonly FieldNode[], name: string, fragments: Record<string, FragmentDefinitionNode>): FieldNode[] {
  const found: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value === name) found.push(selection);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) if (node.selectionSet) visit(node.selectionSet);
  return found;
}
