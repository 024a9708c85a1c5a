import type { ResolvedEntity } from './resolved-entity.js';

/** Joiners that make a name a combination ("SFT+RLHF"), not a variant. */
const COMBINATION = /[+&/()]|\band\b|\bwith\b/i;
/** Modifiers that describe a use of the base ("CTC-based"), not a variant of it. */
const NOT_VARIANT_MODIFIERS = new Set(['based', 'style', 'like', 'free', 'aware', 'driven', 'guided', 'inspired', 'only', 'specific', 'type']);
const MAX_MODIFIER_WORDS = 2;

/**
 * The method a method's name makes it a variant of: a known method name with a short modifier
 * before or after it ("TR-DPO", "Selective DPO", "online DPO", "RLHF-V"). The base must be
 * another known Method; combinations and long phrases are not variants.
 */
export function variantBase(
  self: ResolvedEntity,
  lookup: (name: string) => ResolvedEntity | undefined,
): ResolvedEntity | undefined {
  if (self.label !== 'Method' || COMBINATION.test(self.name)) return undefined;
  const parts = self.name.split(/[\s-]+/).filter(Boolean);
  if (parts.length < 2) return undefined;
  const candidates: Array<{ base: string; modifier: string[] }> = [];
  for (let i = 1; i < parts.length; i += 1) {
    candidates.push({ base: parts.slice(i).join(' '), modifier: parts.slice(0, i) }); // modifier first: "Selective DPO"
    candidates.push({ base: parts.slice(0, parts.length - i).join(' '), modifier: parts.slice(parts.length - i) }); // base first: "RLHF-V"
  }
  for (const { base, modifier } of candidates) {
    if (modifier.length > MAX_MODIFIER_WORDS || base.length < 2) continue;
    if (modifier.some((word) => NOT_VARIANT_MODIFIERS.has(word.toLowerCase()))) continue;
    const found = lookup(base);
    if (!found || found.label !== 'Method' || found.id === self.id || !sameSpelling(found.name, base)) continue;
    // A long form resolved apart from its short form is the same method, not a variant.
    if (found.fullName !== undefined && sameSpelling(found.fullName.toLowerCase(), self.name.toLowerCase())) continue;
    return found;
  }
  return undefined;
}

/** Spaces and hyphens aside, the base as written is the method's own name, case and all ("Pro" is not "PRO"). */
function sameSpelling(name: string, written: string): boolean {
  return name.split(/[\s-]+/).join(' ') === written.split(/[\s-]+/).join(' ');
}
