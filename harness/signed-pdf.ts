/**
 * Invented PDFs whose words partly live in annotations, as signing
 * software and form tools write them (no real document's words):
 *
 * - `signedPdf`: a Công văn signed digitally (ký số). Its page leaves the
 *   number and the day blank ("Số:        /UBND-NNMT", "ngày      tháng
 *   năm 2026"); the number, the day and the month are stamped into
 *   signature fields over the blanks — `/Widget` annotations of a `/FT
 *   /Sig` field, each with an appearance stream (`/AP /N`) nesting the
 *   layered forms signing software draws (a blank background layer and a
 *   text layer), the field's `/V` a signature dictionary (a placeholder:
 *   nothing here checks the signature) and the form's `/SigFlags 3`. The
 *   signer's field over the signature draws a frame and no words. A field
 *   flagged Hidden and one flagged NoView carry words that must not be read.
 *   `numberAbove` stamps the number on the line above "Số:", as one
 *   ministry's software does.
 * - `annotatedPdf`: one page of plain text with the other kinds that carry
 *   visible text — a free-text note, a stamp, a filled text field — the
 *   same kinds hidden or not viewed, and a link (which draws no words).
 *
 * Each annotation's text is drawn in the page's own font (DejaVu Serif,
 * embedded by pdfkit), so its words are Unicode as the stamps of real
 * signing software are.
 */
import PDFDocument from 'pdfkit';
import { bytesOf, FONT_DIR } from './sample-directive.js';

const REGULAR = `${FONT_DIR}/DejaVuSerif.ttf`;
const BOLD = `${FONT_DIR}/DejaVuSerif-Bold.ttf`;
const FIXED_DATE = new Date(Date.UTC(2026, 2, 9));
const PAGE_HEIGHT = 841.89;

/** The invented signed Công văn: what a parse of it must find, and the words stamped on it. */
export const SIGNED = {
  left: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'],
  right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'],
  number: { before: 'Số:', blank: 10, after: '/UBND-NNMT', stamp: '318' },
  date: { place: 'Quảng Ngãi', day: '09', month: '3', year: '2026' },
  subject: ['V/v chủ động phòng, chống hạn hán', 'trong mùa khô năm 2026'],
  addressee: 'Kính gửi: Các sở, ban, ngành tỉnh; Ủy ban nhân dân các xã, phường.',
  preamble: 'Để chủ động ứng phó với tình trạng thiếu nước trong mùa khô năm 2026, Ủy ban nhân dân tỉnh yêu cầu:',
  items: [
    '1. Sở Nông nghiệp và Môi trường rà soát các hồ chứa, lập phương án điều tiết nước tưới tiết kiệm cho từng vùng.',
    '2. Ủy ban nhân dân các xã, phường tuyên truyền Nhân dân sử dụng nước hợp lý, báo cáo kết quả trước ngày 30 tháng 6 năm 2026.',
  ],
  closing: 'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
  copiesTo: ['Nơi nhận:', '- Như trên;', '- Lưu: VT.'],
  signature: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', '', '', 'Trần Thị Mai'],
  /** Words drawn by fields that are not shown: never to be read. */
  hidden: ['BẢNNHÁP', 'KHÔNGHIỆN'],
  meta: { documentType: 'Công văn', number: '318/UBND-NNMT', date: '2026-03-09', place: 'Quảng Ngãi', subject: 'chủ động phòng, chống hạn hán trong mùa khô năm 2026' },
} as const;

/** The words of `annotatedPdf`: on the page, in shown annotations, and in those that must not be read. */
export const ANNOTATED = {
  page: ['Trang thử các loại chú thích có chữ.', 'Dòng thứ hai của trang, không có chú thích.'],
  freeText: 'Ghi chú hiện',
  stamp: 'ĐÃ DUYỆT',
  textField: 'Nguyễn Văn An',
  hidden: ['Ẩnđi', 'Khôngxem'],
} as const;

/** What of pdfkit's inside this needs: the current font (to draw a stamp in it) and the catalogue. */
interface EmbeddedFont {
  id: string;
  /** In thousandths of the size: where pdfkit sets the baseline below the line's top. */
  ascender: number;
  ref(): PDFKit.PDFKitReference;
  encode(text: string): [string[], unknown];
}
type Reference = PDFKit.PDFKitReference & { end(chunk?: string): void };
type Document = PDFKit.PDFDocument & { _font: EmbeddedFont; _root: { data: Record<string, unknown> }; ref(data: object): Reference };

function newDocument(): Document {
  const doc = new PDFDocument({ size: 'A4', margin: 0, autoFirstPage: false, info: { CreationDate: FIXED_DATE, ModDate: FIXED_DATE, Producer: 'tests', Creator: 'tests' } }) as Document;
  doc.registerFont('regular', REGULAR);
  doc.registerFont('bold', BOLD);
  doc.addPage();
  return doc;
}

