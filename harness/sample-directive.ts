/**
 * An invented directive of our own (no real document's words), rendered as
 * the files editors hold: a PDF made with pdfkit in DejaVu Serif (Debian's
 * fonts-dejavu-core, which has every Vietnamese letter) with a two-column header, bold headings, a
 * raised footnote mark and its note at the page's foot, a running footer
 * and page numbers; a scan of that PDF (its pages rendered by poppler's
 * pdftoppm and wrapped back into a PDF of images); and a Word file made
 * with the docx library, whose items are numbered by Word's automatic
 * numbering. Tests parse each and compare with what the model says.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  AlignmentType,
  Document,
  FootnoteReferenceRun,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import PDFDocument from 'pdfkit';
import { TCVN3_TABLE } from '../src/text/vietnamese.js';

export const FONT_DIR = '/usr/share/fonts/truetype/dejavu';
const REGULAR = join(FONT_DIR, 'DejaVuSerif.ttf');
const BOLD = join(FONT_DIR, 'DejaVuSerif-Bold.ttf');

/**
 * What is missing of the tools a test file needs, said loudly; null when
 * all are here. Under CI a missing tool fails the file instead of skipping
 * it (`.ci/run` installs them all).
 */
export function skipUnless(what: string, missing: string | null): string | null {
  if (!missing) return null;
  if (process.env['CI']) throw new Error(`${what} need ${missing}, which is not installed: .ci/run installs it`);
  process.stderr.write(`\n*** ${what.toUpperCase()} SKIPPED: ${missing} is not installed (.ci/run installs it) ***\n\n`);
  return missing;
}

/** Whether the fonts and tools the samples need are here (else the tests say so and skip). */
export function missingTools(): string | null {
  if (!existsSync(REGULAR) || !existsSync(BOLD)) return `fonts-dejavu-core (${REGULAR})`;
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'pipe' });
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
  } catch {
    return 'poppler-utils (pdftoppm, pdftotext)';
  }
  return null;
}

