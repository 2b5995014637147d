/**
 * Behaviours of the genre the real documents showed, on small texts of our
 * own: numbering of any size, bodies in their jurisdiction, matching that
 * respects letters, what is and is not a citation, members that are not
 * bodies.
 */
import { describe, expect, it } from 'vitest';
import { findBodies } from '../../src/parser/tags/bodies.js';
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

  it('gives a commune\'s own bodies its name, as communes answer to their province directly since 2025', () => {
    const commune = (name: string) =>
      `ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nXÃ ${name.toUpperCase()}        Độc lập - Tự do - Hạnh phúc\nSố: 30/UBND-VP        ${name}, ngày 05 tháng 3 năm 2026\nV/v trồng cây\n\nKính gửi: Các thôn.\n\n1. Phòng Kinh tế chủ trì, phối hợp với các thôn tổ chức trồng cây.\n\nNơi nhận:\n- Như trên.\n\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nNguyễn Văn An\n`;
    const [a, b] = [parse(commune('Ea Tiêu')), parse(commune('Cư Êbur'))];
    expect(a.provisions[0]!.responsible.map((t) => [t.id, t.jurisdiction])).toEqual([['phong-kinh-te-ea-tieu', 'xã Ea Tiêu']]);
    expect(b.provisions[0]!.responsible.map((t) => t.id)).toEqual(['phong-kinh-te-cu-ebur']);
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

describe('shapes found by documents written blind', () => {
  it('reads a lead-in that sets a body to act, or asks, as a sentence, not a title', () => {
    const document = parse(
      'Yêu cầu:\n1. Sở Tài chính chủ trì, phối hợp với Sở Nội vụ tham mưu Ủy ban nhân dân tỉnh:\na) Rà soát biên chế.\n2. Trong thời gian tới, đề nghị Ban Thường vụ Đảng ủy xã tập trung một số nhiệm vụ sau:\n- Củng cố tổ chức.\n3. Nhiệm vụ được giao bao gồm:\n- Kiểm tra.\n4. Các Sở, ban, ngành tỉnh:\n- Triển khai.\n',
    );
    expect(document.provisions.map((p) => p.heading)).toEqual([null, null, 'Nhiệm vụ được giao bao gồm:', 'Các Sở, ban, ngành tỉnh:']);
  });

  it('reads each role in brackets after the names it closes: "X (chủ trì), Y, Z (phối hợp)"', () => {
    const document = parse(
      'Kết luận:\n1. Giao Sở Xây dựng (chủ trì), Sở Tài chính, Ủy ban nhân dân huyện Sơn Tịnh (phối hợp) lập hồ sơ điều chỉnh quy hoạch.\n2. Công an tỉnh (chủ trì) phối hợp với Sở Tư pháp rà soát.\n',
    );
    const [one, two] = document.provisions;
    expect(one!.responsible.map((t) => t.name)).toEqual(['Sở Xây dựng']);
    expect(one!.coordinating.map((t) => t.name)).toEqual(['Sở Tài chính', 'Ủy ban nhân dân huyện Sơn Tịnh']);
    expect(two!.responsible.map((t) => t.name)).toEqual(['Công an tỉnh']);
    expect(two!.coordinating.map((t) => t.name)).toEqual(['Sở Tư pháp']);
  });

  it('reads a region\'s unit by its number or place: "Thuế cơ sở 4 tỉnh …", "Chi cục Thuế khu vực 3", "Bảo hiểm xã hội cơ sở …"', () => {
    const document = parse(
      'Kết luận:\n1. Thuế cơ sở 4 tỉnh Nam Định chủ trì rà soát nguồn thu.\n2. Chi cục Thuế khu vực 3 chủ trì đối chiếu.\n3. Bảo hiểm xã hội cơ sở Sơn Tịnh chủ trì cấp thẻ.\n4. Các cơ sở 2 và 3 của trường tổ chức dạy bù.\n',
    );
    expect(document.provisions.map((p) => p.responsible.map((t) => t.name))).toEqual([['Thuế cơ sở 4 tỉnh Nam Định'], ['Chi cục Thuế khu vực 3'], ['Bảo hiểm xã hội cơ sở Sơn Tịnh'], []]);
  });

  it('reads an agency\'s own offices whole, though their lower-case words look like what they do', () => {
    const document = parse(
      'Kết luận:\n1. Phòng Hậu cần - Kỹ thuật chủ trì bảo đảm xăng dầu.\n2. Phòng Kiểm tra, kiểm soát nội bộ chủ trì rà soát hồ sơ vay.\n3. Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên chủ trì tuần tra.\n',
    );
    expect(document.provisions.map((p) => p.responsible.map((t) => t.name))).toEqual([['Phòng Hậu cần - Kỹ thuật'], ['Phòng Kiểm tra, kiểm soát nội bộ'], ['Phòng Quản lý bảo vệ rừng và Bảo tồn thiên nhiên']]);
  });

  it('reads an issuer whose name runs on a second line: a branch under its bank, a school\'s name after its kind', () => {
    const branch = parse('NGÂN HÀNG CHÍNH SÁCH XÃ HỘI\nPHÒNG GIAO DỊCH HUYỆN BA TƠ\nSố: 88/NHCS-TD\nBa Tơ, ngày 02 tháng 3 năm 2026\nV/v thu hồi nợ đến hạn\n\nKính gửi: Ủy ban nhân dân các xã.\n\n1. Các tổ tiết kiệm rà soát nợ.\n');
    expect(branch.meta.issuer).toMatch(/^Ngân hàng Chính sách xã hội Phòng giao dịch huyện Ba Tơ$/iu);
    const school = parse('ĐẢNG BỘ TỈNH QUẢNG NGÃI\nĐẢNG ỦY TRƯỜNG CAO ĐẲNG\nKỸ THUẬT CÔNG NGHIỆP\n*\nSố 12-KH/ĐU\nĐẢNG CỘNG SẢN VIỆT NAM\nQuảng Ngãi, ngày 5 tháng 3 năm 2026\nKẾ HOẠCH\nvề học tập nghị quyết\n\n1. Các chi bộ tổ chức học tập.\n');
    expect(school.meta.issuer).toMatch(/^Đảng ủy Trường Cao đẳng Kỹ thuật Công nghiệp$/iu);
  });

  it('names a signer without the academic title printed before the name, which the lines keep', () => {
    const document = parse('Kết luận:\n1. Giao Văn phòng Đảng ủy theo dõi.\n\nNơi nhận:\n- Lưu VP.\n\nT/M ĐẢNG ỦY\nBÍ THƯ\n\nPGS.TS. Hồ Minh Tâm\n');
    expect(document.signature?.name).toBe('Hồ Minh Tâm');
    expect(document.signature?.lines).toContain('PGS.TS. Hồ Minh Tâm');
  });

  it('takes the closing of a thông báo apart ("… thông báo để … biết, thực hiện.")', () => {
    const document = parse('Kết luận:\n1. Giao Văn phòng Tỉnh ủy theo dõi.\n\nThường trực Tỉnh ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.\n');
    expect(document.closing.map((c) => c.text)).toEqual(['Thường trực Tỉnh ủy thông báo để các cơ quan, đơn vị liên quan biết, thực hiện.']);
  });

  it('keeps a subject that says where it was concluded whole, and drops an issuer alone before "về"', () => {
    const meeting = parse('TỈNH ỦY QUẢNG TRỊ\nSố 318-TB/TU\nQuảng Trị, ngày 12 tháng 3 năm 2026\n\nTHÔNG BÁO KẾT LUẬN\ncủa Thường trực Tỉnh ủy tại buổi làm việc với Ban Thường vụ\nĐảng ủy xã Hải Phú về kết quả quý I năm 2026\n\nKết luận:\n1. Giao Văn phòng Tỉnh ủy theo dõi.\n');
    expect(meeting.meta.subject).toBe('của Thường trực Tỉnh ủy tại buổi làm việc với Ban Thường vụ Đảng ủy xã Hải Phú về kết quả quý I năm 2026');
    const plain = parse('TỈNH ỦY QUẢNG TRỊ\nSố 20-CT/TU\nQuảng Trị, ngày 12 tháng 3 năm 2026\n\nCHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về công tác dân vận\n\nYêu cầu:\n1. Quán triệt.\n');
    expect(plain.meta.subject).toBe('công tác dân vận');
  });

  it('reads "Số" as OCR misreads it, and the central board under BAN CHẤP HÀNH TRUNG ƯƠNG', () => {
    const document = parse('BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nBAN TỔ CHỨC\n* Hà Nội, ngày 09 tháng 3 năm 2026\nSô 41-HD/BTCTW\n\nHƯỚNG DẪN\nvề sổ đảng viên\n-----\n1. Các cấp ủy thực hiện.\n');
    expect([document.meta.number, document.meta.issuer]).toEqual(['41-HD/BTCTW', 'Ban Tổ chức Trung ương']);
  });

  it('ends a title at "Căn cứ …", keeps the deciding body out of the subject, and reads a Quy chế after the signature as an appendix', () => {
    const document = parse(
      'ỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nSố: 12/2026/QĐ-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nPhú Yên, ngày 02 tháng 3 năm 2026\n\nQUYẾT ĐỊNH\nBan hành Quy chế tiếp công dân\nỦY BAN NHÂN DÂN TỈNH PHÚ YÊN\nCăn cứ Luật Tiếp công dân;\nQUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế tiếp công dân.\nĐiều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này./.\nNơi nhận:\n- Như Điều 2;\n- Lưu: VT.\nTM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\n\nTrần Văn Hòa\n\nỦY BAN NHÂN DÂN\nTỈNH PHÚ YÊN\nQUY CHẾ\nTiếp công dân\n(Ban hành kèm theo Quyết định số 12/2026/QĐ-UBND)\nĐiều 1. Phạm vi\nQuy chế này quy định việc tiếp công dân.\n',
    );
    expect(document.meta.subject).toBe('Ban hành Quy chế tiếp công dân');
    expect(document.preamble[0]!.text).toMatch(/^Căn cứ Luật Tiếp công dân/);
    expect(document.provisions.map((p) => p.number)).toEqual(['1', '2']);
    expect(document.provisions[1]!.responsible.map((t) => t.name)).toEqual(['Chánh Văn phòng Ủy ban nhân dân tỉnh']);
    expect(document.appendices.map((a) => [a.header, a.title, a.subtitle])).toEqual([
      [['ỦY BAN NHÂN DÂN', 'TỈNH PHÚ YÊN'], 'QUY CHẾ', ['Tiếp công dân', '(Ban hành kèm theo Quyết định số 12/2026/QĐ-UBND)']],
    ]);
  });

  it('finds bodies named before what they do after a comma, and as the agent of "do"', () => {
    const document = parse('Yêu cầu:\n1. Khi có thay đổi, chi bộ đề xuất, cấp ủy cơ sở kiểm tra và cập nhật.\n2. Việc số hóa do Văn phòng Tỉnh ủy thực hiện.\n');
    expect(document.provisions.map((p) => p.responsible.map((t) => t.name))).toEqual([['Chi bộ', 'Cấp ủy cơ sở'], ['Văn phòng Tỉnh ủy']]);
  });

  it('ends a department\'s name where it acts, even misread ("hưóng dẫn"), and keeps "Dân vận" and a dashed part in it', () => {
    const names = (text: string) => findBodies(text, vocabulary).map((b) => b.name);
    expect(names('Trung tâm Dữ liệu - Công nghệ thông tin hưóng dẫn nghiệp vụ')).toEqual(['Trung tâm Dữ liệu - Công nghệ thông tin']);
    expect(names('Phòng Dân vận chủ trì, phối hợp với Phòng Tuyên truyền - Báo chí')).toEqual(['Phòng Dân vận', 'Phòng Tuyên truyền - Báo chí']);
  });

  it('takes the signer\'s title off a Nơi nhận entry it was merged onto, and a left-column line as the entry going on', () => {
    const ocr = parse('Yêu cầu:\n1. Thực hiện.\n\nNơi nhận: K/T TRƯỞNG BAN\n- Thường trực Ban Bí thư (để b/c), PHÓ TRƯỞNG BAN\n- Lưu Văn phòng.\nNguyễn Thị Hoa\n');
    expect(ocr.signature).toMatchObject({ title: 'PHÓ TRƯỞNG BAN', name: 'Nguyễn Thị Hoa' });
    expect(ocr.copiesTo.map((e) => e.text)).toEqual(['Thường trực Ban Bí thư (để b/c),', 'Lưu Văn phòng.']);
    const layout = parse(
      'Yêu cầu:\n1. Thực hiện.\n\nNơi nhận:                                                     T/L BAN THƯỜNG VỤ\n- Ban Tổ chức, Ban Tuyên giáo và Dân vận,                      CHÁNH VĂN PHÒNG\n  Ủy ban Kiểm tra Tỉnh ủy,\n- Lưu Văn phòng Tỉnh ủy.                                       Lê Minh Tâm\n',
    );
    expect(layout.signature).toMatchObject({ name: 'Lê Minh Tâm' });
    expect(layout.copiesTo.map((e) => e.text)).toEqual(['Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ủy ban Kiểm tra Tỉnh ủy,', 'Lưu Văn phòng Tỉnh ủy.']);
  });

  it('reads the look-alike "Ð" as "Đ", and a page number under a running header as furniture', () => {
    const page = (n: number, body: string) => `===== Trang ${n} =====\nChỉ thị số 09/CT-UBND của UBND tỉnh\n${n}\n${body}\n`;
    const text = `ỦY BAN NHÂN DÂN TỈNH AN GIANG\nÐộc lập - Tự do - Hạnh phúc\nSố: 09/CT-UBND\n\nCHỈ THỊ\nVề an toàn giao thông\n\n1. Sở Xây dựng kiểm tra phương tiện.\n${page(2, '2. Công an tỉnh tuần tra.')}${page(3, '3. Sở Y tế chuẩn bị lực lượng.')}${page(4, '4. Các xã tuyên truyền.')}`;
    const outcome = parseDirective({ source: text, path: 'test.txt', vocabulary });
    expect(outcome.document!.provisions.map((p) => p.text)).toEqual(['Sở Xây dựng kiểm tra phương tiện.', 'Công an tỉnh tuần tra.', 'Sở Y tế chuẩn bị lực lượng.', 'Các xã tuyên truyền.']);
    expect(outcome.document!.artefacts.filter((a) => a.kind === 'page-number').map((a) => a.text)).toEqual(['2', '3', '4']);
  });

  it('keeps a part\'s title in capitals on the line under "Phần thứ nhất" in a Word text', () => {
    const long = 'Quán triệt sâu sắc, thống nhất nhận thức trong cấp ủy, tổ chức đảng và cán bộ, đảng viên về quan điểm, mục tiêu, nhiệm vụ của Nghị quyết.';
    const document = parse(`Yêu cầu như sau:\nPhần thứ nhất\nMỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- ${long}\nPhần thứ hai\nNHIỆM VỤ, GIẢI PHÁP\n1. Nâng cao nhận thức\n- ${long}\n`);
    expect(document.provisions.map((p) => [p.number, p.heading])).toEqual([['thứ nhất', 'MỤC ĐÍCH, YÊU CẦU'], ['thứ hai', 'NHIỆM VỤ, GIẢI PHÁP']]);
  });

  it('reads a Nơi nhận list that comes after the signature', () => {
    const document = parse('Quyết nghị:\n1. Thực hiện.\nNghị quyết này có hiệu lực kể từ ngày ký./.\nT/M BAN CHẤP HÀNH\nBÍ THƯ\nHoàng Thị Lan\nNơi nhận:\n- Ban Thường vụ Tỉnh ủy (để b/c),\n- Lưu Văn phòng Đảng ủy.\n');
    expect(document.copiesTo.map((e) => e.text)).toEqual(['Ban Thường vụ Tỉnh ủy (để b/c),', 'Lưu Văn phòng Đảng ủy.']);
    expect(document.trailer).toEqual([]);
  });

  it('knows schools, portals, villages and regional centres by name', () => {
    const names = (text: string) => findBodies(text, vocabulary).map((b) => b.name);
    expect(names('phối hợp với Trường Cao đẳng Y tế và Cổng Thông tin điện tử tỉnh')).toEqual(['Trường Cao đẳng Y tế', 'Cổng Thông tin điện tử tỉnh']);
    expect(names('Chi bộ thôn Vạn Lê và Trung tâm Y tế khu vực')).toEqual(['Chi bộ thôn Vạn Lê', 'Trung tâm Y tế khu vực']);
    expect(names('Trường hợp chưa đạt yêu cầu thì trả lại')).toEqual([]);
  });

  it('finds a footnote in text extracted without page breaks, and the page number under it', () => {
    const filler = Array.from({ length: 12 }, (_, i) => `Nội dung hướng dẫn dòng thứ ${i + 1} của văn bản này.`).join('\n');
    const text = `Hướng dẫn như sau:\n1. Lập hồ sơ trên hệ thống dùng chung1; không lập sau.\n${filler}\n1 Hệ thống của các cơ quan đảng tỉnh, không kết nối Internet.\n2\n2. Nộp lưu đúng hạn.\n`;
    const outcome = parseDirective({ source: text, path: 'test.txt', vocabulary });
    expect(outcome.document!.footnotes.map((f) => [f.mark, f.text])).toEqual([['1', 'Hệ thống của các cơ quan đảng tỉnh, không kết nối Internet.']]);
    expect(outcome.document!.artefacts.map((a) => a.text)).toEqual(['2']);
    expect(outcome.document!.provisions.map((p) => p.number)).toEqual(['1', '2']);
  });
});
