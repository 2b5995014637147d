import { describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { findBodies } from '../../src/parser/tags/bodies.js';
import { isPageNumber, matchMarker, splitCells } from '../../src/parser/input/classify.js';
import { headerRole } from '../../src/parser/header/header.js';
import { decodeSource } from '../../src/parser/input/decode.js';
import { labelOf, locationOf, ordinalWords } from '../../src/parser/structure/ids.js';
import { readableName } from '../../src/parser/header/names.js';
import type { ProvisionNode } from '../../src/parser/nodes.js';
import { normalise, sourceColumn } from '../../src/parser/input/normalise.js';
import { CitationFinder } from '../../src/parser/links/references.js';
import { findRelations } from '../../src/parser/tags/relations.js';
import { TextRun } from '../../src/parser/text-run.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();
const run = (text: string) =>
  new TextRun([{ type: 'text', value: text, position: { start: { line: 1, column: 1, offset: 0 }, end: { line: 1, column: text.length + 1, offset: text.length } } }]);

describe('decoding', () => {
  const bytes = (text: string) => new TextEncoder().encode(text);

  it('accepts UTF-8 with or without a BOM', () => {
    expect(decodeSource(bytes('\uFEFFKính gửi'))).toEqual({ ok: true, text: 'Kính gửi' });
    expect(decodeSource(bytes('Kính gửi'))).toEqual({ ok: true, text: 'Kính gửi' });
  });

  it('refuses empty, UTF-16, legacy and binary input with a sentence saying what to do', () => {
    expect(decodeSource(new Uint8Array())).toMatchObject({ ok: false, reason: expect.stringMatching(/empty/) });
    expect(decodeSource(bytes('   \n\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/no text/) });
    expect(decodeSource(new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0xed, 0x00]))).toMatchObject({ ok: false, reason: expect.stringMatching(/UTF-16/) });
    expect(decodeSource(new Uint8Array([0x4b, 0xed, 0x6e, 0x68, 0x20, 0x67, 0xec]))).toMatchObject({ ok: false, reason: expect.stringMatching(/byte 0xED at offset 1.*Windows-1258/) });
    expect(decodeSource(new Uint8Array([0x01, 0x02, 0x00, 0x00, 0x01, 0x41]))).toMatchObject({ ok: false, reason: expect.stringMatching(/binary/) });
    expect(decodeSource(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a]))).toMatchObject({ ok: false, reason: expect.stringMatching(/PNG image/) });
    expect(decodeSource(bytes('%PDF-1.7\n'))).toMatchObject({ ok: false, reason: expect.stringMatching(/PDF file/) });
  });
});

describe('normalisation', () => {
  it('turns CRLF, BOM, form feeds and tabs into plain lines and keeps source line numbers', () => {
    const lines = normalise('\uFEFFa\r\n\fb\tc\r\n');
    expect(lines.map((l) => [l.number, l.text, l.pageStart])).toEqual([
      [1, 'a', false],
      [2, 'b   c', true],
    ]);
  });

  it('composes NFD text and maps each column back to the source', () => {
    const nfd = 'Tỉnh ủy'.normalize('NFD');
    const [line] = normalise(`x ${nfd}`);
    expect(line!.text).toBe('x Tỉnh ủy');
    const index = line!.text.indexOf('ủy');
    expect(sourceColumn(line!, index)).toBe(`x ${nfd}`.indexOf('u', 3) + 1);
  });
});

