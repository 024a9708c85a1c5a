import type { ExtractionFields, FieldName } from './extraction-fields.js';

/**
 * One step of the extraction pipeline (modelled on spaCy's pipeline components): it declares the
 * fields it requires and the fields it assigns, and `run` is pure: it reads only the required
 * fields (its input type has no others) and returns exactly the assigned ones.
 */
export interface Component<R extends FieldName, A extends FieldName> {
  readonly name: string;
  readonly requires: readonly R[];
  readonly assigns: readonly A[];
  // NoInfer: the declared lists, not what run happens to use or return, decide the fields.
  run(input: Pick<ExtractionFields, NoInfer<R>>): Pick<ExtractionFields, NoInfer<A>>;
}

/** Any component, as the pipeline holds them in one list. */
export interface PipelineComponent {
  readonly name: string;
  readonly requires: readonly FieldName[];
  readonly assigns: readonly FieldName[];
  run(input: ExtractionFields): Partial<ExtractionFields>;
}

/** Declares a component, inferring its fields from `requires` and `assigns`. */
export function defineComponent<R extends FieldName, A extends FieldName>(component: Component<R, A>): Component<R, A> {
  return component;
}
