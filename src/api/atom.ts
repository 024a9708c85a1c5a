/**
 * Atom 1.0 (RFC 4287) documents: a feed with id, title, updated, author and a self link, and
 * entries with id, title, updated, a link and a summary. All text is escaped here.
 */
export interface AtomEntry {
  id: string;
  title: string;
  /** ISO date or date-time; a bare date counts as midnight UTC. */
  updated: string;
  link: string;
  summary: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  subtitle: string;
  /** The feed's own URL (rel="self") and the page it follows (rel="alternate"). */
  self: string;
  alternate: string;
  author: string;
  entries: AtomEntry[];
}

/** Before any entry: what a feed without entries says for `updated`. */
const NO_ENTRIES_UPDATED = '1970-01-01T00:00:00Z';

export function escapeXml(text: string): string {
  // Characters XML 1.0 forbids are dropped: a parser would reject the whole feed for one.
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** RFC 3339 date-time from an ISO date of any precision (2015, 2015-09, 2015-09-17, or a full one). */
export function atomDate(date: string): string {
  if (/^\d{4}$/.test(date)) return `${date}-01-01T00:00:00Z`;
  if (/^\d{4}-\d{2}$/.test(date)) return `${date}-01T00:00:00Z`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return `${date}T00:00:00Z`;
  const parsed = new Date(date);
  return Number.isNaN(parsed.getTime()) ? NO_ENTRIES_UPDATED : parsed.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The newest entry's date: a feed changes when an entry is added. */
export function feedUpdated(entries: readonly AtomEntry[]): string {
  return entries.map((entry) => atomDate(entry.updated)).sort().at(-1) ?? NO_ENTRIES_UPDATED;
}

export function renderAtom(feed: AtomFeed): string {
  const entries = [...feed.entries].sort((a, b) => atomDate(b.updated).localeCompare(atomDate(a.updated)) || a.id.localeCompare(b.id));
  const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;
  const link = (href: string, rel: string, type?: string) => `<link rel="${rel}" href="${escapeXml(href)}"${type ? ` type="${type}"` : ''}/>`;
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  ${element('id', feed.id)}`,
    `  ${element('title', feed.title)}`,
    `  ${element('subtitle', feed.subtitle)}`,
    `  ${element('updated', feedUpdated(entries))}`,
    `  <author>${element('name', feed.author)}</author>`,
    `  ${link(feed.self, 'self', 'application/atom+xml')}`,
    `  ${link(feed.alternate, 'alternate', 'text/html')}`,
    ...entries.map((entry) =>
      [
        '  <entry>',
        `    ${element('id', entry.id)}`,
        `    ${element('title', entry.title)}`,
        `    ${element('updated', atomDate(entry.updated))}`,
        `    ${link(entry.link, 'alternate', 'text/html')}`,
        `    <summary type="text">${escapeXml(entry.summary)}</summary>`,
        '  </entry>',
      ].join('\n'),
    ),
    '</feed>',
    '',
  ].join('\n');
}
