import { describe, expect, it } from 'vitest';
import { EXTRACTOR_NAMES, MENTION_EXTRACTORS, TASK_EXTRACTORS } from '../../../ingest/extract/extractor-names.js';
import { extractPaper } from '../../../ingest/extract/pipeline.js';
import { CorpusResolver } from '../../../ingest/resolve/corpus-resolver.js';
import { doc } from './document-fixture.js';

describe('extractor names', () => {
  it('are one closed list without repeats', () => {
    expect(new Set(EXTRACTOR_NAMES).size).toBe(EXTRACTOR_NAMES.length);
    expect(EXTRACTOR_NAMES).toEqual(expect.arrayContaining([...MENTION_EXTRACTORS, ...TASK_EXTRACTORS, 'evaluation', 'repo-urls', 'variant-name']));
  });

  it('cover every extractor written on mentions, tasks, evaluations and edges', () => {
    const extraction = extractPaper(
      doc(
        'CoMat: Aligning Text-to-Image Diffusion Models for Image Captioning',
        'We propose CoMat, which fine-tunes SDXL to obtain CoMat-SDXL. Direct Preference Optimization (DPO) and the Jamendo dataset are used. ' +
          'CoMat outperforms DPO on the COCO benchmark. Code: https://github.com/foo/CoMat.',
      ),
    );
    const resolver = new CorpusResolver();
    resolver.add(extraction);
    const written = [
      ...extraction.entities.flatMap((e) => [e.extractor, ...e.mentions.map((m) => m.extractor)]),
      ...extraction.tasks.map((t) => t.extractor),
      ...extraction.evaluations.map((p) => p.extractor),
      ...resolver.records(extraction).edges.map((e) => e.props.extractor),
    ];
    expect(written.length).toBeGreaterThan(5);
    for (const name of written) expect(EXTRACTOR_NAMES).toContain(name);
  });
});
