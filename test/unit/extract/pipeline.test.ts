import { describe, expect, it } from 'vitest';
import { componentOrderProblems } from '../../../ingest/extract/component-order.js';
import { COMPONENTS, extractPaper, PIPELINE_FIELDS, runComponents } from '../../../ingest/extract/pipeline.js';
import { doc } from './document-fixture.js';

describe('the extraction pipeline', () => {
  it('runs its components in a sound order', () => {
    expect(componentOrderProblems(COMPONENTS, PIPELINE_FIELDS)).toEqual([]);
  });

  it('assigns every field a component declares, and the extraction is made of them', () => {
    const paper = doc('FooNet for Image Captioning', 'We propose FooNet, evaluated on COCO. Code: https://github.com/foo/FooNet.');
    const state = runComponents(paper);
    for (const component of COMPONENTS) for (const field of component.assigns) expect(state[field], field).toBeDefined();
    expect(extractPaper(paper)).toEqual({
      paperId: paper.id,
      title: paper.title,
      text: state.text.text,
      entities: state.entities,
      tasks: state.tasks,
      repos: state.repos,
      evaluations: state.evaluations,
    });
  });

  it('gives byte-identical output for the same input', () => {
    const input = doc('CoMat: Aligning Diffusion', 'We propose CoMat, which fine-tunes SDXL to obtain CoMat-SDXL, evaluated on COCO.');
    expect(JSON.stringify(extractPaper(input))).toBe(JSON.stringify(extractPaper(input)));
  });
});
