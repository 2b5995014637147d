/**
 * Invented Word files whose words partly live in text boxes, written as
 * Word writes them (no real document's words): each box a DrawingML shape
 * (`wps:txbx` / `w:txbxContent`) in `mc:AlternateContent`'s choice, and the
 * same box again as VML (`v:shape` / `v:textbox`) in its fallback for old
 * Word — or, with `vml`, the VML alone, as old Word wrote it. The XML is
 * written here and zipped with yazl, so each test says exactly what the
 * file holds.
 *
 * `textBoxDocx` is a Công văn whose header cell holds the number in a box
 * set over the blank of "Số:        /UBND-NNMT" and the V/v in a box set
 * below that line, both anchored in it (as Word anchors them).
 */
import yazl from 'yazl';

const NAMESPACES = [
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"',
  'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"',
  'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"',
  'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"',
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"',
  'xmlns:v="urn:schemas-microsoft-com:vml"',
  'xmlns:o="urn:schemas-microsoft-com:office:office"',
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"',
  'mc:Ignorable="w14"',
].join(' ');

const EMU_PER_POINT = 12_700;

const escapeXml = (text: string) => text.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;');

/** A paragraph of runs (raw run XML, or text made a run). */
export function paragraph(...runs: string[]): string {
  return `<w:p>${runs.map((r) => (r.startsWith('<') ? r : `<w:r><w:t xml:space="preserve">${escapeXml(r)}</w:t></w:r>`)).join('')}</w:p>`;
}

let shapes = 0;

/**
 * A run holding a text box of `lines` (a paragraph each), anchored in the
 * paragraph it stands in: `top` points below the paragraph's top (negative:
 * above it), `left` points from the column's left. The choice draws it
 * with DrawingML; the fallback repeats it in VML, unless `vml` asks for
 * the VML alone.
 */
export function textBox(lines: string[], place: { top: number; left: number; width?: number }, options: { vml?: boolean } = {}): string {
  shapes++;
  const width = place.width ?? 160;
  const height = 16 * lines.length + 4;
  const content = `<w:txbxContent>${lines.map((line) => paragraph(line)).join('')}</w:txbxContent>`;
  const vml = `<w:pict><v:shape id="Text Box ${shapes}" o:spid="_x0000_s${1025 + shapes}" type="#_x0000_t202" style="position:absolute;margin-left:${place.left}pt;margin-top:${place.top}pt;width:${width}pt;height:${height}pt;z-index:${shapes};mso-position-horizontal-relative:text;mso-position-vertical-relative:text" filled="f" stroked="f"><v:textbox inset="0,0,0,0">${content}</v:textbox></v:shape></w:pict>`;
  if (options.vml) return `<w:r>${vml}</w:r>`;
  const emu = (points: number) => Math.round(points * EMU_PER_POINT);
  const drawing = [
    `<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="${251659264 + shapes}" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">`,
    '<wp:simplePos x="0" y="0"/>',
    `<wp:positionH relativeFrom="column"><wp:posOffset>${emu(place.left)}</wp:posOffset></wp:positionH>`,
    `<wp:positionV relativeFrom="paragraph"><wp:posOffset>${emu(place.top)}</wp:posOffset></wp:positionV>`,
    `<wp:extent cx="${emu(width)}" cy="${emu(height)}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>`,
    `<wp:docPr id="${shapes}" name="Text Box ${shapes}"/><wp:cNvGraphicFramePr/>`,
    '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>',
    `<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${emu(width)}" cy="${emu(height)}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/></wps:spPr>`,
    `<wps:txbx>${content}</wps:txbx>`,
    '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0"><a:noAutofit/></wps:bodyPr>',
    '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>',
  ].join('');
  return `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${drawing}</mc:Choice><mc:Fallback>${vml}</mc:Fallback></mc:AlternateContent></w:r>`;
}

