import type { PaperEntity } from './entities.js';
import { nameKey } from '../../core/name-key.js';

/**
 * Names a paper derives from its own proposed names: the shorthand "HybridReasoning" for
 * "NL-FL HybridReasoning" is the same entity, and sized or combined variants ("Aligner-7B",
 * "CoMat-SDXL") are proposed with their base name.
 */
export function mergeVariants(entities: PaperEntity[]): PaperEntity[] {
  const proposed = entities.filter((e) => e.proposed && !e.lexiconName);
  const merged = new Set<PaperEntity>();
  for (const entity of entities) {
    if (entity.proposed || entity.lexiconName || /\s/.test(entity.name)) continue;
    const whole = proposed.find((p) => p !== entity && /\s/.test(p.name) && nameKey(p.name.split(/\s+/).at(-1)!) === entity.key);
    if (whole) {
      whole.aliases = [...new Set([...whole.aliases, ...entity.aliases])];
      whole.mentions = [...whole.mentions, ...entity.mentions].sort((a, b) => a.start - b.start);
      merged.add(entity);
      continue;
    }
    if (proposed.some((p) => !/\s/.test(p.name) && entity.name.startsWith(`${p.name}-`))) entity.proposed = true;
  }
  return entities.filter((e) => !merged.has(e));
}
