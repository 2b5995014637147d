/**
 * A plan's task table: each numbered row a duty of its own — its task, the
 * bodies its lead and supporting cells name, the deadline its cell sets —
 * whether the table is written a row a line with tabs or a cell a line.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDirective } from '../../src/parser/index.js';
import { columnsOf, columnTablesOfLines, taskRowsOf, taskRowsOfLines } from '../../src/parser/tags/task-rows.js';
import { projectContent } from '../support/content.js';

const tasksOf = (fixture: string) => {
  const path = `tests/fixtures/parser/${fixture}/input.txt`;
  const { document } = parseDirective({ source: readFileSync(path, 'utf8'), path, vocabulary: projectContent().vocabulary });
  return document!.appendices.flatMap((a) => a.tasks);
};
const summary = (t: ReturnType<typeof tasksOf>[number]) => [
  t.label,
  t.responsible.map((b) => b.name),
  t.coordinating.map((b) => b.name),
  t.deadlines.map((d) => [d.kind, d.text, d.date ?? d.period ?? null]),
];

/** Lines as pdftotext -layout prints them: the page column each starts at is its indentation. */
const placed = (text: string) => text.split('\n').map((line) => ({ text: line.trimStart(), at: line.length - line.trimStart().length }));

describe('a Word task table with merged cells', () => {
  const rows = [
    ['TT', 'Công việc', 'Tổ chủ trì', 'Tổ phối hợp', 'Thời gian'],
    ['', '', '', '', 'Bắt đầu', 'Hoàn thành'],
    ['1', 'Giữ gìn trật tự khu dân cư'],
    ['1.1', 'Lập danh sách hộ tạm trú', 'Tổ Cảnh sát khu vực', 'Tổ dân phố', '01/3/2027', 'Trước ngày 20/3/2027'],
    ['1.2', 'Kiểm tra nhà trọ', '', 'Công an phường', '10/3/2027', 'Đến hết ngày 30/4/2027'],
    ['2', 'Phòng cháy'],
    ['2.1', 'Kiểm tra bình chữa cháy ở chợ', 'Tổ Phòng cháy', '', '05/3/2027', 'Trong tháng 3/2027'],
  ];
  const tasks = taskRowsOf(rows);

  it('joins a second head row to the heads it stands under: "Bắt đầu" starts, "Hoàn thành" sets the deadline', () => {
    expect(tasks.map((t) => t.deadline)).toEqual(['Trước ngày 20/3/2027', 'Đến hết ngày 30/4/2027', 'Trong tháng 3/2027']);
  });

  it('leaves out a group\'s row numbered like a duty ("1" over "1.1", "1.2")', () => {
    expect(tasks.map((t) => t.number)).toEqual(['1.1', '1.2', '2.1']);
  });

  it('reads an empty lead cell as the one merged down from the row above, within its group', () => {
    expect(tasks.map((t) => t.leadAbove)).toEqual([undefined, 0, undefined]);
  });
});

