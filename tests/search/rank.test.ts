import { describe, expect, it } from 'vitest';
import { documentsNamed, expandQuery } from '../../src/search/expand.js';
import { excerptOf, matchTier, rerank } from '../../src/search/rank.js';
import type { SearchVocabulary } from '../../src/search/vocabulary.js';

const VOCABULARY: SearchVocabulary = {
  dWords: { dong: ['đồng'], dang: ['đảng', 'đang'] },
  abbreviations: [
    { abbr: 'HĐND', expansion: 'Hội đồng nhân dân' },
    { abbr: 'BHYT', expansion: 'bảo hiểm y tế' },
  ],
  documents: [{ type: 'Kết luận', number: '92-KL/TW', names: ['Kết luận 92'], query: 'Kết luận 92', title: 'Kết luận số 92-KL/TW', href: '/van-ban-dan-chieu/ket-luan-92/' }],
};

describe('re-ranking search results', () => {
  const candidate = (id: string, content: string, score = 1, reading = 0) => ({ id, content, score, reading });

  it('puts the words as a phrase above the same words apart, and those above some of the words', () => {
    const ranked = rerank(
      [
        candidate('some', 'Chăm lo người nghèo, có việc làm.', 9),
        candidate('apart', 'Người dân có điều kiện, công bằng.', 5),
        candidate('phrase', 'Thực hiện tốt chính sách ưu đãi người có công với cách mạng.', 1),
      ],
      ['người có công'],
      'người có công',
    );
    expect(ranked.map((c) => c.id)).toEqual(['phrase', 'apart', 'some']);
  });

  it('finds the phrase typed without marks or with "d" for "đ"', () => {
    expect(matchTier('Đảng đoàn Hội đồng nhân dân tỉnh', ['dang doan hoi dong'], 'dang doan hoi dong').tier).toBe(0);
  });

  it('puts the words as typed, with their marks, above words that match only once folded', () => {
    const ranked = rerank([candidate('folded', 'hồi đồng ý', 3), candidate('exact', 'hội đồng ý', 1)], ['hội đồng'], 'hội đồng');
    expect(ranked.map((c) => c.id)).toEqual(['exact', 'folded']);
  });

  it('puts a match of the reading with "đ" above a match of the letters as typed ("dang uy": "đảng ủy" before "dạng")', () => {
    const ranked = rerank([candidate('dang', 'đa dạng, ủy thác', 9, 1), candidate('dang-uy', 'Ban Thường vụ Đảng ủy khối', 1, 0)], ['đảng ủy', 'dang uy'], 'dang uy');
    expect(ranked.map((c) => c.id)).toEqual(['dang-uy', 'dang']);
  });

  it('keeps Pagefind\'s order among equals', () => {
    const ranked = rerank([candidate('a', 'x y', 1), candidate('b', 'x y', 2)], ['x y'], 'x y');
    expect(ranked.map((c) => c.id)).toEqual(['b', 'a']);
  });
});

describe('excerpts', () => {
  const text = (parts: Array<{ text: string }>) => parts.map((p) => p.text).join('');
  const long = Array.from({ length: 60 }, (_, i) => `từ${i}`).join(' ');

  it('are cut at word boundaries, with "…" where they are cut, and mark the words found', () => {
    const parts = excerptOf(`${long} người có công ${long}.`, ['người có công'], 20);
    expect(text(parts)).toMatch(/^… từ55 từ56 từ57 từ58 từ59 người có công từ0 .* …$/);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['người có công']);
  });

  it('mark the phrase alone, not words that only look like its words once folded ("cơ" for "có")', () => {
    const parts = excerptOf('Cơ chế chính sách cho người có công và cổ động.', ['nguoi co cong'], 30);
    expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['người có công']);
  });

  it('without a phrase, show the stretch with most of the query\'s words', () => {
    const parts = excerptOf(`Kết quả tốt. ${long} Thực hiện Kết luận số 92 của Bộ Chính trị.`, ['Kết luận 92'], 12);
    expect(text(parts)).toContain('Kết luận số 92');
  });

  it('start at the beginning when the match is near it, and keep the end as written', () => {
    expect(text(excerptOf('Mục 2. Chăm lo nhà ở xã hội.', ['nha o'], 30))).toBe('Mục 2. Chăm lo nhà ở xã hội.');
  });
});

describe('query readings', () => {
  it('read an abbreviation typed in any case, with or without "Đ"', () => {
    for (const typed of ['HĐND', 'hđnd', 'HDND', 'hdnd']) expect(expandQuery(typed, VOCABULARY), typed).toContain('Hội đồng nhân dân');
  });

  it('read a document named by its number or short name, in every printed form', () => {
    for (const typed of ['KL 92', 'KL92', 'kl92', 'Kết luận 92', 'ket luan 92', '92-KL/TW', '92 KL TW', 'Kết luận số 92']) {
      expect(documentsNamed(typed, VOCABULARY).map((d) => d.title), typed).toEqual(['Kết luận số 92-KL/TW']);
      expect(expandQuery(typed, VOCABULARY)[0], typed).toBe('Kết luận 92');
    }
  });

  it('do not take a plain number or plain words for a document', () => {
    expect(documentsNamed('92', VOCABULARY)).toEqual([]);
    expect(documentsNamed('kết luận', VOCABULARY)).toEqual([]);
  });
});
