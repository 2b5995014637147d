import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mentions, partsOf, passes } from '../../src/search/parts.js';
import { RECORD_WORDS, searchRecords, FILTERS, type RecordPart } from '../../src/search/records.js';
import { Corpus } from '../../src/schemas/corpus.js';

const seed = () => Corpus.parse(JSON.parse(readFileSync('.corpus/corpus.json', 'utf8')));

// Reads the corpus that `npm run build` wrote (.corpus/), like the site tests.
describe('search records', () => {
  it('hold runs of a document\'s provisions of about RECORD_WORDS words, every provision in exactly one, in reading order', () => {
    const corpus = seed();
    const records = searchRecords(corpus);
    const ids = records.flatMap((r) => (JSON.parse(r.meta['parts']!) as RecordPart[]).map((p) => p.id));
    const walk = (ps: Corpus['documents'][number]['provisions']): string[] => ps.flatMap((p) => [p.id, ...walk(p.children)]);
    expect(ids).toEqual(['kinh-gui', 'mo-dau', ...walk(corpus.documents[0]!.provisions), 'chu-ky']);
    expect(records.length).toBeLessThan(ids.length);
    for (const r of records) {
      const parts = JSON.parse(r.meta['parts']!) as RecordPart[];
      if (parts.length > 1) expect(r.content.split(/\s+/).length).toBeLessThanOrEqual(RECORD_WORDS + 60);
    }
  });

  it('map each provision to its own words, page and filters', () => {
    const records = searchRecords(seed());
    const parts = records.flatMap((r) => partsOf({ url: r.url, content: r.content, meta: r.meta }));
    const gach3 = parts.find((p) => p.id.endsWith('/muc-2__gach-3/'))!;
    expect(gach3.content).toMatch(/^Mục 2, gạch đầu dòng thứ ba\.\nChú trọng phát triển/);
    expect(gach3.content).toMatch(/miền núi\.$/);
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