export const SAMPLE = {
  header: {
    left: ['TỈNH ỦY QUẢNG NGÃI', 'BAN TUYÊN GIÁO VÀ DÂN VẬN', '*', 'Số 45-CV/BTGDVTU'],
    right: ['ĐẢNG CỘNG SẢN VIỆT NAM', 'Quảng Ngãi, ngày 12 tháng 5 năm 2026'],
    subject: ['V/v tuyên truyền kết quả thực hiện', 'chính sách đối với người có công'],
  },
  meta: {
    documentType: 'Công văn',
    number: '45-CV/BTGDVTU',
    date: '2026-05-12',
    place: 'Quảng Ngãi',
    subject: 'tuyên truyền kết quả thực hiện chính sách đối với người có công',
  },
  addressee: 'Kính gửi: Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy.',
  preamble: {
    before: 'Thực hiện kế hoạch tuyên truyền năm 2026 của Tỉnh ủy,',
    mark: '1',
    after: 'Ban Tuyên giáo và Dân vận Tỉnh ủy đề nghị các cấp ủy quan tâm chỉ đạo thực hiện tốt một số nội dung sau đây:',
  },
  footnote: 'Kế hoạch số 12-KH/TU ngày 05/01/2026 của Ban Thường vụ Tỉnh ủy.',
  items: [
    {
      heading: 'Về nội dung tuyên truyền',
      text: 'Tập trung giới thiệu kết quả chăm lo cho người có công với cách mạng ở từng địa phương; những tấm gương tiêu biểu trong phong trào đền ơn đáp nghĩa; các mô hình hay trong việc hỗ trợ nhà ở, chăm sóc sức khỏe và tạo việc làm cho thân nhân người có công. Nội dung tuyên truyền cần ngắn gọn, dễ hiểu, gắn với tình hình thực tế của cơ sở.',
      bullets: ['Biểu dương các tập thể, cá nhân có nhiều đóng góp cho công tác đền ơn đáp nghĩa.', 'Giới thiệu chính sách mới đến từng hộ gia đình người có công trên địa bàn.'],
    },
    {
      heading: 'Về hình thức tuyên truyền',
      text: 'Kết hợp tuyên truyền trực tiếp tại hội nghị, sinh hoạt chi bộ với tuyên truyền trên hệ thống truyền thanh cơ sở, trang thông tin điện tử và mạng xã hội của các cơ quan, đơn vị. Khuyến khích các hình thức sáng tạo như thi tìm hiểu, tọa đàm, gặp mặt nhân chứng lịch sử, thăm hỏi gia đình chính sách vào các dịp kỷ niệm.',
      bullets: ['Tổ chức ít nhất một buổi tọa đàm ở mỗi xã, phường trong quý III năm 2026.'],
    },
    {
      heading: 'Về thời gian thực hiện',
      text: 'Công tác tuyên truyền được triển khai thường xuyên trong năm 2026, cao điểm từ ngày 01 tháng 7 đến ngày 31 tháng 7 năm 2026. Các đơn vị chủ động xây dựng kế hoạch cụ thể, bố trí nguồn lực phù hợp và lồng ghép với các hoạt động chính trị khác của địa phương.',
      bullets: [],
    },
    {
      heading: 'Về trách nhiệm của các cơ quan',
      text: 'Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Sở Nội vụ hướng dẫn, theo dõi việc thực hiện; Báo và Phát thanh, Truyền hình Quảng Ngãi mở chuyên mục phản ánh kết quả thực hiện chính sách đối với người có công. Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh vận động Nhân dân tham gia các hoạt động đền ơn đáp nghĩa.',
      bullets: ['Các cấp ủy báo cáo kết quả về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 15 tháng 12 năm 2026.'],
    },
    {
      heading: 'Về chế độ báo cáo',
      text: 'Định kỳ sáu tháng một lần, các đơn vị tổng hợp kết quả tuyên truyền, nêu rõ những khó khăn, vướng mắc và kiến nghị, đề xuất; gửi báo cáo bằng văn bản và bản điện tử qua hệ thống thông tin điều hành của các cơ quan đảng tỉnh.',
      bullets: [],
    },
    {
      heading: 'Về phối hợp với các đoàn thể',
      text: 'Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh phối hợp tuyên truyền trong đoàn viên, hội viên; vận động các doanh nghiệp, nhà hảo tâm đóng góp vào Quỹ Đền ơn đáp nghĩa; kịp thời phản ánh những vướng mắc của người có công để các cơ quan chức năng xem xét, giải quyết.',
      bullets: ['Hội Cựu chiến binh tỉnh tổ chức gặp mặt các nhân chứng lịch sử tại các huyện miền núi.'],
    },
    {
      heading: 'Về kiểm tra, giám sát',
      text: 'Các cấp ủy đưa nội dung tuyên truyền chính sách đối với người có công vào chương trình kiểm tra, giám sát năm 2026; kịp thời biểu dương những nơi làm tốt, nhắc nhở những nơi còn chậm, chưa quan tâm đúng mức đến công tác này.',
      bullets: [],
    },
    {
      heading: 'Về kinh phí thực hiện',
      text: 'Kinh phí thực hiện được bố trí trong dự toán chi thường xuyên của các cơ quan, đơn vị năm 2026 và các nguồn huy động hợp pháp khác theo quy định hiện hành. Việc sử dụng kinh phí phải đúng mục đích, tiết kiệm và hiệu quả.',
      bullets: ['Sở Tài chính hướng dẫn việc lập dự toán và thanh quyết toán kinh phí theo quy định.'],
    },
  ],
  closing: 'Trên đây là ý kiến của Ban Tuyên giáo và Dân vận Tỉnh ủy, đề nghị các cấp ủy quan tâm chỉ đạo thực hiện./.',
  copiesTo: ['Nơi nhận:', '- Như trên,', '- Thường trực Tỉnh ủy (b/c),', '- Sở Nội vụ,', '- Lưu Văn phòng.'],
  signature: ['K/T TRƯỞNG BAN', 'PHÓ TRƯỞNG BAN', '', '', 'Nguyễn Văn Bình'],
  footer: 'Công văn số 45-CV/BTGDVTU',
} as const;

