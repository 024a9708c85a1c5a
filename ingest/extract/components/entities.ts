import { defineComponent } from '../component.js';
import type { PaperEntity } from '../entities.js';
import type { EntityTyping } from '../entity-type.js';
import { isUntypedAcronym } from '../untyped-acronyms.js';

/** The paper's entities: each name with its type and evidence (same order as the names), but for undefined acronyms nothing typed. */
export const entitiesComponent = defineComponent({
  name: 'entities',
  requires: ['names', 'types', 'evidence', 'text'],
  assigns: ['entities'],
  run: ({ names, types, evidence, text }) => ({
    entities: names.map((name, i) => withTypeAndEvidence(name, types[i]!, evidence[i]!)).filter((entity) => !isUntypedAcronym(entity, text)),
  }),
});

/** The name with its type and evidence, field by field: one object shape for every entity (a spread copies the name's own). */
function withTypeAndEvidence(name: PaperEntity, typing: EntityTyping, evidence: string): PaperEntity {
  return {
    key: name.key,
    name: name.name,
    fullName: name.fullName,
    aliases: name.aliases,
    label: typing.label,
    lexiconName: name.lexiconName,
    proposed: typing.proposed,
    confidence: name.confidence,
    extractor: name.extractor,
    mentions: name.mentions,
    labelHints: typing.labelHints,
    evidence,
  };
}
