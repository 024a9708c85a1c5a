import { defineComponent } from '../component.js';
import { prepareText } from '../prepared-text.js';

/** Cleans the title and abstract into the one text every later offset refers to. */
export const prepareTextComponent = defineComponent({
  name: 'prepare-text',
  requires: ['document'],
  assigns: ['text'],
  run: ({ document }) => ({ text: prepareText(document.title, document.abstract) }),
});
