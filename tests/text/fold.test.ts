import { describe, expect, it } from 'vitest';
import { fold, isAllUpper, slugify } from '../../src/text/fold.js';
import { PhraseMatcher } from '../../src/text/phrase-matcher.js';

describe('fold', () => {
  it('removes case, diacritics and maps đ to d', () => {
    expect(fold('Đảng đoàn Hội đồng nhân dân')).toBe('dang doan hoi dong nhan dan');
  });

  it('folds both tone-mark placements to the same string', () => {
    expect(fold('Tỉnh uỷ')).toBe(fold('Tỉnh ủy'));
    expect(fold('hoà')).toBe(fold('hòa'));
    expect(fold('thuỷ')).toBe(fold('thủy'));
  });

  it('keeps the length, so offsets in the folded text are offsets in the original', () => {
    const text = 'Ủy ban nhân dân tỉnh Quảng Ngãi — “tương thân”';
    expect(fold(text)).toHaveLength(text.length);
  });

  it('makes ASCII slugs', () => {
    expect(slugify('Ban cán sự đảng Ủy ban nhân dân tỉnh')).toBe('ban-can-su-dang-uy-ban-nhan-dan-tinh');
  });

  it('knows a line in capitals', () => {
    expect(isAllUpper('PHÓ BÍ THƯ')).toBe(true);
    expect(isAllUpper('Phó Bí thư')).toBe(false);
    expect(isAllUpper('2021')).toBe(false);
  });
});

describe('PhraseMatcher', () => {
  const matcher = new PhraseMatcher<string>().add('giáo dục', 'giao-duc').add('giáo dục nghề nghiệp', 'viec-lam').add('đền ơn đáp nghĩa', 'nguoi-co-cong');

  it('finds phrases whatever the case, accents or tone-mark placement', () => {
    expect(matcher.match('GIÁO DỤC các bậc học').map((m) => m.value)).toEqual(['giao-duc']);
    expect(matcher.match('giao duc').map((m) => m.value)).toEqual(['giao-duc']);
  });

  it('prefers the longest phrase where two overlap', () => {
    expect(matcher.match('cơ sở giáo dục nghề nghiệp chất lượng cao').map((m) => m.value)).toEqual(['viec-lam']);
  });

  it('crosses a comma between words but not a full stop', () => {
    expect(matcher.match('các hoạt động đền ơn, đáp nghĩa').map((m) => m.value)).toEqual(['nguoi-co-cong']);
    expect(matcher.match('đền ơn. Đáp nghĩa')).toEqual([]);
  });

  it('matches whole words only', () => {
    expect(matcher.match('giáo dụcx')).toEqual([]);
  });

  it('reports offsets into the original text', () => {
    const text = 'Đẩy mạnh giáo dục';
    const [match] = matcher.match(text);
    expect(text.slice(match!.start, match!.end)).toBe('giáo dục');
  });
});
