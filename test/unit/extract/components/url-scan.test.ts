import { describe, expect, it } from 'vitest';
import { urlScanComponent } from '../../../../ingest/extract/components/url-scan.js';
import { prepareText } from '../../../../ingest/extract/prepared-text.js';
import { paperRecords } from '../../../../ingest/records/paper-records.js';
import { doc, gold } from '../document-fixture.js';

const scan = (title: string, abstract: string) => urlScanComponent.run({ text: prepareText(title, abstract) });

describe('the URL scan', () => {
  it('finds every URL once, repository or not', () => {
    const text = prepareText('X', 'Code: https://github.com/a/b. Demo at https://a.github.io/b and page.html.');
    const { urlSpans } = urlScanComponent.run({ text });
    expect(urlSpans.map((s) => text.text.slice(s.start, s.end))).toEqual(['https://github.com/a/b.', 'https://a.github.io/b', 'page.html.']);
  });

  it('gives each repository once, with its first link as written and that sentence', () => {
    const { repos } = scan('X', 'Code is at https://github.com/NVIDIA/NeMo-Aligner. A fork: http://github.com/nvidia/nemo-aligner.git!');
    expect(repos).toEqual([
      {
        written: 'https://github.com/NVIDIA/NeMo-Aligner',
        id: 'https://github.com/nvidia/nemo-aligner',
        url: 'https://github.com/NVIDIA/NeMo-Aligner',
        host: 'github.com',
        owner: 'NVIDIA',
        name: 'NeMo-Aligner',
        evidence: 'Code is at https://github.com/NVIDIA/NeMo-Aligner.',
      },
    ]);
  });

  it("carries what the paper's Repo nodes and HAS_CODE edges are made of", () => {
    const paper = doc('A study', 'We release data at https://huggingface.co/datasets/Anthropic/hh-rlhf. Code: gitlab.com/group/tool, and https://github.com/a/b/tree/main.');
    const { repos } = scan(paper.title, paper.abstract);
    const records = paperRecords(paper);
    expect(repos.map((r) => r.id)).toEqual(records.edges.map((e) => e.to.id));
    for (const repo of repos) {
      const node = records.nodes.find((n) => n.label === 'Repo' && n.id === repo.id)!;
      const edge = records.edges.find((e) => e.to.id === repo.id)!;
      expect({ name: repo.name, url: repo.url, host: repo.host, owner: repo.owner }).toEqual(node.props);
      expect({ written: repo.written, evidence: repo.evidence }).toEqual({ written: edge.props.written, evidence: edge.props.evidence });
    }
  });

  it('keeps repositories as written without trailing punctuation, no project pages, and no names from inside URLs', () => {
    const record = gold(
      'X',
      'Code: https://github.com/NVIDIA/NeMo-Aligner. Also http://github.com/a/b.git, github.com/roemmele/AbLit; https://github.com/x/y/tree/main/src and https://proj.github.io/page.',
    );
    expect(record.repos).toEqual([
      'https://github.com/NVIDIA/NeMo-Aligner',
      'http://github.com/a/b.git',
      'github.com/roemmele/AbLit',
      'https://github.com/x/y/tree/main/src',
    ]);
    expect(record.methods.join(' ')).not.toMatch(/NeMo|AbLit/);
  });

  it('finds nothing in text without URLs', () => {
    expect(scan('GPT-3.5 on MT-Bench', 'We evaluate Llama-3.1, e.g. on v2.0.')).toEqual({ urlSpans: [], repos: [] });
  });
});
