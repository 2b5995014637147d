/**
 * A document's field (Lĩnh vực): the one its subject names, else the one its
 * words point to clearly (subject, issuer, preamble and titles weighing most;
 * a word a guide repeats in every paragraph counted once a paragraph), else
 * none; an editor's meta.yaml says it where the words do not.
 */
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();
const parse = (source: string, meta: Record<string, unknown> | null = null) =>
  parseDirective({ source, path: 'x.txt', vocabulary, meta: meta as never }).document!;

describe('the field of a document', () => {
  it('is the one its subject names', () => {
    const d = parse(
      'ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nHUYỆN ĐỒNG XUÂN                    Độc lập - Tự do - Hạnh phúc\n\nSố: 41/UBND                       Đồng Xuân, ngày 02 tháng 3 năm 2026\nV/v tăng cường phòng cháy, chữa cháy mùa khô\n\nKính gửi: Các xã.\n\nĐề nghị các xã thực hiện:\n1. Kiểm tra các khu dân cư.\n',
    );
    expect(d.field).toMatchObject({ id: 'an-ninh-trat-tu', from: 'text' });
  });

  it('is the one the words point to clearly, else none', () => {
    const clear = parse('Kính gửi: Các xã.\n\nĐề nghị các xã thực hiện:\n1. Tăng cường bảo vệ môi trường, xử lý chất thải.\n2. Ứng phó biến đổi khí hậu, giảm ô nhiễm.\n');
    expect(clear.field?.id).toBe('tai-nguyen-moi-truong');
    expect(clear.field?.words).toContain('biến đổi khí hậu');
    const vague = parse('Kính gửi: Các xã.\n\nĐề nghị các xã thực hiện tốt các nhiệm vụ được giao:\n1. Họp định kỳ.\n');
    expect(vague.field).toBeNull();
  });

  it('is found in a subject an OCR reading misread a tone of, with every mark folded away', () => {
    const d = parse(
      'BAN TUYÊN GIÁO                     ĐẢNG CỘNG SẢN VIỆT NAM\n\nSố: 20-CV/BTG                      Lâm Đồng, ngày 02 tháng 3 năm 2026\nV/v cử cán bộ tham gia Ban Vì sự tiên bộ của phụ nữ\n\nKính gửi: Các xã.\n\nĐề nghị các xã thực hiện:\n1. Họp định kỳ.\n',
    );
    expect(d.field).toEqual({ id: 'van-hoa-xa-hoi', label: 'Văn hóa – Xã hội', from: 'text', words: [] });
  });

  it('is what an editor says in meta.yaml, and says so', () => {
    const d = parse('Kính gửi: Các xã.\n\nĐề nghị các xã thực hiện:\n1. Họp định kỳ.\n', { field: 'van-thu-luu-tru', notes: [] });
    expect(d.field).toEqual({ id: 'van-thu-luu-tru', label: 'Văn thư – Lưu trữ', from: 'metadata', words: [] });
  });
});
