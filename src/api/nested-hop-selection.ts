import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';
import type { NestedHop } from '../graph/nested-hops.js';
import type { Context } from './context.js';
import { hopFieldSpec, type HopFieldSpec } from './hop-field.js';
import { pageFor, type Page } from './pagination.js';
import { linksAskedOnEdges, propertiesAskedOnConnectionNodes } from './node-selection.js';
import { selectsFieldUnder } from './selection.js';

/**
 * Which hop connections a hop connection's selection nests under its nodes
 * (`edges { node { methods(first: 5) { ... } } }`), or a root field under its node, recursively,
 * with their arguments read from the query (literals or variables): the parent compiles them
 * into its own statement. Only
 * what is certain to be the field's answer compiles; anything else (a directive, a fragment on
 * another type, arguments the field would refuse) is left to the field's own loader, which
 * then reports its own error or sends its own batched query as before.
 */
export interface CompiledHop extends NestedHop {
  /** The nested field's response path without list indices: where its loader looks for its pages. */
  place: string;
  page: Page;
  children: CompiledHop[];
  /** What is selected on its neighbours (`edges { node { ... } }`, where there is one such path), for their boards (node-boards.ts). */
  neighbours?: SelectedNode;
  /** Keeps what each neighbour's compiled boards brought back (its item), for their fields. */
  rememberBoards?: (ctx: Context, nodeKey: string, item: Record<string, unknown>) => void;
}

/** The fields selected on the nodes at one place of a query, by response key, with the nodes' type. */
export interface SelectedNode {
  node: GraphQLObjectType;
  fields: Map<string, FieldNode[]>;
  place: string;
}

/** The place of a field in the query, shared by the field under every parent (`benchmark.papers.edges.node.methods`). */
export function placeOf(path: GraphQLResolveInfo['path']): string {
  const keys: string[] = [];
  for (let at: GraphQLResolveInfo['path'] | undefined = path; at; at = at.prev) {
    if (typeof at.key === 'string') keys.unshift(at.key);
  }
  return keys.join('.');
}

/** The hop connections nested under the nodes of the connection `info` resolves. */
export function nestedHopsOf(info: GraphQLResolveInfo): CompiledHop[] {
  return nestedUnder(info.fieldNodes, info.returnType, placeOf(info.path), info);
}

/** The hop connections selected directly on the node a field (`benchmark(name:)`) resolves. */
export function hopsOfNodeField(info: GraphQLResolveInfo): CompiledHop[] {
  const node = objectType(info.returnType);
  return node ? hopsOnNode({ node, fields: fieldsUnder(info.fieldNodes, node, info), place: placeOf(info.path) }, info) : [];
}

/** The fields selected on the node a field (`benchmark(name:)`) resolves, by response key, with their definitions' type. */
export function fieldsOfNodeField(info: GraphQLResolveInfo): { node: GraphQLObjectType; fields: Map<string, FieldNode[]> } | undefined {
  const node = objectType(info.returnType);
  return node ? { node, fields: fieldsUnder(info.fieldNodes, node, info) } : undefined;
}

function nestedUnder(fieldNodes: readonly FieldNode[], connectionType: GraphQLOutputType, place: string, info: GraphQLResolveInfo): CompiledHop[] {
  return neighboursUnder(fieldNodes, connectionType, place, info).flatMap((selected) => hopsOnNode(selected, info));
}

/** What is selected on the nodes of a connection, per `edges { node }` path (aliases apart). */
function neighboursUnder(fieldNodes: readonly FieldNode[], connectionType: GraphQLOutputType, place: string, info: GraphQLResolveInfo): SelectedNode[] {
  const connection = objectType(connectionType);
  const edge = objectType(connection?.getFields().edges?.type);
  const node = objectType(edge?.getFields().node?.type);
  if (!connection || !edge || !node) return [];
  const selected: SelectedNode[] = [];
  for (const [edgesKey, edgesNodes] of fieldsNamed(fieldNodes, connection, 'edges', info)) {
    for (const [nodeKey, nodeNodes] of fieldsNamed(edgesNodes, edge, 'node', info)) {
      selected.push({ node, fields: fieldsUnder(nodeNodes, node, info), place: `${place}.${edgesKey}.${nodeKey}` });
    }
  }
  return selected;
}

