import { describe, expect, it } from 'vitest';
import { entityNamesComponent } from '../../../../ingest/extract/components/entity-names.js';
import { fieldsOf } from '../document-fixture.js';

describe('the entity-names component', () => {
  it('groups mentions into names, and joins no acronym pair with a half inside a URL', () => {
    const fields = fieldsOf('A study', 'Our models are at https://x.com/FBB (Foo Bar Baz) and we propose FooNet. FooNet beats Foo Bar Baz.');
    const { names } = entityNamesComponent.run(fields);
    expect(names.map((n) => [n.name, n.aliases, n.mentions.length])).toEqual([
      ['Foo Bar Baz', ['Foo Bar Baz'], 1],
      ['FooNet', ['FooNet'], 2],
    ]);
  });

  it("merges a shorthand into the proposed name it ends with, and proposes a proposed name's sized variants", () => {
    const merged = entityNamesComponent.run(fieldsOf('Reasoning Like an Economist: Post-Training on Economic Problems', 'We study Reasoning Like an Economist in LLMs. ECONomist models generalize.'));
    expect(merged.names.map((n) => [n.name, n.aliases, n.mentions.length])).toEqual([['Reasoning Like an Economist', ['Reasoning Like an Economist', 'ECONomist'], 2]]);
    const sized = entityNamesComponent.run(fieldsOf('A study', 'We also propose Aligner, and Aligner-7B beats it.'));
    expect(sized.names.map((n) => [n.name, n.proposed])).toEqual([['Aligner', true], ['Aligner-7B', true]]);
  });

  it('names a known technique by both halves of its pair where the long form is a paradigm, and keeps other paradigm pairs out', () => {
    const { names } = entityNamesComponent.run(fieldsOf('A study', 'We apply supervised fine-tuning (SFT) to a parser, then compare with reinforcement learning (RL).'));
    expect(names.map((n) => [n.name, n.aliases])).toEqual([['SFT', ['SFT', 'supervised fine-tuning']]]);
    // A metric spelled out is no technique: "attack success rate (ASR)" names no ASR entity.
    const metric = entityNamesComponent.run(fieldsOf('A study', 'The attack success rate (ASR) of the jailbreak rises.'));
    expect(metric.names.map((n) => n.name)).not.toContain('attack success rate');
  });

  it('takes the plural of a known model name for that model', () => {
    const { names } = entityNamesComponent.run(fieldsOf('A study', 'Custom GPTs leak their instructions.'));
    expect(names.map((n) => [n.name, n.lexiconName])).toEqual([['GPT', 'GPT']]);
    expect(names[0]!.aliases).toContain('GPTs');
  });
});
