const ORCID = /^(?:https?:\/\/orcid\.org\/)?(\d{4}-\d{4}-\d{4}-\d{3}[\dX])$/i;

/** An ORCID iD in its canonical form (`0000-0002-1825-0097`, bare, upper-case X), or undefined when the text is not one. */
export function normalizeOrcid(text: string): string | undefined {
  return ORCID.exec(text.trim())?.[1]?.toUpperCase();
}