function hopsOnNode({ node, fields, place }: SelectedNode, info: GraphQLResolveInfo): CompiledHop[] {
  const compiled: CompiledHop[] = [];
  for (const [childKey, childNodes] of fields) {
    const hop = compiledHop(node, childNodes, `${place}.${childKey}`, info);
    if (hop) compiled.push(hop);
  }
  return compiled;
}

function compiledHop(parent: GraphQLObjectType, fieldNodes: FieldNode[], place: string, info: GraphQLResolveInfo): CompiledHop | undefined {
  const first = fieldNodes[0];
  const field: GraphQLField<unknown, unknown> | undefined = first && parent.getFields()[first.name.value];
  const spec = field && hopFieldSpec(field);
  if (!first || !field || !spec) return undefined;
  const args = argumentsOf(field, first, info);
  const page = args && pageOf(args);
  if (!args || !page) return undefined;
  const types = typesOf(spec, args.role);
  // No type left: the field answers an empty page without a query of its own.
  if (types.length === 0) return undefined;
  const neighbours = neighboursUnder(fieldNodes, field.type, place, info);
  return {
    place,
    hop: { ...spec.hop, types },
    page,
    offset: page.offset,
    limit: page.limit,
    total: selectsFieldUnder(fieldNodes, 'totalCount', info.fragments),
    read: propertiesAskedOnConnectionNodes(fieldNodes, info.fragments),
    links: linksAskedOnEdges(fieldNodes, info.fragments),
    children: neighbours.flatMap((selected) => hopsOnNode(selected, info)),
    ...(neighbours.length === 1 ? { neighbours: neighbours[0] } : {}),
  };
}

function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, info: GraphQLResolveInfo): Record<string, unknown> | undefined {
  try {
    return getArgumentValues(field, node, info.variableValues);
  } catch {
    return undefined;
  }
}

/** The page the field would ask for, or none where it would refuse its arguments. */
function pageOf(args: Record<string, unknown>): Page | undefined {
  const { first, after, last, before } = args;
  if (last != null || before != null) return undefined;
  if ((first != null && typeof first !== 'number') || (after != null && typeof after !== 'string')) return undefined;
  try {
    return pageFor({ first: typeof first === 'number' ? first : null, after: typeof after === 'string' ? after : null });
  } catch {
    return undefined;
  }
}

function typesOf(spec: HopFieldSpec, role: unknown) {
  return spec.roles && role != null ? spec.hop.types.filter((type) => type === role) : spec.hop.types;
}

function objectType(type: GraphQLOutputType | undefined): GraphQLObjectType | undefined {
  const named = type && getNamedType(type);
  return named && isObjectType(named) ? named : undefined;
}

/** The fields `name` selected under these nodes, by response key (aliases apart). */
function fieldsNamed(fieldNodes: readonly FieldNode[], type: GraphQLObjectType, name: string, info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const named = new Map<string, FieldNode[]>();
  for (const [key, nodes] of fieldsUnder(fieldNodes, type, info)) if (nodes[0]?.name.value === name) named.set(key, nodes);
  return named;
}

/** Every field selected under these nodes on `type`, by response key, through fragments on that type. */
function fieldsUnder(fieldNodes: readonly FieldNode[], type: GraphQLObjectType, info: GraphQLResolveInfo): Map<string, FieldNode[]> {
  const fields = new Map<string, FieldNode[]>();
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      // A directive decides at execution whether the field runs: left to the field's own loader.
      if (selection.directives && selection.directives.length > 0) continue;
      if (selection.kind === Kind.FIELD) {
        const key = selection.alias?.value ?? selection.name.value;
        fields.set(key, [...(fields.get(key) ?? []), selection]);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        if (!selection.typeCondition || selection.typeCondition.name.value === type.name) visit(selection.selectionSet);
      } else {
        const fragment = info.fragments[selection.name.value];
        if (fragment && fragment.typeCondition.name.value === type.name) visit(fragment.selectionSet);
      }
    }
  };
  for (const node of fieldNodes) if (node.selectionSet) visit(node.selectionSet);
  return fields;
}
