/**
 * The one normalisation behind every canonical id: case, accents, punctuation and
 * spacing never split an entity ("MT-Bench", "mt bench" and "MT Bench" share one slug).
 */
export function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
