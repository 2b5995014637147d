/**
 * The parser's doubts: each rule speaks where a reading is likely wrong,
 * with its line, a reason in Vietnamese and the provision or field it is
 * about — and a clean reading raises none of the structural ones.
 */
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/parser/index.js';
import type { DirectiveDocument } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();

const HEADER = [
  'UBND HUYỆN ĐỒNG XUÂN                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'PHÒNG VĂN HÓA                          Độc lập - Tự do - Hạnh phúc',
  '',
  'Số: 41/VHTT                          Đồng Xuân, ngày 02 tháng 3 năm 2026',
  'V/v chuẩn bị lễ hội mùa xuân',
  '',
  'Kính gửi: Ủy ban nhân dân các xã.',
  '',
];
const FOOT = ['', 'Nơi nhận:                                 TRƯỞNG PHÒNG', '- Như trên;', '- Lưu: VT.', '                                       Trần Văn Bảy', ''];

function doubts(body: string[]): DirectiveDocument['doubts'] {
  const source = [...HEADER, ...body, ...FOOT].join('\n');
  return parseDirective({ source, path: 'x.txt', vocabulary }).document!.doubts;
}
const rules = (list: DirectiveDocument['doubts']) => list.map((d) => d.rule);

describe('doubts', () => {
  it('are none on a letter read right', () => {
    expect(doubts(['Phòng Văn hóa đề nghị:', '1. Ủy ban nhân dân các xã chủ trì tổ chức lễ hội.', '2. Công an huyện phối hợp với Ủy ban nhân dân các xã bảo đảm an ninh.'])).toEqual([]);
  });

  it('point at a number that skips, with the provision and the line', () => {
    const found = doubts(['Phòng Văn hóa đề nghị:', '1. Ủy ban nhân dân các xã chủ trì tổ chức lễ hội.', '3. Công an huyện phối hợp với các xã bảo đảm an ninh.']);
    expect(found).toContainEqual(expect.objectContaining({ rule: 'numbering', line: 11, provision: 'muc-3', field: null, cleared: false }));
    expect(found.find((d) => d.rule === 'numbering')!.message).toMatch(/^Số thứ tự bị nhảy/u);
  });

  it('point at a duty whose body is not recognised, and at a "phối hợp với" with no partner', () => {
    const found = doubts(['Phòng Văn hóa đề nghị:', '1. Giao đơn vị chủ trì sự kiện lập phương án.', '2. Ủy ban nhân dân các xã phối hợp với nhóm tình nguyện dọn vệ sinh.']);
    expect(rules(found)).toEqual(expect.arrayContaining(['duty-without-body', 'partner-without-body']));
  });

  it('point at a line that starts with a mark but was read as running text', () => {
    const found = doubts(['Phòng Văn hóa đề nghị:', '1. Ủy ban nhân dân các xã chủ trì tổ chức lễ hội, bảo đảm tiết kiệm theo quy định tại mục', '2. Kế hoạch số 12/KH-UBND của huyện.']);
    expect(rules(found)).toContain('mark-in-text');
  });

  it('say when the number is printed but left blank, and when the source has none', () => {
    const blank = parseDirective({ source: [...HEADER.map((l) => l.replace('Số: 41/VHTT', 'Số:     /VHTT')), 'Đề nghị các xã thực hiện.', ...FOOT].join('\n'), path: 'x.txt', vocabulary }).document!;
    expect(blank.unread).toEqual(['number']);
    expect(blank.doubts.find((d) => d.field === 'number')!.message).toMatch(/^Bản nguồn để trống số hiệu \(thường do chữ ký số điền khi ký\)/u);
    const none = parseDirective({ source: ['Kính gửi: Các xã.', '', 'Đề nghị các xã thực hiện tốt lễ hội.', ...FOOT].join('\n'), path: 'x.txt', vocabulary }).document!;
    expect(none.unread).toEqual([]);
    expect(none.doubts.find((d) => d.field === 'number')!.message).toMatch(/^Không tìm thấy số hiệu/u);
  });

  it('point at a closing formula read into the last provision', () => {
    const found = doubts(['Phòng Văn hóa đề nghị:', '1. Ủy ban nhân dân các xã chủ trì tổ chức lễ hội. Trên đây là nội dung chuẩn bị lễ hội, đề nghị các xã thực hiện./.']);
    expect(found).toContainEqual(expect.objectContaining({ rule: 'closing-inside', field: 'closing' }));
  });
});
