/**
 * Behaviours of the genre the real documents showed, on small texts of our
 * own: numbering of any size, bodies in their jurisdiction, matching that
 * respects letters, what is and is not a citation, members that are not
 * bodies.
 */
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../src/parser/bodies.js';
import { parseDirective } from '../../src/parser/index.js';
import type { DirectiveMetaFile } from '../../src/schemas/meta.js';
import type { Provision } from '../../src/schemas/document.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();
const parse = (text: string, meta: DirectiveMetaFile | null = null) => parseDirective({ source: text, path: 'test.txt', vocabulary, meta }).document!;
const all = (ps: Provision[]): Provision[] => ps.flatMap((p) => [p, ...all(p.children)]);

describe('numbering', () => {
  it('keeps 1,500 numbered items as 1,500 provisions', () => {
    const items = Array.from({ length: 1500 }, (_, i) => `${i + 1}. Nhiệm vụ số ${i + 1} được giao cho các cơ quan liên quan thực hiện.`);
    const document = parse(`Thực hiện chỉ đạo của Tỉnh ủy, yêu cầu:\n${items.join('\n')}\n`);
    expect(document.provisions).toHaveLength(1500);
    expect(document.provisions.at(-1)!.number).toBe('1500');
  });

  it('reads a span of years wrapped to the start of a line as text ("2020 - 2025,")', () => {
    const document = parse('Căn cứ Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XIX, nhiệm kỳ\n2020 - 2025, Ban Thường vụ yêu cầu:\n1. Tổ chức quán triệt.\n');
    expect(document.provisions.map((p) => p.number)).toEqual(['1']);
  });
});

describe('bodies in their jurisdiction', () => {
  const letter = (province: string) =>
    `TỈNH ỦY ${province.toUpperCase()}        ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-CV/TU        ${province}, ngày 05 tháng 3 năm 2026\nV/v tuyên truyền\n\nKính gửi: Các cơ quan liên quan.\n\n1. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tổ chức tuyên truyền.\n\nNơi nhận:\n- Như trên.\n\nT/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\n\nNguyễn Văn An\n`;

  it('tells two provinces\' "Ban Tuyên giáo Tỉnh ủy" apart, and names where each belongs', () => {
    const [a, b] = [parse(letter('Lào Cai')), parse(letter('Hà Tĩnh'))];
    expect(a.provisions[0]!.responsible.map((t) => [t.id, t.jurisdiction])).toEqual([['ban-tuyen-giao-tinh-uy-lao-cai', 'tỉnh Lào Cai']]);
    expect(b.provisions[0]!.responsible.map((t) => [t.id, t.jurisdiction])).toEqual([['ban-tuyen-giao-tinh-uy-ha-tinh', 'tỉnh Hà Tĩnh']]);
    expect(a.provisions[0]!.coordinating.map((t) => t.id)).toEqual(['so-van-hoa-the-thao-va-du-lich-lao-cai']);
  });

  it('does not take a member for a body ("cấp ủy viên", "Tỉnh ủy viên")', () => {
    expect(findBodies('Các đồng chí cấp ủy viên phụ trách địa bàn', vocabulary)).toEqual([]);
    expect(findBodies('Các đồng chí Tỉnh ủy viên', vocabulary)).toEqual([]);
  });

  it('reads the responsibility forms of the genre', () => {
    const document = parse(
      'Thực hiện chỉ đạo, yêu cầu:\n1. Giao Sở Tài chính chủ trì, phối hợp với Thuế tỉnh và Công an tỉnh rà soát nguồn thu.\n2. Sở Xây dựng chủ trì; Sở Nông nghiệp và Môi trường phối hợp.\n3. Kiểm tra việc thực hiện.\n- Rà soát các dự án.\nTrách nhiệm chỉ đạo thực hiện: Đảng ủy Ủy ban nhân dân tỉnh; các cấp ủy, tổ chức đảng.\n',
      { issuer: 'Ủy ban nhân dân tỉnh Hà Tĩnh', notes: [] },
    );
    const [one, two, three] = document.provisions;
    expect(one!.responsible.map((t) => t.name)).toEqual(['Sở Tài chính']);
    expect(one!.coordinating.map((t) => t.name)).toEqual(['Thuế tỉnh', 'Công an tỉnh']);
    expect(two!.responsible.map((t) => t.name)).toEqual(['Sở Xây dựng']);
    expect(two!.coordinating.map((t) => t.name)).toEqual(['Sở Nông nghiệp và Môi trường']);
    expect(three!.responsible.map((t) => t.name)).toContain('Đảng ủy Ủy ban nhân dân tỉnh');
    expect(three!.children[0]!.responsible.every((t) => t.inherited)).toBe(true);
  });
});

describe('matching', () => {
  it('respects letters and marks where the text has diacritics: "Hướng dẫn số" is not "dân số"', () => {
    const document = parse('Thực hiện Hướng dẫn số 12-HD/BCĐ, yêu cầu:\n1. Thực hiện Hướng dẫn số 12-HD/BCĐ trên địa bàn.\n');
    expect(document.provisions[0]!.areas.map((a) => a.id)).not.toContain('y-te');
  });

  it('matches folded where the text was typed without diacritics', () => {
    const document = parse('Yeu cau:\n1. Nang cao chat luong dan so va cham soc suc khoe nhan dan.\n');
    expect(document.provisions[0]!.areas.map((a) => a.id)).toContain('y-te');
  });
});

describe('citations', () => {
  it('takes no citation from "kế hoạch 5 năm"', () => {
    const document = parse('Yêu cầu:\n1. Cụ thể hóa thành các đề án, kế hoạch 5 năm và hằng năm.\n');
    expect(all(document.provisions).flatMap((p) => p.references)).toEqual([]);
  });

  it('reads a short form as the document the text cites by number ("Chỉ thị 11" after "Chỉ thị số 11-CT/TU")', () => {
    const document = parse('Thực hiện Chỉ thị số 11-CT/TU ngày 04/01/2026 của Ban Thường vụ Tỉnh ủy, yêu cầu:\n1. Quán triệt Chỉ thị 11 đến cán bộ, đảng viên.\n');
    expect(document.provisions[0]!.references.map((r) => [r.text, r.number])).toEqual([['Chỉ thị 11', '11-CT/TU']]);
  });

  it('reads a date written in words ("ngày 10 tháng 7 năm 2024")', () => {
    const document = parse('Căn cứ Quyết định số 25/2024/QĐ-UBND ngày 10 tháng 7 năm 2024 của Ủy ban nhân dân tỉnh, yêu cầu:\n1. Thực hiện.\n');
    expect(document.preamble[0]!.references.map((r) => r.date)).toEqual(['2024-07-10']);
  });
});
