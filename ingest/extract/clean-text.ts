/**
 * Text clean-up before extraction: markup from ACL Anthology abstracts (`<fixed-case>`,
 * `<tex-math>`, `<b>`, `<i>`, `<url>`, XML entities), LaTeX leftovers (`\model~`, `\%`,
 * `48\%sim66\%`, `\text{EVL}_{\text{Gen}}`), mangled unicode escapes (`tasksx2013especially`),
 * markdown emphasis and odd spacing. Every later component works on the cleaned text, so all
 * offsets and evidence refer to it.
 */

// Escaped code points that lost their backslash in the source ("x2013" for an en dash).
const MANGLED_ESCAPE = /([a-z])x(20(?:1[3-9a-d]|2[26]))(?=[a-z])/g;
const ODD_SPACE_CHARS = ['\t', '\u00a0', '\u2009', '\u202f'];
const SPACE_PUNCTUATION = [',', '.', ';', ':'];
const SPACED_ESCAPES = new Set(['2013', '2014']);

// Inline tags that only format their text: dropped, their text kept ("<b>C</b>hain" -> "Chain").
const FORMATTING_TAG = /<\/?(?:fixed-case|b|i|em|strong|sup|sub|tt|span)\b[^>]*>/gi;
// Tags that wrap a whole unit (a URL, a formula): kept apart from the words around them.
const UNIT_TAG = /<\/?(?:url|tex-math|math)\b[^>]*>/gi;
const MARKUP_HINT = /<\/?[a-z]|&#?\w+;/i;
const XML_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

// Math commands with a readable character of their own; other commands are placeholders.
const MATH_SYMBOLS: Record<string, string> = {
  approx: '≈', sim: '~', times: '×', pm: '±', leq: '≤', geq: '≥', le: '≤', ge: '≥', neq: '≠',
  rightarrow: '→', to: '→', cdot: '·', infty: '∞', alpha: 'α', beta: 'β', gamma: 'γ', delta: 'δ',
  epsilon: 'ε', lambda: 'λ', mu: 'μ', pi: 'π', rho: 'ρ', sigma: 'σ', tau: 'τ', theta: 'θ',
};

export function cleanText(raw: string): string {
  let text = raw;
  // Most abstracts need none of the markup, LaTeX and markdown repairs: skip them cheaply.
  // Every markup hint holds a "<" or a "&": two character searches spare most texts the pattern's scan.
  if ((text.includes('<') || text.includes('&')) && MARKUP_HINT.test(text)) text = removeMarkup(text);
  if (text.includes('\\')) text = repairLatex(text);
  if (text.includes('x20')) text = text.replace(MANGLED_ESCAPE, unmangle);
  if (text.includes('*')) text = repairMarkdown(text);
  if (text.includes('~')) text = text.replace(/~(?=[A-Za-z])/g, ' ');
  // includes() per character finds none faster than a character class tried at every offset.
  if (text.includes('  ') || ODD_SPACE_CHARS.some((c) => text.includes(c))) text = text.replace(/[ \t\u00a0\u2009\u202f]+/g, ' ');
  if (hasSpaceBeforePunctuation(text)) text = text.replace(/ ([,.;:])(?= |$)/g, '$1');
  return text.trim();
}

/**
 * Whether / [,.;:](?= |$)/ matches, found from the punctuation marks (a few dozen per abstract)
 * rather than from every space, where the pattern starts its tries.
 */
function hasSpaceBeforePunctuation(text: string): boolean {
  for (const mark of SPACE_PUNCTUATION) {
    for (let at = text.indexOf(mark); at >= 0; at = text.indexOf(mark, at + 1)) {
      if (text.charCodeAt(at - 1) === 32 && (at + 1 === text.length || text.charCodeAt(at + 1) === 32)) return true;
    }
  }
  return false;
}

function removeMarkup(text: string): string {
  return text
    .replace(FORMATTING_TAG, '')
    .replace(UNIT_TAG, (tag, offset: number, whole: string) => spaceAround(tag, offset, whole))
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => XML_ENTITIES[name]!)
    .replace(/&#(\d+);/g, (_m, code: string) => String.fromCodePoint(Number(code)));
}

/** A unit tag becomes a space where it would glue its content to a word ("at<url>" -> "at "). */
function spaceAround(tag: string, offset: number, whole: string): string {
  const closing = tag.startsWith('</');
  const neighbour = closing ? whole[offset + tag.length] : whole[offset - 1];
  return neighbour !== undefined && /[\p{L}\p{N}]/u.test(neighbour) ? ' ' : '';
}

function unmangle(_match: string, before: string, hex: string): string {
  const char = String.fromCharCode(parseInt(hex, 16));
  return SPACED_ESCAPES.has(hex) ? `${before} ${char} ` : `${before}${char}`;
}

function repairLatex(raw: string): string {
  return (
    raw
      // \% \& \_ \# \$ are escaped characters, not commands.
      .replace(/\\([%&_#$])/g, '$1')
      // "48%sim66%" or "48%\sim 66%": a range.
      .replace(/%\s*\\?sim\s*(?=\d)/g, '%–')
      .replace(/\\sim\b/g, '~')
      // Formatting commands keep their argument: \textbf{X} -> X, \hat{\rho} -> \rho (then ρ).
      .replace(/\\(?:textbf|textit|texttt|textrm|textsf|emph|mathrm|mathbf|mathit|mathsf|mathtt|boldsymbol|text|textsc|mathcal|hat|tilde|bar|overline)\{([^{}]*)\}/g, '$1')
      // Symbols keep their meaning: "\approx 27%" -> "≈ 27%".
      .replace(/\\([A-Za-z]+)\b/g, (command: string, name: string) => MATH_SYMBOLS[name] ?? command)
      // Any other command (\model, \ours, ...) is a placeholder, not a name: dropped with its tie (~).
      .replace(/\\[A-Za-z]+\*?~?/g, ' ')
      // A backslash before a space or punctuation is a LaTeX spacing leftover.
      .replace(/\\(?=[\s,.;:])/g, '')
      // Sub- and superscripts of a written name keep their letters: "EVL_{Gen}" -> "EVL_Gen".
      .replace(/([\p{L}\p{N}])([_^])\{([\p{L}\p{N}]+)\}/gu, '$1$2$3')
      .replace(/\{([^{}]*)\}/g, '$1')
      // Brackets left empty by a dropped placeholder.
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
  );
}

/** Markdown emphasis: **X** and *X* (but not "*PO" or "a * b"). */
function repairMarkdown(text: string): string {
  return text.replace(/\*\*([^*]+?)\*\*/g, '$1').replace(/(^|[\s("'])\*(?!\s)([^*\n]+?)(?<!\s)\*(?=[\s.,;:!?)"']|$)/g, '$1$2');
}
