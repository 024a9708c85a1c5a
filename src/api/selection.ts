import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client asked for `name` directly under this field (through fragments too). A
 * connection's totalCount costs a count over every neighbour; asked for or not is known before
 * the query is sent, so the count is left out when nobody will read it.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return selectsFieldUnder(info.fieldNodes, name, info.fragments);
}

/** The same for the field nodes of a field not resolved yet (a nested hop compiled into its parent's query). */
export function selectsFieldUnder(fieldNodes: readonly FieldNode[], name: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return fieldNodes.some((node) => node.selectionSet !== undefined && inSelection(node.selectionSet, name, fragments));
}

function inSelection(set: SelectionSetNode, name: string, fragments: Record<string, FragmentDefinitionNode>): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return inSelection(selection.selectionSet, name, fragments);
    const fragment = fragments[selection.name.value];
    return fragment !== undefined && inSelection(fragment.selectionSet, name, fragments);
  });
}
