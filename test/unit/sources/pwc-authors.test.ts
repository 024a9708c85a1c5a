import { describe, expect, it } from 'vitest';
import { readPwcPapers } from '../../../ingest/sources/pwc-papers.js';
import { pwcVenue } from '../../../ingest/sources/pwc-venue.js';
import { collect, fixture } from './fixtures.js';

describe('pwc-papers: authors and venue', () => {
  it('gives each document its authors in order and the venue of its proceeding', async () => {
    const { documents } = await collect(readPwcPapers(fixture('papers-with-abstracts.json')));
    expect(documents.map((document) => [document.title.slice(0, 20), document.authors?.map((author) => `${author.position}:${author.name}`), document.venue])).toEqual([
      ['BERT: Pre-training o', ['1:Jacob Devlin', '2:Ming-Wei Chang', '3:Kenton Lee', '4:Kristina Toutanova'], { name: 'NAACL', year: 2019 }],
      ['Adam: A Method for S', undefined, undefined],
      ['A large annotated co', ['1:Samuel R. Bowman', '2:Gabor Angeli'], { name: 'EMNLP', year: 2015 }],
    ]);
  });

  it('reads a venue from proceeding, else conference, and nothing from a bare name', () => {
    expect(pwcVenue('ACL 2020 7', undefined)).toEqual({ name: 'ACL', year: 2020 });
    expect(pwcVenue('NeurIPS 2021 12', 'neurips-2021-12')).toEqual({ name: 'NeurIPS', year: 2021 });
    expect(pwcVenue(undefined, 'iclr-2018-1')).toEqual({ name: 'ICLR', year: 2018 });
    expect(pwcVenue(undefined, 'findings-emnlp-2021')).toEqual({ name: 'FINDINGS EMNLP', year: 2021 });
    expect(pwcVenue('Some Workshop', 'some-workshop')).toBeUndefined();
  });
});
