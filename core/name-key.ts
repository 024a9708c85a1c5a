/**
 * The one name rule: the matching key of a name is lower case, letters and digits only (the
 * normalisation the gold scorer uses), so "MT-bench", "MT Bench", "mtbench" and "mt-bench" are
 * one key. Ingest merges names by it, and the API looks names up by it (nodes store the keys
 * of all their names as `nameKeys`).
 */
export function nameKey(name: string): string {
  // Fast path for plain ASCII (nearly every name): same result, no Unicode normalisation.
  let key = '';
  for (let i = 0; i < name.length; i++) {
    const code = name.charCodeAt(i);
    if (code > 127) return name.normalize('NFKC').toLowerCase().replace(NON_WORD, '');
    if ((code >= 97 && code <= 122) || (code >= 48 && code <= 57)) key += name[i];
    else if (code >= 65 && code <= 90) key += String.fromCharCode(code + 32);
  }
  return key;
}

const NON_WORD = /[^\p{L}\p{N}]+/gu;
