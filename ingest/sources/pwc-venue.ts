import type { DocumentVenue } from '../document.js';

/**
 * The venue of a Papers with Code paper, from `proceeding` ("NAACL 2019 6": series, year,
 * volume) or else `conference` ("naacl-2019-6"); undefined when neither names a series and year.
 */
export function pwcVenue(proceeding: string | undefined, conference: string | undefined): DocumentVenue | undefined {
  return fromText(proceeding, /^(.*?\S)[\s-]+((?:19|20)\d{2})(?:\b|$)/) ?? fromText(conference, /^(.*?[^\s-])-((?:19|20)\d{2})(?:\b|$)/);
}

function fromText(text: string | undefined, pattern: RegExp): DocumentVenue | undefined {
  const match = text ? pattern.exec(text.trim()) : null;
  if (!match) return undefined;
  const name = match[1]!.replace(/-/g, ' ').trim();
  // Conference slugs are lower case; series names are acronyms, as the proceeding spells them.
  return { name: name === name.toLowerCase() ? name.toUpperCase() : name, year: Number(match[2]) };
}
