import { EvidenceRef, PaperRef } from '../refs.js';

EvidenceRef.implement({
  description: 'Where a text-derived link comes from: the sentence, who extracted it and how sure it was.',
  fields: (t) => ({
    sentence: t.exposeString('sentence', { description: 'The sentence the link was read from.' }),
    extractor: t.string({ nullable: true, description: 'The extraction rule that found it.', resolve: (e) => e.extractor }),
    confidence: t.float({ nullable: true, description: 'Extractor confidence, 0 to 1.', resolve: (e) => e.confidence }),
    paper: t.field({
      type: PaperRef,
      nullable: true,
      description: 'The paper the sentence is from.',
      resolve: (e) => e.paperId,
    }),
  }),
});