/** A form XObject of `width` × `height` drawing `content`, with the page's regular font as /F1. */
function form(doc: Document, width: number, height: number, content: string, xobjects: Record<string, Reference> = {}): Reference {
  doc.font('regular');
  const ref = doc.ref({ Type: 'XObject', Subtype: 'Form', BBox: [0, 0, width, height], Matrix: [1, 0, 0, 1, 0, 0], Resources: { Font: { F1: doc._font.ref() }, XObject: xobjects } });
  ref.end(content);
  return ref;
}

/** Text operators drawing `text` in /F1 at (x, y) of the form, `size` points. */
function textOps(doc: Document, text: string, x: number, y: number, size: number): string {
  doc.font('regular');
  const [glyphs] = doc._font.encode(text);
  return `BT /F1 ${size} Tf ${x} ${y} Td <${glyphs.join('')}> Tj ET`;
}

/**
 * The appearance signing software gives a field: /N a form that draws a
 * form of its layers (n0, a blank background; n2, the text), each nested
 * as those tools nest them.
 */
function signatureAppearance(doc: Document, width: number, height: number, layer: string): Reference {
  const n0 = form(doc, 100, 100, '% DSBlank');
  const n2 = form(doc, width, height, layer);
  const frm = form(doc, width, height, 'q 1 0 0 1 0 0 cm /n0 Do Q q 1 0 0 1 0 0 cm /n2 Do Q', { n0, n2 });
  return form(doc, width, height, 'q 1 0 0 1 0 0 cm /FRM Do Q', { FRM: frm });
}

/** Add a widget of a signature field at (x, top) of the page, `flags` its annotation flags (4: print, 128: locked). */
function signatureField(doc: Document, name: string, x: number, top: number, width: number, height: number, layer: string, flags = 132): Reference {
  const signature = doc.ref({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'adbe.pkcs7.detached',
    ByteRange: [0, 0, 0, 0],
    Contents: Buffer.alloc(32),
    M: FIXED_DATE,
    Reason: new String('Ký số văn bản'),
  });
  signature.end();
  const widget = doc.ref({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    T: new String(name),
    F: flags,
    Rect: [x, PAGE_HEIGHT - top - height, x + width, PAGE_HEIGHT - top],
    P: doc.page.dictionary,
    V: signature,
    AP: { N: signatureAppearance(doc, width, height, layer) },
  });
  widget.end();
  doc.page.annotations.push(widget);
  return widget;
}

