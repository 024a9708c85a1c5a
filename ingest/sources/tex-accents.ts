/**
 * TeX accent commands as the letters they make (`Bal\'azs` is `Balázs`, `{\"o}` is `ö`):
 * arXiv metadata writes author names and titles this way.
 */
const COMBINING: Record<string, string> = {
  "'": '\u0301',
  '`': '\u0300',
  '^': '\u0302',
  '"': '\u0308',
  '~': '\u0303',
  '=': '\u0304',
  '.': '\u0307',
  c: '\u0327',
  v: '\u030C',
  u: '\u0306',
  H: '\u030B',
  k: '\u0328',
};

const LETTERS: Record<string, string> = { ss: 'ß', o: 'ø', O: 'Ø', l: 'ł', L: 'Ł', ae: 'æ', AE: 'Æ', aa: 'å', AA: 'Å', i: 'ı' };

// {\'a}, \'{a}, \'a, \c{c}, \c c; and the letter commands \o, \ss, ... (not followed by a letter).
const ACCENT = /\{?\\(['`^"~=.]|[cvuHk](?=[{\s]))\s*(?:\{([A-Za-z])\}|([A-Za-z]))\}?/g;
const LETTER = /\{?\\(ss|ae|AE|aa|AA|o|O|l|L|i)(?![A-Za-z])\}?/g;

export function decodeTexAccents(text: string): string {
  if (!text.includes('\\')) return text;
  return text
    .replace(ACCENT, (_whole, accent: string, braced?: string, bare?: string) => `${braced ?? bare}${COMBINING[accent] ?? ''}`)
    .replace(LETTER, (whole, name: string) => LETTERS[name] ?? whole)
    .normalize('NFC');
}