/** The words of the model a parse must find, for comparing with a reading. */
export function sampleWords(): string[] {
  const parts = [
    ...SAMPLE.header.left,
    ...SAMPLE.header.right,
    ...SAMPLE.header.subject,
    SAMPLE.addressee,
    `${SAMPLE.preamble.before} ${SAMPLE.preamble.after}`,
    ...SAMPLE.items.flatMap((item, i) => [`${i + 1}. ${item.heading}`, item.text, ...item.bullets.map((b) => `- ${b}`)]),
    SAMPLE.closing,
    ...SAMPLE.copiesTo,
    ...SAMPLE.signature,
  ];
  return parts.join(' ').split(/\s+/).filter(Boolean);
}

/** The bytes of a PDFKit document, once it is ended. */
export function bytesOf(document: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    document.on('data', (chunk: Buffer) => chunks.push(chunk));
    document.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    document.end();
  });
}

const FIXED_DATE = new Date(Date.UTC(2026, 4, 12));

/** The sample as a PDF with a text layer. `options.pad` repeats the items to make a long document (for benchmarks). */
export async function samplePdf(options: { repeat?: number; userPassword?: string; encode?: (text: string) => string } = {}): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    autoFirstPage: false,
    info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'tests', Creator: 'tests' },
    ...(options.userPassword ? { userPassword: options.userPassword, ownerPassword: `${options.userPassword}-owner`, pdfVersion: '1.7' as const } : {}),
  });
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  if (options.encode) {
    // A legacy font's text layer: every string drawn in its old encoding.
    const draw = doc.text.bind(doc) as (text: string, ...rest: unknown[]) => PDFKit.PDFDocument;
    const encode = options.encode;
    (doc as unknown as { text: (text: string, ...rest: unknown[]) => PDFKit.PDFDocument }).text = (text, ...rest) => draw(encode(text), ...rest);
  }
  const LEFT = 85;
  const RIGHT = 540;
  const BOTTOM = 760;
  const SIZE = 13;
  const PITCH = 20;
  let page = 0;
  let y = 0;
  // Page 1 keeps room for its footnote.
  const bottom = () => (page === 1 ? 712 : BOTTOM);
  const newPage = () => {
    doc.addPage();
    page++;
    y = 60;
    if (page > 1) {
      doc.font('regular').fontSize(12);
      const label = String(page);
      doc.text(label, (595 - doc.widthOfString(label)) / 2, 30, { lineBreak: false });
    }
    doc.font('regular').fontSize(9).text(SAMPLE.footer, LEFT, 800, { lineBreak: false });
  };
  const put = (text: string, x: number, font: 'regular' | 'bold', size = SIZE) => {
    doc.font(font).fontSize(size).text(text, x, y, { lineBreak: false });
  };
  /** Greedy word wrap at the body's width; the first line indented. */
  const paragraph = (text: string, font: 'regular' | 'bold' = 'regular', indent = 36) => {
    const words = text.split(' ');
    let line = '';
    let first = true;
    const flush = () => {
      if (y > bottom()) newPage();
      put(line, LEFT + (first ? indent : 0), font);
      y += PITCH;
      first = false;
      line = '';
    };
    doc.font(font).fontSize(SIZE);
    for (const word of words) {
      const next = line ? `${line} ${word}` : word;
      if (doc.widthOfString(next) > RIGHT - LEFT - (first ? indent : 0) && line) flush();
      line = line ? `${line} ${word}` : word;
    }
    if (line) flush();
  };
  newPage();
  // The header: two columns, each centred on its own axis.
  const centre = (text: string, axis: number, font: 'regular' | 'bold', size = SIZE) => {
    doc.font(font).fontSize(size);
    doc.text(text, axis - doc.widthOfString(text) / 2, y, { lineBreak: false });
  };
  const rows = Math.max(SAMPLE.header.left.length, SAMPLE.header.right.length);
  for (let r = 0; r < rows; r++) {
    const left = SAMPLE.header.left[r];
    const right = SAMPLE.header.right[r];
    if (left) centre(left, 165, r === 1 ? 'bold' : 'regular', 12);
    if (right) centre(right, 425, r === 0 ? 'bold' : 'regular', 12);
    y += 18;
  }
  for (const line of SAMPLE.header.subject) {
    centre(line, 165, 'regular', 11);
    y += 15;
  }
  y += PITCH;
  centre(SAMPLE.addressee, 297, 'regular');
  y += PITCH * 1.6;
  // The preamble, its footnote mark raised in the first line.
  doc.font('regular').fontSize(SIZE);
  const before = SAMPLE.preamble.before;
  put(before, LEFT + 36, 'regular');
  const markX = LEFT + 36 + doc.widthOfString(before) + 0.5;
  doc.font('regular').fontSize(8).text(SAMPLE.preamble.mark, markX, y - 3, { lineBreak: false });
  y += PITCH;
  paragraph(SAMPLE.preamble.after, 'regular', 0);
  // The footnote at the foot of page 1, under a short rule.
  doc.moveTo(LEFT, 735).lineTo(LEFT + 120, 735).lineWidth(0.5).stroke();
  doc.font('regular').fontSize(8).text(SAMPLE.preamble.mark, LEFT, 740, { lineBreak: false });
  doc.font('regular').fontSize(10).text(SAMPLE.footnote, LEFT + 6, 742, { lineBreak: false });
  const repeat = options.repeat ?? 1;
  let n = 0;
  for (let round = 0; round < repeat; round++) {
    for (const item of SAMPLE.items) {
      n++;
      if (y > bottom() - 2 * PITCH) newPage();
      paragraph(`${n}. ${item.heading}`, 'bold');
      paragraph(item.text);
      for (const bullet of item.bullets) paragraph(`- ${bullet}`);
    }
  }
  paragraph(SAMPLE.closing);
  y += PITCH;
  if (y > bottom() - 5 * PITCH) newPage();
  // Nơi nhận at the left, the signature at the right, side by side.
  const top = y;
  for (const [k, line] of SAMPLE.copiesTo.entries()) {
    doc.font(k === 0 ? 'bold' : 'regular').fontSize(11).text(line, LEFT, top + k * 15, { lineBreak: false });
  }
  y = top;
  for (const line of SAMPLE.signature) {
    if (line) centre(line, 420, line === 'Nguyễn Văn Bình' ? 'bold' : 'bold');
    y += PITCH;
  }
  return bytesOf(doc);
}