/** The invented signed Công văn (one page). */
export async function signedPdf(options: { numberAbove?: boolean } = {}): Promise<Uint8Array> {
  const doc = newDocument();
  const size = 13;
  const centre = (text: string, axis: number, y: number, font: 'regular' | 'bold' = 'regular', fontSize = size) => {
    doc.font(font).fontSize(fontSize);
    const x = axis - doc.widthOfString(text) / 2;
    doc.text(text, x, y, { lineBreak: false });
    return x;
  };
  const LEFT_AXIS = 165;
  const RIGHT_AXIS = 410;
  let y = 60;
  centre(SIGNED.left[0], LEFT_AXIS, y);
  centre(SIGNED.right[0], RIGHT_AXIS, y, 'bold', 12);
  y += 18;
  centre(SIGNED.left[1], LEFT_AXIS, y, 'bold');
  centre(SIGNED.right[1], RIGHT_AXIS, y, 'bold');
  y += 30;
  // The number's line, its blank left for the stamp.
  doc.font('regular').fontSize(size);
  const blank = ' '.repeat(SIGNED.number.blank);
  const numberLine = `${SIGNED.number.before}${blank}${SIGNED.number.after}`;
  const numberX = centre(numberLine, LEFT_AXIS, y);
  const afterSo = numberX + doc.widthOfString(`${SIGNED.number.before} `);
  // The place and date, the day and the month left blank.
  const { place, day, month, year } = SIGNED.date;
  const dateLine = `${place}, ngày${' '.repeat(6)}tháng${' '.repeat(6)}năm ${year}`;
  const dateX = centre(dateLine, RIGHT_AXIS, y);
  const dayX = dateX + doc.widthOfString(`${place}, ngày `);
  const monthX = dateX + doc.widthOfString(`${place}, ngày${' '.repeat(6)}tháng `);
  const lineY = y;
  y += 20;
  for (const line of SIGNED.subject) {
    centre(line, LEFT_AXIS, y, 'regular', 12);
    y += 16;
  }
  y += 18;
  centre(SIGNED.addressee, 297, y);
  y += 30;
  const paragraph = (text: string, indent = 36) => {
    doc.font('regular').fontSize(size);
    let line = '';
    let first = true;
    for (const word of text.split(' ')) {
      const next = line ? `${line} ${word}` : word;
      if (doc.widthOfString(next) > 455 - (first ? indent : 0) && line) {
        doc.text(line, 85 + (first ? indent : 0), y, { lineBreak: false });
        y += 20;
        first = false;
        line = word;
      } else line = next;
    }
    doc.text(line, 85 + (first ? indent : 0), y, { lineBreak: false });
    y += 20;
  };
  paragraph(SIGNED.preamble);
  for (const item of SIGNED.items) paragraph(item);
  paragraph(SIGNED.closing);
  y += 16;
  const top = y;
  for (const [k, line] of SIGNED.copiesTo.entries()) doc.font(k === 0 ? 'bold' : 'regular').fontSize(11).text(line, 85, top + k * 15, { lineBreak: false });
  for (const [k, line] of SIGNED.signature.entries()) if (line) centre(line, 420, top + k * 18, 'bold');

  // The stamps: text set at the baseline of the line they fill (pdfkit's y is the top of the line box).
  const baseline = lineY + (doc.font('regular')._font.ascender / 1000) * size;
  const stamp = (name: string, text: string, x: number, base: number) => {
    doc.font('regular').fontSize(size);
    const width = Math.ceil(doc.widthOfString(text)) + 4;
    const height = 18;
    signatureField(doc, name, x - 0.5, base - 14, width, height, textOps(doc, text, 0.5, 4, size));
  };
  stamp('SoVanBan', SIGNED.number.stamp, options.numberAbove ? numberX + 8 : afterSo, options.numberAbove ? baseline - 18 : baseline);
  stamp('NgayBanHanh', day, dayX, baseline);
  stamp('ThangBanHanh', month, monthX, baseline);
  // Fields not shown: their words must not be read.
  signatureField(doc, 'BanNhap', 300, 780, 120, 20, textOps(doc, SIGNED.hidden[0], 2, 5, 12), 4 | 2);
  signatureField(doc, 'KhongHien', 100, 780, 120, 20, textOps(doc, SIGNED.hidden[1], 2, 5, 12), 4 | 32);
  // The signer's field over the signature: a frame (the signature image's place), no words.
  signatureField(doc, 'ChuKy', 360, top + 30, 120, 60, '0.5 w 0 0 1 RG 2 2 116 56 re S');
  // The document's form, as signing software leaves it: its signature fields, SigFlags 3 (signed, append only).
  doc.initForm();
  const acroForm = doc._root.data['AcroForm'] as { data: Record<string, unknown> };
  acroForm.data['Fields'] = [...(doc.page.annotations as Reference[])];
  acroForm.data['SigFlags'] = 3;
  delete acroForm.data['NeedAppearances'];
  return bytesOf(doc);
}

/** One page of plain text, with free text, a stamp and a filled text field shown, and the same kinds not shown. */
export async function annotatedPdf(): Promise<Uint8Array> {
  const doc = newDocument();
  doc.font('regular').fontSize(13);
  doc.text(ANNOTATED.page[0], 85, 80, { lineBreak: false });
  doc.text(ANNOTATED.page[1], 85, 100, { lineBreak: false });
  const annotation = (data: Record<string, unknown>, x: number, top: number, width: number, height: number, text: string | null) => {
    const ap = text === null ? {} : { AP: { N: form(doc, width, height, textOps(doc, text, 2, 5, 12)) } };
    const ref = doc.ref({ Type: 'Annot', Rect: [x, PAGE_HEIGHT - top - height, x + width, PAGE_HEIGHT - top], P: doc.page.dictionary, ...data, ...ap });
    ref.end();
    doc.page.annotations.push(ref);
  };
  annotation({ Subtype: 'FreeText', F: 4, Contents: new String(ANNOTATED.freeText), DA: new String('/F1 12 Tf 0 g') }, 85, 200, 150, 20, ANNOTATED.freeText);
  annotation({ Subtype: 'Stamp', F: 4, Name: 'Approved' }, 300, 200, 150, 20, ANNOTATED.stamp);
  annotation({ Subtype: 'Widget', FT: 'Tx', T: new String('NguoiKy'), V: new String(ANNOTATED.textField), F: 4 }, 85, 260, 200, 20, ANNOTATED.textField);
  annotation({ Subtype: 'FreeText', F: 4 | 2, DA: new String('/F1 12 Tf 0 g') }, 85, 320, 150, 20, ANNOTATED.hidden[0]);
  annotation({ Subtype: 'Stamp', F: 4 | 32 }, 300, 320, 150, 20, ANNOTATED.hidden[1]);
  annotation({ Subtype: 'Link', F: 4, Border: [0, 0, 0], A: { S: 'URI', URI: new String('https://example.org/') } }, 85, 80, 200, 16, null);
  return bytesOf(doc);
}
