import { describe, expect, it } from 'vitest';
import { defineComponent, type PipelineComponent } from '../../../ingest/extract/component.js';
import { assertComponentOrder, componentOrderProblems } from '../../../ingest/extract/component-order.js';
import { COMPONENTS, PIPELINE_FIELDS } from '../../../ingest/extract/pipeline.js';

const named = (name: string) => COMPONENTS.find((c) => c.name === name)!;
const without = (name: string) => COMPONENTS.filter((c) => c.name !== name);

describe('component order', () => {
  it('accepts the shipped list', () => {
    expect(componentOrderProblems(COMPONENTS, PIPELINE_FIELDS)).toEqual([]);
    expect(() => assertComponentOrder(COMPONENTS, PIPELINE_FIELDS)).not.toThrow();
  });

  it('refuses a component placed before what it requires', () => {
    // Tasks moved to the front: it needs the entities, the text, the candidates and the pairs, which come later.
    const misordered = [named('tasks'), ...without('tasks')];
    expect(componentOrderProblems(misordered, PIPELINE_FIELDS)).toEqual([
      '"tasks" requires "entities", which no earlier component assigns',
      '"tasks" requires "text", which no earlier component assigns',
      '"tasks" requires "candidates", which no earlier component assigns',
      '"tasks" requires "acronymPairs", which no earlier component assigns',
    ]);
    expect(() => assertComponentOrder(misordered, PIPELINE_FIELDS)).toThrow(/out of order: "tasks" requires "entities"/);
  });

  it('refuses typing before grouping', () => {
    const types = named('entity-types');
    const names = named('entity-names');
    const swapped = COMPONENTS.map((c) => (c === types ? names : c === names ? types : c));
    expect(componentOrderProblems(swapped, PIPELINE_FIELDS)).toEqual(['"entity-types" requires "names", which no earlier component assigns']);
  });

  it('refuses a field assigned twice', () => {
    const secondTokenizer: PipelineComponent = defineComponent({ name: 'other-tokens', requires: ['text'], assigns: ['tokens'], run: () => ({ tokens: [] }) });
    const twice = [...COMPONENTS.slice(0, 2), secondTokenizer, ...COMPONENTS.slice(2)];
    expect(componentOrderProblems(twice, PIPELINE_FIELDS)).toEqual(['"other-tokens" assigns "tokens", already assigned by "tokenize"']);
  });

  it('refuses a list that leaves an output unassigned, or repeats a name', () => {
    expect(componentOrderProblems(without('evaluations'), PIPELINE_FIELDS)).toEqual(['the output needs "evaluations", which no component assigns']);
    expect(componentOrderProblems([...COMPONENTS, named('tasks')], PIPELINE_FIELDS)).toEqual([
      'two components are named "tasks"',
      '"tasks" assigns "tasks", already assigned by "tasks"',
    ]);
  });
});
