import { defineComponent } from '../component.js';
import { tokenize } from '../tokens.js';

/** Word tokens with offsets, shared by every component that walks words. */
export const tokenizeComponent = defineComponent({
  name: 'tokenize',
  requires: ['text'],
  assigns: ['tokens'],
  run: ({ text }) => ({ tokens: tokenize(text.text) }),
});