describe('line classifiers', () => {
  it('recognise every numbering style of the genre', () => {
    const cases: Array<[string, string, string]> = [
      ['A- ĐÁNH GIÁ', 'upper', 'A'],
      ['B. NHIỆM VỤ', 'upper', 'B'],
      ['II- Nhiệm vụ', 'roman', 'II'],
      ['IV. Tổ chức', 'roman', 'IV'],
      ['1. Cấp ủy', 'arabic', '1'],
      ['2- Ban', 'arabic', '2'],
      ['1.1. Rà soát', 'decimal', '1.1'],
      ['2.3.1 Hỗ trợ', 'decimal', '2.3.1'],
      ['a) Hộ nghèo', 'lower', 'a'],
      ['đ) Hộ cận nghèo', 'lower', 'đ'],
      ['- Tập trung', 'dash', '-'],
      ['+ Cấp giống', 'plus', '+'],
    ];
    for (const [line, style, number] of cases) expect(matchMarker(line), line).toMatchObject({ style, number });
  });

  it('do not take a date or a document number for a mark', () => {
    expect(matchMarker('05/11/2020 của Bộ Chính trị')).toBeNull();
    expect(matchMarker('92-KL/TW ngày')).toBeNull();
    expect(matchMarker('2020 trên địa bàn')).toBeNull();
  });

  it('know page numbers', () => {
    for (const line of ['2', '- 3 -', 'Trang 4', '5/7']) expect(isPageNumber(line), line).toBe(true);
    expect(isPageNumber('2. Ban')).toBe(false);
  });

  it('split lines where two header columns were merged', () => {
    expect(splitCells('TỈNH ỦY QUẢNG NGÃI          ĐẢNG CỘNG SẢN VIỆT NAM').map((c) => c.text)).toEqual(['TỈNH ỦY QUẢNG NGÃI', 'ĐẢNG CỘNG SẢN VIỆT NAM']);
    expect(splitCells('chính trị - xã hội tỉnh,').map((c) => c.text)).toEqual(['chính trị - xã hội tỉnh,']);
  });

  it('classify header cells', () => {
    expect(headerRole('Số 123-CV/TU')).toBe('number');
    expect(headerRole('Số: 12/KH-UBND')).toBe('number');
    expect(headerRole('Quảng Ngãi, ngày 15 tháng 01 năm 2021')).toBe('placeDate');
    expect(headerRole('V/v tiếp tục thực hiện')).toBe('subject');
    expect(headerRole('KẾ HOẠCH')).toBe('documentType');
    expect(headerRole('Độc lập - Tự do - Hạnh phúc')).toBe('motto');
    expect(headerRole('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe('nationalName');
    expect(headerRole('ĐẢNG CỘNG SẢN VIỆT NAM')).toBe('partyName');
    expect(headerRole('*')).toBe('separator');
  });
});

describe('labels', () => {
  const node = (style: ProvisionNode['style'], number: string, ordinal = 1) => ({ style, number, ordinal }) as ProvisionNode;

  it('read outermost first and cite innermost first, as Party documents do', () => {
    const path = [node('arabic', '2'), node('dash', '-', 3)];
    expect(labelOf(path)).toBe('Mục 2, gạch đầu dòng thứ ba');
    expect(locationOf(path)).toBe('Gạch đầu dòng thứ ba, mục 2');
    const deep = [node('roman', 'II'), node('arabic', '1'), node('decimal', '1.3')];
    expect(labelOf(deep)).toBe('Mục II, khoản 1, điểm 1.3');
    expect(locationOf(deep)).toBe('Điểm 1.3 khoản 1 mục II');
  });

  it('count in words up to ten', () => {
    expect([1, 4, 10, 11].map(ordinalWords)).toEqual(['thứ nhất', 'thứ tư', 'thứ mười', 'thứ 11']);
  });
});

describe('body recognition', () => {
  it('finds known bodies whatever the tone-mark placement', () => {
    expect(findBodies('báo cáo Thường trực Tỉnh uỷ', vocabulary).map((b) => b.id)).toEqual(['thuong-truc-tinh-uy']);
  });

  it('recognises bodies of a district or commune by the patterns of the genre', () => {
    const text = 'Ban cán sự đảng Ủy ban nhân dân huyện chỉ đạo Phòng Lao động - Thương binh và Xã hội huyện phối hợp với Ban Dân vận Huyện ủy, Đảng ủy xã Tịnh Hà và Ủy ban nhân dân huyện Sơn Tịnh';
    expect(findBodies(text, vocabulary).map((b) => b.name)).toEqual([
      'Ban cán sự đảng Ủy ban nhân dân huyện',
      'Phòng Lao động - Thương binh và Xã hội huyện',
      'Ban Dân vận Huyện ủy',
      'Đảng ủy xã Tịnh Hà',
      'Ủy ban nhân dân huyện Sơn Tịnh',
    ]);
  });

  it('expands abbreviations into the name and id', () => {
    expect(findBodies('UBND huyện Mộ Đức', vocabulary)).toMatchObject([{ id: 'uy-ban-nhan-dan-huyen-mo-duc', name: 'Ủy ban nhân dân huyện Mộ Đức' }]);
  });

  it('does not take ordinary words for a board ("Ban hành … Tỉnh ủy")', () => {
    expect(findBodies('Ban hành của Tỉnh ủy', vocabulary).map((b) => b.name)).toEqual(['Tỉnh ủy']);
  });
});

describe('bodies of the courts, procuracies and the treasury', () => {
  const { vocabulary } = projectContent();
  const names = (text: string) => findBodies(text, vocabulary).map((b) => b.name);

  it('knows their usual short names, with their level', () => {
    expect(names('VKSND tỉnh phối hợp với TAND tỉnh và KBNN khu vực')).toEqual(['VKSND tỉnh', 'TAND tỉnh', 'KBNN khu vực']);
  });

  it('reads a numbered region with its province after a dash as one body', () => {
    expect(names('Tòa án nhân dân khu vực 4 - Lạng Sơn chủ trì')).toEqual(['Tòa án nhân dân khu vực 4 - Lạng Sơn']);
  });

  it('reads an institute by its name, and a department whose name holds a comma', () => {
    expect(names('Viện Sốt rét - Ký sinh trùng - Côn trùng Quy Nhơn, Cục Quản lý Khám, chữa bệnh')).toEqual(['Viện Sốt rét - Ký sinh trùng - Côn trùng Quy Nhơn', 'Cục Quản lý Khám, chữa bệnh']);
  });

  it('reads a court president and a procurator general by office', () => {
    expect(names('Chánh án TAND khu vực và Viện trưởng VKSND khu vực')).toEqual(['Chánh án TAND khu vực', 'Viện trưởng VKSND khu vực']);
  });
});

describe('bodies named with their members, or by number', () => {
  const { vocabulary } = projectContent();
  const names = (text: string) => findBodies(text, vocabulary).map((b) => b.name);

  it('reads a class with the bare names of its members after a colon or in brackets as one body, as printed', () => {
    expect(names('Trưởng các phòng: Đào tạo, Công tác sinh viên chịu trách nhiệm thi hành')).toEqual(['Trưởng các phòng: Đào tạo, Công tác sinh viên']);
    expect(names('phối hợp với các sở, ngành (Công Thương, Xây dựng) và Công an tỉnh')).toEqual(['Các sở, ngành (Công Thương, Xây dựng)', 'Công an tỉnh']);
  });

  it('reads members that are bodies of their own as bodies, the class apart', () => {
    expect(names('Các đoàn thể (Hội Nông dân xã, Đoàn Thanh niên xã) vận động')).toEqual(['Các đoàn thể', 'Hội Nông dân xã', 'Đoàn Thanh niên xã']);
  });

  it('reads military units by their number, after the head or after the name', () => {
    expect(names('Trung đoàn 812 và Lữ đoàn 106 phối hợp với Hải đội Biên phòng 3')).toEqual(['Trung đoàn 812', 'Lữ đoàn 106', 'Hải đội Biên phòng 3']);
  });

  it('keeps a unit\'s number with its name, and the tax office\'s local unit named short', () => {
    expect(names('Tổ đại biểu số 2 và Tổ dân phố số 7')).toEqual(['Tổ đại biểu số 2', 'Tổ dân phố số 7']);
    expect(names('Thuế tỉnh hướng dẫn Thuế cơ sở rà soát')).toEqual(['Thuế tỉnh', 'Thuế cơ sở']);
  });
});

describe('relations', () => {
  it('reads the responsible body from the subject, the directed one after "chỉ đạo" and the coordinating ones after "phối hợp với"', () => {
    const text = run('Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng các cơ quan thông tin truyền thông của tỉnh phối hợp với các cơ quan liên quan đẩy mạnh tuyên truyền.');
    const relations = findRelations([text], vocabulary);
    expect(relations.responsible.map((b) => b.id)).toEqual(['ban-tuyen-giao-tinh-uy']);
    expect(relations.coordinating.map((b) => [b.id, b.relation])).toEqual([
      ['co-quan-thong-tin-truyen-thong-tinh', 'chi-dao'],
      ['co-quan-lien-quan', 'phoi-hop'],
    ]);
  });

  it('reads a list of bodies reported to', () => {
    const text = run('định kỳ báo cáo Thường trực Tỉnh ủy, Ban Thường vụ Tỉnh ủy.');
    expect(findRelations([text], vocabulary).reportsTo.map((b) => b.id)).toEqual(['thuong-truc-tinh-uy', 'ban-thuong-vu-tinh-uy']);
  });

  it('takes the report to the body results are sent to, not the recipient\'s onward report', () => {
    const text = run('Kết quả thực hiện gửi về Ban Tuyên giáo Tỉnh ủy trước ngày 15/12/2021 để tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy.');
    expect(findRelations([text], vocabulary).reportsTo.map((b) => b.id)).toEqual(['ban-tuyen-giao-tinh-uy']);
  });

  it('finds no responsible body where no clause opens with one', () => {
    const text = run('Tập trung rà soát, hoàn thiện cơ chế, chính sách đối với Ủy ban nhân dân tỉnh.');
    expect(findRelations([text], vocabulary).responsible).toEqual([]);
  });

  it('takes the body a later clause opens with as responsible ("…; Ủy ban nhân dân tỉnh chỉ đạo")', () => {
    const text = run('Tập trung rà soát, hoàn thiện cơ chế, chính sách; Ủy ban nhân dân tỉnh chỉ đạo.');
    expect(findRelations([text], vocabulary).responsible.map((b) => b.id)).toEqual(['uy-ban-nhan-dan-tinh']);
  });
});

describe('citations', () => {
  it('resolves short names a text defines for a document the registry does not know, and reports it once', () => {
    const file = new VFile();
    const finder = new CitationFinder(vocabulary, file);
    const first = run('Thực hiện Chỉ thị số 05-CT/TU ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy (sau đây gọi tắt là Chỉ thị 05), Kế hoạch này');
    const later = run('quán triệt Chỉ thị 05 và Chỉ thị 05');
    finder.learnDefinitions(first);
    finder.learnDefinitions(later);
    // The name inside the definition defines; it is not a citation of its own.
    expect(finder.find(first).map((c) => [c.text, c.form, c.number, c.target, c.date])).toEqual([
      ['Chỉ thị số 05-CT/TU ngày 12/3/2021', 'number', '05-CT/TU', null, '2021-03-12'],
      ['Kế hoạch này', 'self', null, 'self', null],
    ]);
    expect(finder.find(later).map((c) => [c.form, c.number])).toEqual([
      ['defined-short-name', '05-CT/TU'],
      ['defined-short-name', '05-CT/TU'],
    ]);
    expect(file.messages.map((m) => m.ruleId)).toEqual(['unresolved-citation']);
  });

  it('resolves registry documents by number, short name and descriptive name', () => {
    const finder = new CitationFinder(vocabulary, new VFile());
    const text = run('Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương khóa XII về cải cách chính sách bảo hiểm xã hội; Kế hoạch số 157-KH/TU; Nghị quyết 15');
    expect(finder.find(text).map((c) => [c.target, c.form])).toEqual([
      ['nghi-quyet-28', 'descriptive'],
      ['ke-hoach-157', 'number'],
      ['nghi-quyet-15', 'short-name'],
    ]);
  });

  it('warns when a citation gives another date than the registry', () => {
    const file = new VFile();
    new CitationFinder(vocabulary, file).find(run('Nghị quyết số 15-NQ/TW ngày 10/6/2012'));
    expect(file.messages.map((m) => m.ruleId)).toEqual(['citation-date-mismatch']);
  });
});

describe('names printed in capitals', () => {
  it('are given the case of running text', () => {
    expect(readableName('ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH')).toBe('Ủy ban nhân dân huyện Sơn Tịnh');
    expect(readableName('TỈNH ỦY QUẢNG NGÃI')).toBe('Tỉnh ủy Quảng Ngãi');
    expect(readableName('ĐẢNG ỦY XÃ TỊNH HÀ')).toBe('Đảng ủy xã Tịnh Hà');
    expect(readableName('SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI')).toBe('Sở Lao động - Thương binh và Xã hội');
    expect(readableName('BAN THƯỜNG VỤ TỈNH ỦY')).toBe('Ban Thường vụ Tỉnh ủy');
    expect(readableName('BAN CHỈ ĐẠO 389 TỈNH CAO BẰNG')).toBe('Ban Chỉ đạo 389 tỉnh Cao Bằng');
    expect(readableName('BAN CHỈ HUY QUÂN SỰ XÃ ĐẠI LỘC')).toBe('Ban Chỉ huy Quân sự xã Đại Lộc');
  });
});
