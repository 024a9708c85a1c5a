import { defineComponent } from '../component.js';
import { sentenceAt } from '../sentences.js';

/** Why each name is there: the sentence of its first mention. */
export const entityEvidenceComponent = defineComponent({
  name: 'entity-evidence',
  requires: ['names', 'text'],
  assigns: ['evidence'],
  run: ({ names, text }) => ({ evidence: names.map((name) => sentenceAt(text.sentences, name.mentions[0]!.start)?.text ?? '') }),
});