describe('task tables laid out in columns side by side', () => {
  const page = placed(
    [
      ' STT          Công việc              Đơn vị chủ trì     Đơn vị phối hợp     Thời gian',
      '                                                                            hoàn thành',
      '  I   CHUẨN BỊ CHO MÙA MƯA BÃO NĂM NAY',
      '  1   Kiểm tra đê bao, cống dưới   Phòng Kinh tế      Đội Thủy lợi số 3   Trước ngày',
      '      đê ở các thôn ven sông       xã                                     15/7/2026',
      '  2   Dự trữ bao cát, áo phao       Ban Chỉ huy        Các thôn; Đoàn      Tháng',
      '      cho các điểm xung yếu        Quân sự xã         Thanh niên xã       7/2026',
      ' STT          Công việc              Đơn vị chủ trì     Đơn vị phối hợp     Thời gian',
      '                                                                            hoàn thành',
      '  3   Diễn tập sơ tán dân          Công an xã                             Quý III/2026',
      'Các đơn vị báo cáo kết quả về Ủy ban nhân dân xã trước ngày 30/9/2026 để tổng hợp.',
    ].join('\n'),
  );
  const { tasks, tables } = columnTablesOfLines(page);

  it('reads each numbered row, its cells gathered from the lines it wraps onto', () => {
    expect(tasks.map((t) => [t.number, t.task.replace(/\n/gu, ' '), t.lead.replace(/\n/gu, ' '), t.support.replace(/\n/gu, ' '), t.deadline.replace(/\n/gu, ' ')])).toEqual([
      ['1', 'Kiểm tra đê bao, cống dưới đê ở các thôn ven sông', 'Phòng Kinh tế xã', 'Đội Thủy lợi số 3', 'Trước ngày 15/7/2026'],
      ['2', 'Dự trữ bao cát, áo phao cho các điểm xung yếu', 'Ban Chỉ huy Quân sự xã', 'Các thôn; Đoàn Thanh niên xã', 'Tháng 7/2026'],
      ['3', 'Diễn tập sơ tán dân', 'Công an xã', '', 'Quý III/2026'],
    ]);
  });

  it('passes over a group\'s row and the head printed again on a new page, and names the columns by their heads run on', () => {
    expect(tables).toHaveLength(1);
    expect(tables[0]!.head.at(-1)).toBe('Thời gian hoàn thành');
  });

  it('ends where the words run across the columns again, leaving that sentence to the text', () => {
    expect(tables[0]!.to).toBe(page.length - 1);
  });

  it('keeps where each cell\'s words stand on their lines', () => {
    const lead = tasks[1]!.pieces!.lead!;
    expect(lead.map((p) => page[p.line]!.text.slice(p.from, p.to))).toEqual(['Ban Chỉ huy', 'Quân sự xã']);
  });
});

