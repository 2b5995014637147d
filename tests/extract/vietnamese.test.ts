/**
 * Telling a text layer that is Vietnamese from one that lies, and repairing
 * the lies whose mapping is known.
 */
import { describe, expect, it } from 'vitest';
import { decodeTcvn3, decodeVni, isSyllable, repairText, unshift, vietnameseShare } from '../../src/text/vietnamese.js';

const SENTENCE = 'Quyết định về việc ban hành quy chế làm việc của Ban Thường vụ Tỉnh ủy nhiệm kỳ mới';

describe('Vietnamese text', () => {
  it('is made of syllables: onset, vowels, final, one tone', () => {
    for (const word of ['nghiêng', 'khuyến', 'người', 'quyết', 'giữa', 'Đảng', 'ủy', 'uỷ', 'thuở', 'oái']) expect(isSyllable(word), word).toBe(true);
    for (const word of ['Wkh', 'qu¸t', 'ngƣời', 'Tñnh', 'thẩmđ', 'àá', 'xyz']) expect(isSyllable(word), word).toBe(false);
  });

  it('reads as Vietnamese in nearly every word, abbreviations aside', () => {
    expect(vietnameseShare(`${SENTENCE}; UBND, HĐND, BCH TW.`).share).toBe(1);
  });
});

describe('a text layer that lies', () => {
  it('is repaired when it carries TCVN3 (.VnTime fonts)', () => {
    expect(decodeTcvn3('QuyÕt ®Þnh vÒ viÖc B¶o Th¾ng')).toBe('Quyết định về việc Bảo Thắng');
    expect(repairText('QuyÕt ®Þnh vÒ viÖc ban hµnh quy chÕ lµm viÖc cña Ban Th\u00adêng vô TØnh ñy')).toMatchObject({ mapping: 'tcvn3', text: 'Quyết định về việc ban hành quy chế làm việc của Ban Thường vụ Tỉnh ủy' });
  });

  it('is repaired when it carries VNI (VNI-Windows fonts)', () => {
    expect(decodeVni('Quyeát ñònh')).toBe('Quyết định');
    expect(repairText('Quyeát ñònh veà vieäc ban haønh quy cheá laøm vieäc cuûa Ban Thöôøng vuï Tænh uûy')).toMatchObject({ mapping: 'vni' });
  });

  it('is repaired when its font maps "ư" to "ƣ"', () => {
    expect(repairText('Ngƣời dân thƣờng xuyên tham gia phong trào thi đua yêu nƣớc của tỉnh')).toMatchObject({ mapping: 'broken-map', text: 'Người dân thường xuyên tham gia phong trào thi đua yêu nước của tỉnh' });
  });

  it('is repaired when its letters are shifted by a constant', () => {
    const ascii = 'Ban hanh quy che lam cho ca nam ta dan toc xa mai day cao lai tai cac xa';
    expect(repairText(unshift(ascii, -3))).toMatchObject({ mapping: 'shift3', text: ascii });
  });

  it('is left alone when it already is Vietnamese, and given up on when nothing makes it so', () => {
    expect(repairText(SENTENCE)).toBeNull();
    expect(repairText('§ÿ¤¥ ¦§¨© ª«¬® ¯°±² ³´µ¶ ·¸¹º »¼½¾ ¿ÀÁÂ ÃÄÅÆ')).toBeNull();
  });
});
