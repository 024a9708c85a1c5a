import type { PaperDocument } from '../document.js';
import type { PipelineComponent } from './component.js';
import type { ExtractionFields, FieldName } from './extraction-fields.js';

/**
 * One document's fields as the components fill them in. Reading a field before it is assigned,
 * or a component returning other fields than it declares, is a bug in the pipeline and throws
 * (the order check at load time rules out the first for the shipped list).
 */
export class DocumentState implements ExtractionFields {
  private readonly values: Partial<ExtractionFields>;

  constructor(document: PaperDocument) {
    this.values = { document };
  }

  /** Runs one component on the fields so far and stores what it assigns. */
  apply(component: PipelineComponent): void {
    const result = component.run(this);
    let returned = 0;
    for (const _field in result) returned++;
    if (returned !== component.assigns.length) {
      throw new Error(`extraction: "${component.name}" returned ${Object.keys(result).join(', ')}, not what it assigns (${component.assigns.join(', ')})`);
    }
    for (const field of component.assigns) {
      if (result[field] === undefined) throw new Error(`extraction: "${component.name}" did not assign "${field}"`);
      copyField(this.values, result, field);
    }
  }

  get document() { return this.read('document'); }
  get text() { return this.read('text'); }
  get tokens() { return this.read('tokens'); }
  get urlSpans() { return this.read('urlSpans'); }
  get repos() { return this.read('repos'); }
  get acronymPairs() { return this.read('acronymPairs'); }
  get candidates() { return this.read('candidates'); }
  get proposals() { return this.read('proposals'); }
  get names() { return this.read('names'); }
  get types() { return this.read('types'); }
  get evidence() { return this.read('evidence'); }
  get entities() { return this.read('entities'); }
  get evaluations() { return this.read('evaluations'); }
  get tasks() { return this.read('tasks'); }

  private read<F extends FieldName>(field: F): ExtractionFields[F] {
    const value = this.values[field];
    if (value === undefined) throw new Error(`extraction: "${field}" was read before a component assigned it`);
    return value;
  }
}

function copyField<F extends FieldName>(to: Partial<ExtractionFields>, from: Partial<ExtractionFields>, field: F): void {
  to[field] = from[field];
}
