import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the client asked for `name` directly under this field (through fragments too). A
 * connection's totalCount costs a count over every neighbour; asked for or not is known before
 * the query is sent, so the count is left out when nobody will read it.
 */
export function selectsField(info: GraphQLResolveInfo, name: string): boolean {
  return info.fieldNodes.some((node) => node.selectionSet !== undefined && inSelection(node.selectionSet, name, info));
}

function inSelection(set: SelectionSetNode, name: string, info: GraphQLResolveInfo): boolean {
  return set.selections.some((selection) => {
    if (selection.kind === Kind.FIELD) return selection.name.value === name;
    if (selection.kind === Kind.INLINE_FRAGMENT) return inSelection(selection.selectionSet, name, info);
    const fragment = info.fragments[selection.name.value];
    return fragment !== undefined && inSelection(fragment.selectionSet, name, info);
  });
}
