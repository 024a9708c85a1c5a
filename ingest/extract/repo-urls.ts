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

/**
 * Hosts whose URLs name a repository: how many path segments after the prefix make the
 * repository; the kinds of repository a first segment may name (kept in the id:
 * "huggingface.co/datasets/org/name"), and whether one must; a fixed first segment
 * ("sourceforge.net/projects/<name>"); and the host the id uses when several hosts serve one
 * site (hf.co is huggingface.co, raw.githubusercontent.com serves github.com's files).
 */
interface HostRule {
  segments: 1 | 2;
  kinds?: string[];
  kindRequired?: boolean;
  fixedPrefix?: string;
  canonicalHost?: string;
  /** First segments that are the site's own pages, not an owner ("github.com/topics/x"). */
  sitePages?: string[];
}

const HUGGING_FACE: HostRule = {
  segments: 2,
  kinds: ['datasets', 'spaces'],
  canonicalHost: 'huggingface.co',
  sitePages: ['papers', 'docs', 'blog', 'learn', 'collections', 'posts', 'organizations', 'tasks', 'join', 'login'],
};
const GITHUB_PAGES = ['orgs', 'topics', 'features', 'sponsors', 'marketplace', 'settings', 'apps', 'collections', 'trending', 'login', 'about'];
const REPO_HOSTS: Record<string, HostRule> = {
  'github.com': { segments: 2, sitePages: GITHUB_PAGES },
  'raw.githubusercontent.com': { segments: 2, canonicalHost: 'github.com' },
  'gitlab.com': { segments: 2 },
  'bitbucket.org': { segments: 2 },
  'gitee.com': { segments: 2 },
  'codeberg.org': { segments: 2 },
  'git.sr.ht': { segments: 2 },
  // huggingface.co/org/model (also written huggingface.co/models/org/model), /datasets/org/name, /spaces/org/name
  'huggingface.co': HUGGING_FACE,
  'hf.co': HUGGING_FACE,
  'modelscope.cn': { segments: 2, kinds: ['models', 'datasets'], kindRequired: true },
  'kaggle.com': { segments: 2, kinds: ['datasets', 'models', 'code'], kindRequired: true },
  'sourceforge.net': { segments: 1, fixedPrefix: 'projects' },
  // anonymous.4open.science/r/<name>
  'anonymous.4open.science': { segments: 2 },
};

// Self-hosted GitLab instances ("gitlab.example.org/group/project") serve the same paths.
const SELF_HOSTED_GITLAB = /^gitlab\.[a-z0-9-]+(?:\.[a-z0-9-]+)+$/;

function hostRule(host: string): HostRule | undefined {
  return REPO_HOSTS[host] ?? (SELF_HOSTED_GITLAB.test(host) ? { segments: 2 } : undefined);
}

// A URL with or without scheme; the host alternatives keep bare "github.com/x/y" findable
// without matching every dotted word.
// Also the form git clones over SSH: "git@github.com:owner/name.git".
const URL_PATTERN =
  /\b(?:git@(?:github\.com|gitlab\.com|bitbucket\.org|gitee\.com|codeberg\.org):|(?:https?:\/\/)?(?:www\.)?(?:github\.com|raw\.githubusercontent\.com|gitlab\.com|gitlab(?:\.[a-z0-9-]+){2,}|bitbucket\.org|gitee\.com|codeberg\.org|git\.sr\.ht|huggingface\.co|hf\.co|modelscope\.cn|kaggle\.com|sourceforge\.net|anonymous\.4open\.science)\/)[^\s<>"'`\])}]+/gi;

// A substring of every repository URL's host: URLs with none of them skip the URL pattern.
const HOST_HINTS = ['github', 'gitlab', 'bitbucket.org', 'gitee.com', 'codeberg.org', 'git.sr.ht', 'huggingface.co', 'hf.co', 'modelscope.cn', 'kaggle.com', 'sourceforge.net', 'anonymous.4open.science'];

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
    if (!HOST_HINTS.some((host) => lower.includes(host))) continue;
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

const SSH_CLONE = /^git@([^:/\s]+):/i;

/** Canonical form of a repository URL, or undefined when it names no repository. */
export function normalizeRepoUrl(raw: string): RepoRef | undefined {
  let text = raw.trim().replace(TRAILING_PUNCTUATION, '').replace(SSH_CLONE, 'https://$1/');
  if (!/^https?:\/\//i.test(text)) text = `https://${text}`;
  let parsed: URL;
  try {
    parsed = new URL(text);
  } catch {
    return undefined;
  }
  const host = parsed.hostname.toLowerCase().replace(/^www\./, '');
  const rule = hostRule(host);
  if (!rule) return undefined;

  const segments = parsed.pathname.split('/').filter(Boolean);
  const prefix: string[] = [];
  if (rule.fixedPrefix) {
    if (segments[0]?.toLowerCase() !== rule.fixedPrefix) return undefined;
    prefix.push(segments.shift()!.toLowerCase());
  }
  const kind = segments[0]?.toLowerCase() ?? '';
  if (rule.kinds?.includes(kind)) prefix.push(segments.shift()!.toLowerCase());
  // "huggingface.co/models/org/name" is the page of "huggingface.co/org/name".
  else if (rule === HUGGING_FACE && kind === 'models') segments.shift();
  else if (rule.kindRequired) return undefined;
  if (segments.length < rule.segments || (prefix.length === 0 && rule.sitePages?.includes(kind))) return undefined;
  const owner = segments[0]!;
  const name = segments[rule.segments - 1]!.replace(/\.git$/i, '');
  if (!owner || !name) return undefined;

  const canonicalHost = rule.canonicalHost ?? host;
  const path = rule.segments === 1 ? [...prefix, name] : [...prefix, owner, name];
  const url = `https://${canonicalHost}/${path.join('/')}`;
  return { id: url.toLowerCase(), url, host: canonicalHost, owner: rule.segments === 1 ? name : owner, name };
}
