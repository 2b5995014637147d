/** A scan's trích yếu, misread by OCR, read again where the document's own text says the same words. */
import { describe, expect, it } from 'vitest';
import { correctByOwnWords } from '../../src/parser/header/ocr-words.js';

const TEXT = 'Căn cứ công văn của Sở Nội vụ, Ban Dân vận cử cán bộ tham gia Ban Vì sự tiến bộ của phụ nữ tỉnh như sau.';

describe('reading a scanned header value again from the text', () => {
  it('takes the text’s letters for a word misread in a run of four or more that match', () => {
    expect(correctByOwnWords('cử cán bộ tham gia Ban Ưì sự tiến bộ của phụ nữ', TEXT)).toBe('cử cán bộ tham gia Ban Vì sự tiến bộ của phụ nữ');
  });

  it('leaves words that differ only in their marks as they were read', () => {
    expect(correctByOwnWords('cử cán bộ tham gia Ban Vì sự tiên bộ', TEXT)).toBeNull();
  });

  it('changes nothing when the text does not say the same words at length', () => {
    expect(correctByOwnWords('tổ chức hội nghị sơ kết công tác', TEXT)).toBeNull();
    expect(correctByOwnWords('Ban Ưì sự', TEXT)).toBeNull();
  });
});
