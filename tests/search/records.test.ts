import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mentions, partsOf, passes, type PartTuple } from '../../src/search/parts.js';
import { asPagefindKeeps, RECORD_WORDS, searchRecords, FILTERS } from '../../src/search/records.js';
import { Corpus } from '../../src/schemas/corpus.js';

const seed = () => Corpus.parse(JSON.parse(readFileSync('.corpus/corpus.json', 'utf8')));

// Reads the corpus that `npm run build` wrote (.corpus/), like the site tests.
describe('search records', () => {
  it('hold runs of a document\'s provisions of about RECORD_WORDS words, every provision in exactly one, in reading order', () => {
    const corpus = seed();
    const records = searchRecords(corpus);
    const ids = records.flatMap((r) => (JSON.parse(r.meta['parts']!) as PartTuple[]).map(([id]) => id));
    const walk = (ps: Corpus['documents'][number]['provisions']): string[] => ps.flatMap((p) => [p.id, ...walk(p.children)]);
    expect(ids).toEqual(['kinh-gui', 'mo-dau', ...walk(corpus.documents[0]!.provisions), 'chu-ky']);
    expect(records.length).toBeLessThan(ids.length);
    for (const r of records) {
      const parts = JSON.parse(r.meta['parts']!) as PartTuple[];
      if (parts.length > 1) expect(r.content.slice(0, parts.at(-1)![3]).split(/\s+/).length).toBeLessThanOrEqual(RECORD_WORDS + 60);
    }
  });

  it('hold their content as Pagefind gives it back (words joined by single spaces), so that the offsets of the map hold in a result', () => {
    for (const r of searchRecords(seed())) expect(r.content).toBe(asPagefindKeeps(r.content));
    expect(asPagefindKeeps('Mục 1.\n\nTăng\u00a0cường  công\u200btác\t')).toBe('Mục 1. Tăng cường côngtác');
  });

  it('map each provision to its own words, page and filters', () => {
    const records = searchRecords(seed());
    const parts = records.flatMap((r) => partsOf(r));
    const gach3 = parts.find((p) => p.id.endsWith('/muc-2__gach-3/'))!;
    expect(gach3.content).toMatch(/^Mục 2, gạch đầu dòng thứ ba\. Chú trọng phát triển/);
    expect(gach3.text).toMatch(/^Chú trọng phát triển/);
    expect(gach3.content).toMatch(/miền núi\.$/);
    expect(gach3.title).toBe('Mục 2, gạch đầu dòng thứ ba');
    expect(gach3.url).toMatch(/^\/van-ban\/[^/]+\/muc-2__gach-3\/$/);
    expect(gach3.about).toBe('Chú trọng phát triển, nâng cao chất lượng giáo dục ở các …');
    const addressees = parts.find((p) => p.url.endsWith('#kinh-gui'))!;
    expect(addressees.title).toBe('Kính gửi');
    expect(addressees.about).toBeUndefined();
    expect(gach3.filters[FILTERS.area]).toEqual(['Giáo dục']);
    expect(passes(gach3, { [FILTERS.area]: ['Giáo dục'] })).toBe(true);
    expect(passes(gach3, { [FILTERS.area]: ['Nhà ở'] })).toBe(false);
    // A document-level filter is the record's, applied by Pagefind.
    expect(passes(gach3, { [FILTERS.type]: ['Công văn'] })).toBe(true);
  });
});

describe('which provisions of a record a query selects', () => {
  it('those holding every word of a reading, the last one perhaps still being typed', () => {
    expect(mentions('Giảm nghèo đa chiều, bền vững.', ['giam ngheo da chi'])).toBe(true);
    expect(mentions('Giảm nghèo đa chiều, bền vững.', ['giam ngheo nha o'])).toBe(false);
    expect(mentions('Bảo hiểm y tế toàn dân.', ['BHYT', 'bảo hiểm y tế'])).toBe(true);
  });
});
