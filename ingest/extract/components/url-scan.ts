import { defineComponent } from '../component.js';
import { findRepoMentionsInUrls, type RepoExtraction } from '../repo-urls.js';
import { sentenceAt } from '../sentences.js';
import { findUrlSpans } from '../url-spans.js';

/**
 * The text's URLs, found once: their spans (names inside a URL are not entities) and the
 * repositories among them, one per canonical id, with the sentence of the first link.
 */
export const urlScanComponent = defineComponent({
  name: 'url-scan',
  requires: ['text'],
  assigns: ['urlSpans', 'repos'],
  run: ({ text }) => {
    const urlSpans = findUrlSpans(text.text);
    const repos = new Map<string, RepoExtraction>();
    for (const { written, start, repo } of findRepoMentionsInUrls(text.text, urlSpans)) {
      if (repos.has(repo.id)) continue;
      const { id, url, host, owner, name } = repo;
      repos.set(id, { written, id, url, host, owner, name, evidence: sentenceAt(text.sentences, start)?.text ?? '' });
    }
    return { urlSpans, repos: [...repos.values()] };
  },
});