/** TCVN3, the encoding of .VnTime fonts, by the table the reader repairs it with (inverted). */
export function encodeTcvn3(text: string): string {
  const back = new Map(Object.entries(TCVN3_TABLE).map(([code, letter]) => [letter, code]));
  return [...text.normalize('NFC')].map((c) => back.get(c) ?? back.get(c.toLowerCase()) ?? c).join('');
}

/** The PDF as a scan: each page (up to `lastPage`) rendered at 200 dpi in grey by pdftoppm, wrapped back into a PDF of images (no text layer). */
export async function sampleScan(pdf: Uint8Array, options: { lyingLayer?: boolean; lastPage?: number } = {}): Promise<Uint8Array> {
  const folder = mkdtempSync(join(tmpdir(), 'sample-scan-'));
  try {
    writeFileSync(join(folder, 'in.pdf'), pdf);
    const last = options.lastPage ? ['-l', String(options.lastPage)] : [];
    execFileSync('pdftoppm', ['-r', '200', '-gray', '-png', ...last, join(folder, 'in.pdf'), join(folder, 'page')], { stdio: 'pipe' });
    const images = readdirSync(folder).filter((f) => f.endsWith('.png')).sort();
    const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: FIXED_DATE, Producer: 'tests' } });
    if (options.lyingLayer) doc.registerFont('regular', REGULAR);
    for (const image of images) {
      doc.addPage();
      doc.image(readFileSync(join(folder, image)), 0, 0, { width: 595.28, height: 841.89 });
      if (options.lyingLayer) {
        // An invisible text layer that is not the page's words (a font with its own glyph numbers).
        doc.save().fillOpacity(0).font('regular').fontSize(12);
        for (let line = 0; line < 30; line++) doc.text('Xqzw kptv brlz qwxn trvbk zmpq xkcd wvrt', 85, 80 + line * 22, { lineBreak: false });
        doc.restore();
      }
    }
    return await bytesOf(doc);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

