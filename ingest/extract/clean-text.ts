/**
 * Text clean-up before extraction: LaTeX leftovers (`\model~`, `\%`, `48\%sim66\%`), mangled
 * unicode escapes (`tasksx2013especially`), markdown emphasis and odd spacing. Every later
 * component works on the cleaned text, so all offsets and evidence refer to it.
 */

// Escaped code points that lost their backslash in the source ("x2013" for an en dash).
const MANGLED_ESCAPE = /([a-z])x(20(?:1[3-9a-d]|2[26]))(?=[a-z])/g;
const ODD_SPACE = /[ \t\u00a0\u2009\u202f]{2}|[\t\u00a0\u2009\u202f]/;
const SPACE_BEFORE_PUNCTUATION = / [,.;:](?= |$)/;
const SPACED_ESCAPES = new Set(['2013', '2014']);

export function cleanText(raw: string): string {
  let text = raw;
  // Most abstracts need none of the LaTeX and markdown repairs: skip them cheaply.
  if (text.includes('\\')) text = repairLatex(text);
  if (text.includes('x20')) text = text.replace(MANGLED_ESCAPE, unmangle);
  if (text.includes('*')) text = repairMarkdown(text);
  if (text.includes('~')) text = text.replace(/~(?=[A-Za-z])/g, ' ');
  if (ODD_SPACE.test(text)) text = text.replace(/[ \t\u00a0\u2009\u202f]+/g, ' ');
  if (SPACE_BEFORE_PUNCTUATION.test(text)) text = text.replace(/ ([,.;:])(?= |$)/g, '$1');
  return text.trim();
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
      // Formatting commands keep their argument: \textbf{X} -> X.
      .replace(/\\(?:textbf|textit|texttt|emph|mathrm|mathbf|text|textsc|mathcal)\{([^{}]*)\}/g, '$1')
      // Any other command (\model, \ours, ...) is a placeholder, not a name: dropped with its tie (~).
      .replace(/\\[A-Za-z]+\*?~?/g, ' ')
      // A backslash before a space or punctuation is a LaTeX spacing leftover.
      .replace(/\\(?=[\s,.;:])/g, '')
      // Brackets left empty by a dropped placeholder.
      .replace(/\(\s*\)|\[\s*\]/g, ' ')
  );
}

/** Markdown emphasis: **X** and *X* (but not "*PO" or "a * b"). */
function repairMarkdown(text: string): string {
  return text.replace(/\*\*([^*]+?)\*\*/g, '$1').replace(/(^|[\s("'])\*(?!\s)([^*\n]+?)(?<!\s)\*(?=[\s.,;:!?)"']|$)/g, '$1$2');
}