describe('task tables', () => {
  it('knows a task table by the heads of its columns, deadline words before doers', () => {
    expect(columnsOf(['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện', 'Sản phẩm'])).toEqual(['number', 'task', 'lead', 'support', 'deadline', 'product']);
    expect(columnsOf(['STT', 'Xã', 'Số hộ', 'Kinh phí'])).toBeNull();
  });

  it('makes each numbered row a duty, not a group\'s row nor the row numbering the columns', () => {
    const rows = [
      ['TT', 'Nhiệm vụ', 'Chủ trì', 'Phối hợp', 'Thời hạn'],
      ['(1)', '(2)', '(3)', '(4)', '(5)'],
      ['I', 'Nhóm nhiệm vụ thứ nhất'],
      ['1', 'Rà soát', 'Sở Nội vụ', '', 'Quý II/2026'],
    ];
    expect(taskRowsOf(rows).map((r) => [r.number, r.task, r.lead, r.support, r.deadline])).toEqual([['1', 'Rà soát', 'Sở Nội vụ', '', 'Quý II/2026']]);
  });

  it('reads a table written a cell a line, each line in the cell it reads best as, leaving out a row two readings fit alike', () => {
    // Row 1's second line is no body's name, so it goes on the task; row 2's task runs on in lower case;
    // row 3's partners are a list over two lines ("…;" / "…"). Row 4 names three bodies for two cells, and
    // nothing says which two go together: left out rather than misread.
    const lines = [
      'TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian',
      '1', 'Rà soát', 'Hồ sơ cũ', 'Sở Y tế', 'Sở Nội vụ', 'Tháng 5/2026',
      '2', 'Kiểm tra', 'hồ sơ mới', 'Sở Y tế', 'Sở Nội vụ', 'Tháng 6/2026',
      '3', 'Tổng hợp', 'Sở Y tế', 'Sở Nội vụ;', 'Sở Tài chính', 'Tháng 7/2026',
      '4', 'Báo cáo', 'Sở Y tế', 'Sở Nội vụ', 'Sở Tài chính', 'Tháng 8/2026',
    ];
    expect(taskRowsOfLines(lines).map((r) => [r.number, r.task, r.lead, r.support, r.deadline])).toEqual([
      ['1', 'Rà soát\nHồ sơ cũ', 'Sở Y tế', 'Sở Nội vụ', 'Tháng 5/2026'],
      ['2', 'Kiểm tra\nhồ sơ mới', 'Sở Y tế', 'Sở Nội vụ', 'Tháng 6/2026'],
      ['3', 'Tổng hợp', 'Sở Y tế', 'Sở Nội vụ;\nSở Tài chính', 'Tháng 7/2026'],
    ]);
  });

  it('reads a table a PDF gives in reading order: a head cell over two lines, cells wrapped onto lines that open in capitals or digits, an empty cell, a page number between rows', () => {
    const lines = [
      'TT', 'Nội dung công việc', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn', 'thành', 'Sản phẩm',
      '1', 'Mở lớp bồi dưỡng kỹ năng số cho cán bộ', 'ở các thôn', 'Trung tâm Chính trị huyện', 'Phòng Nội vụ; các xã', 'Trước 17 giờ ngày', '15/9/2026', 'Danh sách học viên',
      '3',
      '2', 'Lập bản đồ số các điểm sạt lở', 'Ban Chỉ huy Phòng thủ dân sự', 'huyện', 'Quý IV/2026', 'Bản đồ số',
      '3', 'Tổng kết mô hình', 'Phòng Nông nghiệp huyện', 'Tháng 12/2026', 'Báo cáo tổng kết',
    ];
    expect(taskRowsOfLines(lines).map((r) => [r.number, r.task, r.lead, r.support, r.deadline])).toEqual([
      ['1', 'Mở lớp bồi dưỡng kỹ năng số cho cán bộ\nở các thôn', 'Trung tâm Chính trị huyện', 'Phòng Nội vụ; các xã', 'Trước 17 giờ ngày\n15/9/2026'],
      ['2', 'Lập bản đồ số các điểm sạt lở', 'Ban Chỉ huy Phòng thủ dân sự\nhuyện', '', 'Quý IV/2026'],
      ['3', 'Tổng kết mô hình', 'Phòng Nông nghiệp huyện', '', 'Tháng 12/2026'],
    ]);
  });

  it('gives each row of a table written with tabs its bodies by cell, and its deadline, an empty cell keeping the columns in place', () => {
    expect(tasksOf('task-table-tabs').map(summary)).toEqual([
      ['dòng 1, Phụ lục 1', ['Phòng Văn hóa - Thông tin huyện'], ['Ủy ban nhân dân các xã', 'Thư viện tỉnh Đắk Nông'], [['by', 'Trước ngày 30/4/2026', '2026-04-30']]],
      ['dòng 2, Phụ lục 1', ['Phòng Tài chính - Kế hoạch huyện'], [], [['during', 'Quý III/2026', 'quarter:2026-Q3']]],
      ['dòng 3, Phụ lục 1', ['Huyện đoàn'], ['Hội Liên hiệp Phụ nữ huyện', 'Trường Trung học cơ sở Đăk Ha'], [['every', 'Hằng năm', 'yearly']]],
      ['dòng 4, Phụ lục 1', ['Phòng Văn hóa - Thông tin huyện'], [], [['ongoing', 'Thường xuyên', null]]],
    ]);
    const [first] = tasksOf('task-table-tabs');
    expect(first!.citation).toMatch(/^Dòng 1, Phụ lục 1 Kế hoạch số 58\/KH-UBND/u);
    expect(first!.responsible[0]!.id).toBe('phong-van-hoa-thong-tin-huyen-dak-glong');
  });

  it('gives each row of a table written a cell a line its bodies and deadline, at the cells\' own lines', () => {
    const tasks = tasksOf('task-table-cell-lines');
    expect(tasks.map(summary)).toEqual([
      ['dòng 1, Phụ lục', ['Hạt Kiểm lâm huyện'], ['Ban Chỉ huy Quân sự huyện', 'Công an huyện'], [['during', 'trong tháng 3/2026', 'month:2026-03']]],
      ['dòng 2, Phụ lục', ['Ủy ban nhân dân các xã'], ['Hạt Kiểm lâm huyện'], [['ongoing', 'Thường xuyên', null]]],
      ['dòng 3, Phụ lục', ['Phòng Nông nghiệp và Môi trường huyện'], ['Hạt Kiểm lâm huyện'], [['by', 'Trước ngày 15/12/2026', '2026-12-15']]],
    ]);
    const source = readFileSync('tests/fixtures/parser/task-table-cell-lines/input.txt', 'utf8').split('\n');
    const evidence = tasks[0]!.responsible[0]!.evidence[0]!;
    expect(source[evidence.line - 1]!.slice(evidence.column - 1)).toBe('Hạt Kiểm lâm huyện');
  });

  it('reads a table inside a provision as its duties: each row its own, the bodies of the rows the provision\'s, the sentence introducing it no doer', () => {
    const source = [
      'ỦY BAN NHÂN DÂN\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'HUYỆN ĐĂK GLONG\tĐộc lập - Tự do - Hạnh phúc',
      'Số: 71/KH-UBND\tĐăk Glong, ngày 02 tháng 4 năm 2026',
      '',
      'KẾ HOẠCH',
      'Chuẩn bị mùa mưa bão năm 2026',
      '',
      'I. MỤC ĐÍCH',
      'Chủ động ứng phó với mưa bão.',
      'II. NHIỆM VỤ',
      'Các cơ quan, đơn vị thực hiện các nhiệm vụ sau:',
      'TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian hoàn thành',
      '1\tRà soát phương án sơ tán\tVăn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện\tCác cơ quan thành viên Ban Chỉ huy\tTrước ngày 15/5/2026',
      '2\tDiễn tập ứng phó lũ\tCông an huyện\t\tTrong tuần đầu tháng 6/2026',
      'III. TỔ CHỨC THỰC HIỆN',
      'Các cơ quan báo cáo kết quả về Ủy ban nhân dân huyện.',
      '',
      'Nơi nhận:\tTM. ỦY BAN NHÂN DÂN',
      '- Lưu: VT.\tCHỦ TỊCH',
      '\tLò Văn Sinh',
      '',
    ].join('\n');
    const { document } = parseDirective({ source, path: 'x.txt', vocabulary: projectContent().vocabulary });
    const section = document!.provisions[1]!;
    expect(section.tables).toEqual([expect.objectContaining({ head: ['TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành'] })]);
    expect(section.tasks!.map((t) => [t.label, t.responsible.map((b) => b.name), t.coordinating.map((b) => b.name), t.deadlines.map((d) => d.ends ?? d.date)])).toEqual([
      ['dòng 1, bảng ở Mục II', ['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện'], ['Các cơ quan thành viên Ban Chỉ huy'], ['2026-05-15']],
      ['dòng 2, bảng ở Mục II', ['Công an huyện'], [], ['2026-06-07']],
    ]);
    expect(section.tasks![1]!.cells).toEqual([
      { head: 'Nội dung nhiệm vụ', text: 'Diễn tập ứng phó lũ' },
      { head: 'Cơ quan chủ trì', text: 'Công an huyện' },
      { head: 'Cơ quan phối hợp', text: '' },
      { head: 'Thời gian hoàn thành', text: 'Trong tuần đầu tháng 6/2026' },
    ]);
    // The section's bodies are its rows' (the sentence "Các cơ quan, đơn vị thực hiện …:" names no doer of its own); its deadlines theirs.
    expect(section.responsible.map((b) => b.name)).toEqual(['Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện', 'Công an huyện']);
    expect(section.deadlines.map((d) => d.text)).toEqual(['Trước ngày 15/5/2026', 'Trong tuần đầu tháng 6/2026']);
  });

  it('gives a table its first head cell back when the provision\'s title took it ("… các nhiệm vụ sau:" / "TT")', () => {
    const source = [
      'Thực hiện chỉ đạo của Tỉnh ủy, yêu cầu:',
      '1. Các cơ quan thực hiện các nhiệm vụ sau:',
      'TT', 'Nội dung nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành',
      '1', 'Rà soát danh sách hộ nghèo', 'Phòng Văn hóa - Xã hội', 'Công an xã', 'Trước ngày 15/9/2026',
      '2', 'Tổng hợp báo cáo', 'Văn phòng', 'Trạm Y tế xã', 'Quý IV/2026',
      '',
    ].join('\n');
    const provision = parseDirective({ source, path: 'x.txt', vocabulary: projectContent().vocabulary }).document!.provisions[0]!;
    expect(provision.heading).toBe('Các cơ quan thực hiện các nhiệm vụ sau:');
    expect(provision.tasks!.map((t) => [t.number, t.responsible.map((b) => b.name), t.deadlines.map((d) => d.text)])).toEqual([
      ['1', ['Phòng Văn hóa - Xã hội'], ['Trước ngày 15/9/2026']],
      ['2', ['Văn phòng'], ['Quý IV/2026']],
    ]);
    // The title introduces the table: it names no doer of its own.
    expect(provision.responsible.map((b) => b.name)).toEqual(['Phòng Văn hóa - Xã hội', 'Văn phòng']);
  });
});
