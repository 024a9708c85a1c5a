import { describe, expect, it } from 'vitest';
import { findRepoMentions, findRepoMentionsInUrls, normalizeRepoUrl, type RepoMention } from '../../../ingest/extract/repo-urls.js';
import { findUrlSpans } from '../../../ingest/extract/url-spans.js';

describe('repository URLs', () => {
  it.each([
    ['https://github.com/yeruimeng/WTS.git', 'https://github.com/yeruimeng/WTS'],
    ['https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models/tree/Alignment', 'https://github.com/BradyFU/Awesome-Multimodal-Large-Language-Models'],
    ['http://github.com/Irenehere/ReliableAlignment', 'https://github.com/Irenehere/ReliableAlignment'],
    ['github.com/roemmele/AbLit', 'https://github.com/roemmele/AbLit'],
    ['https://www.github.com/a/b/', 'https://github.com/a/b'],
    ['https://huggingface.co/PKU-Baichuan-MLSystemLab/Llama3-PBM-Nova-70B', 'https://huggingface.co/PKU-Baichuan-MLSystemLab/Llama3-PBM-Nova-70B'],
    ['https://huggingface.co/datasets/Anthropic/hh-rlhf', 'https://huggingface.co/datasets/Anthropic/hh-rlhf'],
    ['https://anonymous.4open.science/r/tracealign-2DA7', 'https://anonymous.4open.science/r/tracealign-2DA7'],
    ['https://hf.co/acme/tiny-model-1b', 'https://huggingface.co/acme/tiny-model-1b'],
    ['https://huggingface.co/models/acme/tiny-model-1b', 'https://huggingface.co/acme/tiny-model-1b'],
    ['https://huggingface.co/spaces/acme/demo/tree/main', 'https://huggingface.co/spaces/acme/demo'],
    ['https://raw.githubusercontent.com/acme/tool/main/README.md', 'https://github.com/acme/tool'],
    ['https://gitlab.example.org/group/project/-/tree/dev', 'https://gitlab.example.org/group/project'],
    ['https://git.sr.ht/~someone/thing', 'https://git.sr.ht/~someone/thing'],
    ['https://sourceforge.net/projects/oldtool/files/', 'https://sourceforge.net/projects/oldtool'],
    ['https://www.modelscope.cn/models/acme/speech-large', 'https://modelscope.cn/models/acme/speech-large'],
    ['https://www.kaggle.com/datasets/someone/street-signs', 'https://kaggle.com/datasets/someone/street-signs'],
    ['https://www.kaggle.com/code/someone/sign-baseline/notebook', 'https://kaggle.com/code/someone/sign-baseline'],
    ['https://codeberg.org/someone/lib?tab=readme#usage', 'https://codeberg.org/someone/lib'],
  ])('normalises %s', (raw, url) => {
    const repo = normalizeRepoUrl(raw)!;
    expect(repo.url).toBe(url);
    expect(repo.id).toBe(url.toLowerCase());
  });

  it('gives one id for every spelling of one repository', () => {
    const ids = ['https://github.com/Wizardcoast/Linear_Alignment.git', 'http://github.com/wizardcoast/linear_alignment', 'https://github.com/Wizardcoast/Linear_Alignment/tree/main/src'].map(
      (u) => normalizeRepoUrl(u)!.id,
    );
    expect(new Set(ids).size).toBe(1);
  });

  it('reads the SSH clone address of a repository as that repository', () => {
    const found = findRepoMentions('Clone git@github.com:Foo/Qux.git, or git@gitlab.com:group/proj.');
    expect(found.map((m) => [m.written, m.repo.id])).toEqual([
      ['git@github.com:Foo/Qux.git', 'https://github.com/foo/qux'],
      ['git@gitlab.com:group/proj', 'https://gitlab.com/group/proj'],
    ]);
  });

  it('keeps project pages and non-repository URLs apart', () => {
    expect(normalizeRepoUrl('https://3d-aigc.github.io/GVA/')).toBeUndefined();
    expect(normalizeRepoUrl('https://www.adrianbulat.com/face-alignment/')).toBeUndefined();
    expect(normalizeRepoUrl('https://github.com/onlyowner')).toBeUndefined();
    expect(normalizeRepoUrl('https://huggingface.co/papers/2401.01234')).toBeUndefined();
    expect(normalizeRepoUrl('https://github.com/topics/speech-recognition')).toBeUndefined();
    expect(normalizeRepoUrl('https://www.kaggle.com/competitions/some-challenge')).toBeUndefined();
    expect(normalizeRepoUrl('https://sourceforge.net/about')).toBeUndefined();
  });

  it('finds URLs in text as written, without trailing punctuation', () => {
    const text =
      'Code: https://github.com/yeruimeng/WTS.git. See (https://github.com/abumafrim/Cohere-Align), https://github.com/GAIR-NLP/alignment-for-honesty, and https://aligner2024.github.io';
    const found = findRepoMentions(text);
    expect(found.map((m) => m.written)).toEqual([
      'https://github.com/yeruimeng/WTS.git',
      'https://github.com/abumafrim/Cohere-Align',
      'https://github.com/GAIR-NLP/alignment-for-honesty',
    ]);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(found[0]!.written);
  });
});

