/**
 * Whether a text that sits where a paper title belongs is a citation instead: leaderboards
 * copied from papers and wikis put reference marks ("[10]", "[13] [code]", "[Preprint] [2]")
 * and author-year citations ("Xiaodong Liu et al. '19", "Munkhdalai & Yu '16b", "Nie and
 * Bansal '17", "(Peters et al., 2018)") in `paper_title`. Such a text names no paper by itself,
 * so no Paper node may be made of it; it stays on the result as the row's citation.
 */

// One or more bracketed marks and nothing else: "[10]", "[6] [11]", "[13] [code]".
const REFERENCE_MARKS = /^(?:\s*\[[^\][]{1,40}\])+\s*$/u;
// A year as citations end in: "'19", "’16b", "2018", "2018a", optionally in parentheses.
const TRAILING_YEAR = /[\s,]*\(?\s*(?:['’`]\d{2}|(?:19|20)\d{2})[a-z]?\s*\)?\s*$/u;
const ET_AL = /\bet\s+al\b\.?/iu;
// An author name word: capitalised, possibly hyphenated or with an apostrophe ("O'Neil", "Rocktäschel").
const NAME_WORD = /^\p{Lu}[\p{L}'’-]*\.?$/u;
const JOINERS = new Set(['and', '&', 'et', 'al', 'al.', 'von', 'van', 'de', 'der', 'den', 'da', 'di', 'le', 'la', 'du']);

export function isCitationText(text: string): boolean {
  const trimmed = text.trim().replace(/^\((.*)\)$/u, '$1').trim();
  if (REFERENCE_MARKS.test(trimmed)) return true;
  const year = TRAILING_YEAR.exec(trimmed);
  if (!year || year.index === 0) return false;
  const authors = trimmed.slice(0, year.index).replace(/[\s,]+$/u, '');
  const words = authors.split(/\s+/u).filter(Boolean);
  // Author lists are short and made of names; a title ending in a year ("SemEval 2017") has none of "et al." or an apostrophe year.
  if (words.length === 0 || words.length > 7) return false;
  if (!words.every((word) => NAME_WORD.test(word) || JOINERS.has(word.toLowerCase()))) return false;
  const apostropheYear = /['’`]\d{2}/u.test(year[0]);
  // "Smith and Jones (2019)", "Smith & Jones, 2019"; a bare year after "X and Y" may end a title.
  const setOffYear = /^[\s,]*,|\(/u.test(year[0]);
  return ET_AL.test(authors) || apostropheYear || (setOffYear && words.some((word) => word === '&' || word === 'and'));
}
