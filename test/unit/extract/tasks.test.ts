import { describe, expect, it } from 'vitest';
import { isTaskName } from '../../../ingest/extract/tasks.js';
import { gold } from './document-fixture.js';

describe('tasks', () => {
  it('gives one to three lower-case tasks', () => {
    const record = gold('Soft-Label Alignment for Image-Text Retrieval', 'Image-text retrieval matters. We study object detection and machine translation too.');
    expect(record.tasks[0]).toBe('image-text retrieval');
    expect(record.tasks.length).toBeLessThanOrEqual(3);
    for (const task of record.tasks) expect(task).toBe(task.toLowerCase());
  });

  it('takes a long form that names a task as a task, not as a proposal', () => {
    const record = gold('A study', 'We introduce leaf vein segmentation (LVS), a new problem.');
    expect(record.tasks).toEqual(['leaf vein segmentation']);
    expect(record.proposed).toEqual([]);
  });

  it('tells task names by their head noun, in lower case', () => {
    expect(isTaskName('handwritten text recognition')).toBe(true);
    expect(isTaskName('the matching problem')).toBe(true);
    expect(isTaskName('Handwritten Text Recognition')).toBe(false);
    expect(isTaskName('coral reef counting')).toBe(false);
  });
});
