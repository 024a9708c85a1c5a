/**
 * The matching key of a name: lower case, letters and digits only, the same normalisation
 * the gold scorer uses, so "MT-bench", "MT Bench" and "mt-bench" are one key.
 */
export function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
