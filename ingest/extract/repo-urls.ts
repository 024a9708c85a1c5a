/**
 * Code-repository URLs in free text: found as written (for evidence and the gold shape) and
 * normalised to one canonical form (for the Repo node id), so `.git`, `/tree/...`, `http://`
 * and trailing punctuation never split a repository in two. Project pages (`*.github.io`,
 * personal sites) are not repositories and are not returned. Repository links are looked for
 * inside the text's URL spans (url-spans.ts), so extraction scans a document's URLs once.
 */

import { findUrlSpans, type TextSpan } from './url-spans.js';

export interface RepoRef {
  /** Canonical id: lower-cased `https://host/owner/name`. */
  id: string;
  /** Canonical URL with the case as written. */
  url: string;
  host: string;
  owner: string;
  name: string;
}

export interface RepoMention {
  /** The URL as written, without trailing punctuation. */
  written: string;
  start: number;
  end: number;
  repo: RepoRef;
}

/**
 * A repository a paper links to, as extraction reports it: everything the Repo node and the
 * HAS_CODE edge need, so the paper's records need not scan its text again.
 */
export interface RepoExtraction extends RepoRef {
  /** The first link to it as written, without trailing punctuation. */
  written: string;
  /** The sentence of that link. */
  evidence: string;
}

/** Hosts whose URLs name a repository, with how many path segments make the repository. */
const REPO_HOSTS: Record<string, { segments: number; prefixes?: string[] }> = {
  'github.com': { segments: 2 },
  'gitlab.com': { segments: 2 },
  'bitbucket.org': { segments: 2 },
  'gitee.com': { segments: 2 },
  'codeberg.org': { segments: 2 },
  // huggingface.co/org/model, huggingface.co/datasets/org/name, huggingface.co/spaces/org/name
  'huggingface.co': { segments: 2, prefixes: ['datasets', 'spaces'] },
  // anonymous.4open.science/r/<name>
  'anonymous.4open.science': { segments: 2 },
};

// A URL with or without scheme; the host alternatives keep bare "github.com/x/y" findable
// without matching every dotted word.
const URL_PATTERN =
  /\b(?:https?:\/\/)?(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org|huggingface\.co|anonymous\.4open\.science)\/[^\s<>"'`\])}]+/gi;

const HOST_NAMES = Object.keys(REPO_HOSTS);

const TRAILING_PUNCTUATION = /[.,;:!?)\]}'"`>]+$/;

/** Finds repository URLs in text, in order of appearance. */
export function findRepoMentions(text: string): RepoMention[] {
  return findRepoMentionsInUrls(text, findUrlSpans(text));
}

/**
 * Repository URLs inside the given URL spans of the text, in order. Every repository URL lies
 * inside one URL span (both start at a word boundary and the span runs to the next whitespace),
 * so this finds what scanning the whole text would.
 */
export function findRepoMentionsInUrls(text: string, urls: readonly TextSpan[]): RepoMention[] {
  const mentions: RepoMention[] = [];
  for (const url of urls) {
    const span = text.slice(url.start, url.end);
    // Most URLs are on no repository host: a plain substring check skips the URL pattern.
    const lower = span.toLowerCase();
    if (!HOST_NAMES.some((host) => lower.includes(host))) continue;
    for (const match of span.matchAll(URL_PATTERN)) {
      const written = match[0].replace(TRAILING_PUNCTUATION, '');
      const repo = normalizeRepoUrl(written);
      if (!repo) continue;
      const start = url.start + match.index;
      mentions.push({ written, start, end: start + written.length, repo });
    }
  }
  return mentions;
}

/** Canonical form of a repository URL, or undefined when it names no repository. */
export function normalizeRepoUrl(raw: string): RepoRef | undefined {
  let text = raw.trim().replace(TRAILING_PUNCTUATION, '');
  if (!/^https?:\/\//i.test(text)) text = `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const rule = REPO_HOSTS[host];
  if (!rule) return undefined;

  const segments = parsed.pathname.split('/').filter(Boolean);
  const prefix = rule.prefixes?.includes(segments[0] ?? '') ? [segments.shift()!] : [];
  if (segments.length < rule.segments) return undefined;
  const [owner, rawName] = segments as [string, string];
  const name = rawName.replace(/\.git$/i, '');
  if (!owner || !name) return undefined;

  const url = `https://${host}/${[...prefix, owner, name].join('/')}`;
  return { id: url.toLowerCase(), url, host, owner, name };
}