/** A borderless table of one row, a cell per column (`widths` in twips), each cell's paragraphs as XML. */
export function layoutTable(widths: number[], cells: string[][]): string {
  const none = '<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>';
  const grid = widths.map((w) => `<w:gridCol w:w="${w}"/>`).join('');
  const row = cells.map((paragraphs, i) => `<w:tc><w:tcPr><w:tcW w:w="${widths[i]}" w:type="dxa"/></w:tcPr>${paragraphs.join('')}</w:tc>`).join('');
  return `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/>${none}</w:tblPr><w:tblGrid>${grid}</w:tblGrid><w:tr>${row}</w:tr></w:tbl>`;
}

/** A Word package holding `body` (the XML inside w:body). */
export function docxOf(body: string): Promise<Uint8Array> {
  const zip = new yazl.ZipFile();
  const date = new Date(Date.UTC(2026, 2, 9));
  const add = (name: string, xml: string) => zip.addBuffer(Buffer.from(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${xml}`, 'utf8'), name, { mtime: date });
  add(
    '[Content_Types].xml',
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  add('_rels/.rels', '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>');
  add('word/document.xml', `<w:document ${NAMESPACES}><w:body>${body}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>`);
  zip.end();
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('error', reject);
    zip.outputStream.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
  });
}

/** The invented Công văn of `textBoxDocx`: what a parse of it must find. */
export const BOXED = {
  left: ['ỦY BAN NHÂN DÂN', 'TỈNH QUẢNG NGÃI'],
  numberLine: 'Số:          /UBND-NNMT',
  numberBox: '318',
  subjectBox: ['V/v chủ động phòng, chống hạn hán', 'trong mùa khô năm 2026'],
  right: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'Quảng Ngãi, ngày 09 tháng 3 năm 2026'],
  body: [
    'Kính gửi: Các sở, ban, ngành tỉnh.',
    'Để chủ động ứng phó với tình trạng thiếu nước trong mùa khô năm 2026, Ủy ban nhân dân tỉnh yêu cầu:',
    '1. Sở Nông nghiệp và Môi trường rà soát các hồ chứa, lập phương án điều tiết nước tưới tiết kiệm.',
    '2. Ủy ban nhân dân các xã, phường báo cáo kết quả trước ngày 30 tháng 6 năm 2026.',
    'Yêu cầu các cơ quan, đơn vị nghiêm túc thực hiện./.',
  ],
  meta: { documentType: 'Công văn', number: '318/UBND-NNMT', date: '2026-03-09', place: 'Quảng Ngãi', subject: 'chủ động phòng, chống hạn hán trong mùa khô năm 2026' },
} as const;

/** The Công văn with its number and V/v in text boxes anchored in the header's "Số:" paragraph. */
export function textBoxDocx(options: { vml?: boolean } = {}): Promise<Uint8Array> {
  const numberParagraph = paragraph(
    BOXED.numberLine,
    // Over the blank after "Số:", on the paragraph's own line.
    textBox([BOXED.numberBox], { top: 0, left: 24, width: 30 }, options),
    // Below the line, in the same column.
    textBox([...BOXED.subjectBox], { top: 18, left: -6, width: 200 }, options),
  );
  const header = layoutTable(
    [4300, 5600],
    [[paragraph(BOXED.left[0]), paragraph(BOXED.left[1]), numberParagraph], BOXED.right.map((line) => paragraph(line))],
  );
  const signature = layoutTable(
    [4300, 5600],
    [
      [paragraph('Nơi nhận:'), paragraph('- Như trên;'), paragraph('- Lưu: VT.')],
      [paragraph('KT. CHỦ TỊCH'), paragraph('PHÓ CHỦ TỊCH'), paragraph(''), paragraph('Trần Thị Mai')],
    ],
  );
  return docxOf([header, paragraph(''), paragraph(''), paragraph(''), ...BOXED.body.map((line) => paragraph(line)), signature].join(''));
}
