/**
 * The readable part of every canonical key: lower case, accents dropped, runs of anything but
 * latin letters and digits one hyphen ("MT-Bench" and "mt bench" are both `mt-bench`). Keys
 * are for URLs and ids; names are matched by nameKey (name-key.ts), which also joins what
 * hyphens and spaces separate ("GPT4" and "GPT-4"). Two names are one entity when either agrees.
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