describe('repository URLs within URL spans', () => {
  // The whole-text scan that URL spans replaced, kept here as the reference it must agree with.
  const WHOLE_TEXT_PATTERN =
    /\b(?:https?:\/\/)?(?:www\.)?(?:github\.com|raw\.githubusercontent\.com|gitlab\.com|gitlab(?:\.[a-z0-9-]+){2,}|bitbucket\.org|gitee\.com|codeberg\.org|git\.sr\.ht|huggingface\.co|hf\.co|modelscope\.cn|kaggle\.com|sourceforge\.net|anonymous\.4open\.science)\/[^\s<>"'`\])}]+/gi;
  const wholeTextScan = (text: string): RepoMention[] =>
    [...text.matchAll(WHOLE_TEXT_PATTERN)].flatMap((match) => {
      const written = match[0].replace(/[.,;:!?)\]}'"`>]+$/, '');
      const repo = normalizeRepoUrl(written);
      return repo ? [{ written, start: match.index, end: match.index + written.length, repo }] : [];
    });

  // Fragments that make URLs, near-URLs and their surroundings; joined at random (seeded).
  const FRAGMENTS = [
    'https://', 'http://', 'www.', 'github.com', 'GitHub.com', 'gitlab.com', 'huggingface.co', 'anonymous.4open.science', 'bitbucket.org', 'hf.co', 'sourceforge.net', 'projects/',
    'pages.', 'x.com', 'page.html', '/', '/', 'owner', 'Repo_1', 'name-2', '.git', 'tree/main', 'datasets/', 'r/', '?u=', '#',
    'github.com/owner/', 'https://gitlab.com/', 'huggingface.co/datasets/org/', 'pages.github.com/a/', 'x.com/?u=github.com/o/',
    '(', ')', '[', ']', '.', ',', ';', '"', "'", '<', '>', '`', ' ', ' ', '\n', '-', '_', 'é', 'x', '9', 'Code: ', 'and ',
  ];
  function randomText(seed: number): string {
    let state = seed;
    const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
    let text = '';
    const length = 3 + Math.floor(next() * 25);
    for (let i = 0; i < length; i++) text += FRAGMENTS[Math.floor(next() * FRAGMENTS.length)];
    return text;
  }

  it('finds what scanning the whole text finds', () => {
    let withRepos = 0;
    for (let seed = 1; seed <= 5000; seed++) {
      const text = randomText(seed);
      const expected = wholeTextScan(text);
      if (expected.length > 0) withRepos++;
      expect(findRepoMentions(text), text).toEqual(expected);
    }
    // The fuzz is only worth something if it makes repository URLs often.
    expect(withRepos).toBeGreaterThan(1000);
  });

  it('reads repositories from spans found once', () => {
    const text = 'Models at huggingface.co/org/model-7B and code (https://github.com/a/b), docs at https://a.github.io/b.';
    const urls = findUrlSpans(text);
    expect(urls).toHaveLength(3);
    expect(findRepoMentionsInUrls(text, urls).map((m) => m.repo.id)).toEqual(['https://huggingface.co/org/model-7b', 'https://github.com/a/b']);
    expect(findRepoMentionsInUrls(text, [])).toEqual([]);
  });
});
