import type { PipelineComponent } from './component.js';
import type { FieldName } from './extraction-fields.js';

/**
 * Whether a list of components can run in its order: every field a component requires is given
 * or assigned by an earlier component, no field is assigned twice, and the fields the caller
 * reads at the end are all assigned. Returns the problems, empty when the order is sound.
 */
export function componentOrderProblems(
  components: readonly PipelineComponent[],
  fields: { given: readonly FieldName[]; outputs: readonly FieldName[] },
): string[] {
  const problems: string[] = [];
  const assignedBy = new Map<FieldName, string>(fields.given.map((field) => [field, 'the input']));
  const names = new Set<string>();
  for (const component of components) {
    if (names.has(component.name)) problems.push(`two components are named "${component.name}"`);
    names.add(component.name);
    for (const field of component.requires) {
      if (!assignedBy.has(field)) problems.push(`"${component.name}" requires "${field}", which no earlier component assigns`);
    }
    for (const field of component.assigns) {
      const earlier = assignedBy.get(field);
      if (earlier) problems.push(`"${component.name}" assigns "${field}", already assigned by ${earlier}`);
      else assignedBy.set(field, `"${component.name}"`);
    }
  }
  for (const field of fields.outputs) {
    if (!assignedBy.has(field)) problems.push(`the output needs "${field}", which no component assigns`);
  }
  return problems;
}

/** Throws when the order is unsound, naming every problem. */
export function assertComponentOrder(
  components: readonly PipelineComponent[],
  fields: { given: readonly FieldName[]; outputs: readonly FieldName[] },
): void {
  const problems = componentOrderProblems(components, fields);
  if (problems.length > 0) throw new Error(`extraction pipeline out of order: ${problems.join('; ')}`);
}