/** The sample as a Word file: header and signature in borderless tables, items numbered by Word, a footnote, an appendix table. */
export async function sampleDocx(options: { repeat?: number } = {}): Promise<Uint8Array> {
  const none = TableBorders.NONE;
  const cell = (lines: string[], width: number, bold: number[] = []) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      children: lines.map((text, k) => new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text, bold: bold.includes(k) })] })),
    });
  const header = new Table({
    borders: none,
    columnWidths: [4000, 5500],
    rows: [
      new TableRow({ children: [cell([...SAMPLE.header.left, ...SAMPLE.header.subject], 4000, [1]), cell([...SAMPLE.header.right], 5500, [0])] }),
    ],
  });
  const items: Paragraph[] = [];
  const repeat = options.repeat ?? 1;
  for (let round = 0; round < repeat; round++) {
    for (const item of SAMPLE.items) {
      items.push(new Paragraph({ numbering: { reference: 'items', level: 0 }, children: [new TextRun({ text: item.heading, bold: true })] }));
      items.push(new Paragraph({ children: [new TextRun(item.text)] }));
      for (const bullet of item.bullets) items.push(new Paragraph({ numbering: { reference: 'items', level: 1 }, children: [new TextRun(bullet)] }));
    }
  }
  const closingTable = new Table({
    borders: none,
    columnWidths: [4500, 5000],
    rows: [
      new TableRow({
        children: [
          new TableCell({ width: { size: 4500, type: WidthType.DXA }, children: SAMPLE.copiesTo.map((text, k) => new Paragraph({ children: [new TextRun({ text, bold: k === 0 })] })) }),
          cell([...SAMPLE.signature], 5000, [0, 1, 4]),
        ],
      }),
    ],
  });
  const appendix = new Table({
    columnWidths: [800, 5000, 3700],
    rows: [
      ['TT', 'Nội dung', 'Thời gian'],
      ['1', 'Tọa đàm về chính sách người có công', 'Quý III năm 2026'],
      ['2', 'Thi tìm hiểu chính sách ưu đãi', 'Tháng 7 năm 2026'],
    ].map((row) => new TableRow({ children: row.map((text, i) => new TableCell({ width: { size: [800, 5000, 3700][i]!, type: WidthType.DXA }, children: [new Paragraph(text)] })) })),
  });
  const doc = new Document({
    creator: 'tests',
    numbering: {
      config: [
        {
          reference: 'items',
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT },
            { level: 1, format: LevelFormat.BULLET, text: '-', alignment: AlignmentType.LEFT },
          ],
        },
      ],
    },
    footnotes: { 1: { children: [new Paragraph(SAMPLE.footnote)] } },
    sections: [
      {
        children: [
          header,
          new Paragraph(''),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun(SAMPLE.addressee)] }),
          new Paragraph({ children: [new TextRun(SAMPLE.preamble.before), new FootnoteReferenceRun(1), new TextRun(` ${SAMPLE.preamble.after}`)] }),
          ...items,
          new Paragraph(SAMPLE.closing),
          closingTable,
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'Phụ lục', bold: true })] }),
          new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: 'CÁC HOẠT ĐỘNG TUYÊN TRUYỀN CHỦ YẾU', bold: true })] }),
          appendix,
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
