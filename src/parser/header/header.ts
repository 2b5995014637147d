/**
 * The header block (Hướng dẫn 36-HD/VPTW; Nghị định 30/2020/NĐ-CP): the
 * superior body and the issuing body, "ĐẢNG CỘNG SẢN VIỆT NAM" or "CỘNG HÒA
 * XÃ HỘI CHỦ NGHĨA VIỆT NAM / Độc lập - Tự do - Hạnh phúc", "*", number,
 * place and date, then the document type with its trích yếu, or a "V/v"
 * subject under the number.
 *
 * Extraction prints these as offices lay them out: the two columns merged
 * on shared lines by many spaces, a tab or a single space (OCR); each item
 * on a line of its own (Word); the left column and then the right one
 * (reading-order PDF text). So every line is cut into cells at wide gaps,
 * and every cell is cut again where a known item begins ("… ĐẢNG CỘNG SẢN
 * VIỆT NAM", "Số 75-KL/TW Hà Nội, ngày …"); each piece is then classified.
 * A blank number or day ("Số:      /UBND-KT", "ngày   tháng 6") stays one
 * field, printed as it is.
 */
import { fold, isAllUpper, isLower } from '../../text/fold.js';
import { DANGLING, nameRunsOn } from '../input/blocks.js';
import { documentTypeOf, hintedCells, matchKinhGui, matchMarker, NUMBER_WORD, splitFields } from '../input/classify.js';
import { nearestColumn, type Layout } from '../input/layout.js';
import type { HeaderFieldNode, HeaderNode, HeaderRole } from '../nodes.js';
import { spanOf, textAt } from '../position.js';
import type { StreamLine } from '../input/stream.js';
import { LEVEL_WORDS } from './names.js';

/** A head that names no body alone ("BAN CHẤP HÀNH", "HIỆP HỘI", "ỦY BAN NHÂN DÂN"): the next line's name completes it. */
const BARE_HEAD = /^(?:ban chap hanh|ban thuong vu|thuong truc|dang doan|ban can su dang|hiep hoi|hoi|lien hiep|lien doan|tong lien doan|uy ban nhan dan|uy ban|so|bo|cuc|tong cuc|vu|trung tam|hoi dong)$/;
/** A name that ends on a level word ("… TỈNH") waits for its place on the next line. */
const LEVEL_END = new RegExp(`(?:^|\\s)(?:${LEVEL_WORDS.join('|')})$`, 'u');
/** A field that starts with a level word ("tỉnh Quảng Ngãi") continues the name above it. */
const LEVEL_START = new RegExp(`^(?:${LEVEL_WORDS.map((w) => fold(w)).join('|')})\\b`);

/** A piece of a header line: [start, end) of the normalised line. */
interface Piece {
  start: number;
  end: number;
  text: string;
  /** The piece was glued to the one before it, with no space ("cộng đồngV/v"). */
  glued?: boolean;
}

const FIXED: Array<{ re: RegExp; role: HeaderRole }> = [
  { re: /dang cong san viet nam/u, role: 'partyName' },
  // The Youth Union's name heads its documents as the Party's does: "ĐOÀN TNCS HỒ CHÍ MINH".
  { re: /(?<![\p{L}] )doan (?:tncs|thanh nien cong san) ho chi minh/u, role: 'partyName' },
  // OCR may garble the middle of these lines ("CỘNG HOÀ XÃ ` = 'HỦ NGHĨA VIỆT NAM"): their ends are enough.
  { re: /cong hoa .{0,24}viet nam/u, role: 'nationalName' },
  { re: /doc lap\s*[-–]?\s*.{0,12}hanh phuc/u, role: 'motto' },
];
/** How fast or how secret it travels, stamped in capitals in the header: "KHẨN", "THƯỢNG KHẨN", "HỎA TỐC", "MẬT" — never its issuer. */
const URGENCY = /^(?:thuong khan|khan|hoa toc|hoa toc hen gio|mat|toi mat|tuyet mat)$/u;
/** "số,2 l BCT-ATMT": a number OCR misread (a handwritten number, a slash read as "l"): a number field, its value unknown. */
const NUMBER_MISREAD = new RegExp(String.raw`^${NUMBER_WORD}\s*[:,.]?\s*[^\s]{0,6}\s*[^\s]{0,3}\s*\p{Lu}{2,}[-/]\p{Lu}{2,}$`, 'iu');
/** "…, ngày 15 tháng 01 năm 2021", with the day or the month possibly left blank (or written by hand, and misread). */
const DATE_TAIL = /,\s*ngay[^,]{0,8}?thang[^,]{0,8}?nam\s*\d{4}\.?/u;
/** "Số 123-CV/TU", "Số: 12/KH-UBND", "Số: 9387 /UBND-KT", "Số    -HD/BTCTU". */
// A ký hiệu may join its parts with "&" ("SNV-CCHC&VTLT", "TĐTN-BCTĐ&TTN").
const NUMBER = new RegExp(String.raw`^${NUMBER_WORD}\s*:?\s*(?:\d[\d.]*)?\s*(?:\/\s*\d{4}\s*)?[-/]\s*[\p{L}Đđ]+(?:\s?[-/.&]\s?[\p{L}Đđ0-9]+)*`, 'u');
const SEPARATOR = /^[*\-–_=~.·•+\s]+$/u;
/** "V/v …", also in quotes ("“V/v giới thiệu …”"), and as OCR misreads its italics ("ƒ/w", "V/w"). */
export const SUBJECT = /^["“]?\s*(?:v\/v|v\.v|về việc|[vƒf]\s?\/\s?[vw](?=\s))\b/iu;

/** Cut a line into cells at wide gaps, keeping blank fields ("Số:      /UBND-KT") whole. */
export function headerCells(text: string): Piece[] {
  const cells: Piece[] = [];
  const re = /\S+(?:\s{1,2}\S+)*/gu;
  for (const found of text.matchAll(re)) cells.push({ start: found.index, end: found.index + found[0].length, text: found[0] });
  const merged: Piece[] = [];
  for (const cell of cells) {
    const last = merged[merged.length - 1];
    const left = last ? fold(last.text) : '';
    const right = fold(cell.text);
    const blankField = /(?:^|\s)(?:so\s*:?|ngay|thang)$/u.test(left) || /^(?:[-/]\s*\p{L}|thang\b|nam\s+\d{4})/u.test(right);
    if (last && blankField) {
      last.end = cell.end;
      last.text = text.slice(last.start, last.end);
    } else {
      merged.push({ ...cell });
    }
  }
  return merged;
}

function slice(piece: Piece, from: number, to: number): Piece | null {
  const raw = piece.text.slice(from, to);
  const lead = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return null;
  return { start: piece.start + from + lead, end: piece.start + from + lead + text.length, text };
}

/** Cut a cell again where a known header item begins or ends inside it. */
export function headerPieces(cell: Piece): Piece[] {
  const folded = fold(cell.text);
  for (const { re } of FIXED) {
    const found = re.exec(folded);
    if (found && (found.index > 0 || found[0].length < cell.text.trim().length)) {
      return [slice(cell, 0, found.index), slice(cell, found.index, found.index + found[0].length), slice(cell, found.index + found[0].length, cell.text.length)]
        .filter((p): p is Piece => p !== null)
        .flatMap((p) => (p.start === cell.start + found.index ? [p] : headerPieces(p)));
    }
  }
  const date = DATE_TAIL.exec(folded);
  if (date) {
    // The place is the capitalised words right before the comma.
    let placeStart = date.index;
    const before = cell.text.slice(0, date.index);
    const words = [...before.matchAll(/\S+/gu)];
    for (let k = words.length - 1; k >= 0 && words.length - k <= 5; k--) {
      const word = words[k]![0];
      if (!/^[\p{Lu}]/u.test(word) || /\d/.test(word)) break;
      placeStart = words[k]!.index;
    }
    const end = date.index + date[0].length;
    if (placeStart > 0 || end < cell.text.length) {
      return [slice(cell, 0, placeStart), slice(cell, placeStart, end), slice(cell, end, cell.text.length)]
        .filter((p): p is Piece => p !== null)
        .flatMap((p) => (p.start === cell.start + placeStart ? [p] : headerPieces(p)));
    }
  }
  // Word's text boxes extracted glued to the text before them: "… cộng đồngV/v …", "… cộng đồngSố: /UBND-NC".
  const glued = /(?<=[\p{Ll}\p{N}.,;)])(?:V\/v\s|Số\s*:)/u.exec(cell.text);
  if (glued) {
    const after = slice(cell, glued.index, cell.text.length);
    return [slice(cell, 0, glued.index), after ? { ...after, glued: true } : null].filter((p): p is Piece => p !== null).flatMap((p) => headerPieces(p).map((q, k) => (k === 0 && p.glued ? { ...q, glued: true } : q)));
  }
  const number = NUMBER.exec(cell.text);
  if (number && number[0].length < cell.text.length) {
    return [slice(cell, 0, number[0].length), slice(cell, number[0].length, cell.text.length)].filter((p): p is Piece => p !== null);
  }
  return [cell];
}

/** The role of a piece of a header line, or null when it is no header item. */
export function headerRole(text: string): HeaderRole | null {
  const folded = fold(text).replace(/\s+/g, ' ').trim();
  for (const { re, role } of FIXED) if (new RegExp(`^${re.source}$`, 'u').test(folded)) return role;
  if (isAllUpper(text) && URGENCY.test(folded)) return 'other';
  if (SEPARATOR.test(text) && !/^[-–•+]\s+\S/u.test(text)) return 'separator';
  if (NUMBER.test(text) && !/\s\S+\s+\S+\s+\S+/u.test(text.replace(NUMBER, ''))) return 'number';
  if (/^[^,]{2,40}$/u.test(text.slice(0, Math.max(0, text.indexOf(',')))) && new RegExp(`^[^,]{2,40}${DATE_TAIL.source}$`, 'u').test(folded)) return 'placeDate';
  if (SUBJECT.test(text)) return 'subject';
  if (documentTypeOf(text)) return 'documentType';
  if (NUMBER_MISREAD.test(text)) return 'number';
  // Digits alone, stamped by a digital signature beside a blank number or day.
  if (/^\d{1,6}$/u.test(text)) return 'stamp';
  // OCR's specks and strokes between the columns ("C——", "“", ")"): nothing of the header, nothing to stop at.
  if (text.length <= 6 && !/\p{L}{2}/u.test(text)) return 'separator';
  if (isAllUpper(text) && text.length <= 80) return 'issuer';
  return null;
}

function field(role: HeaderRole, item: StreamLine, piece: Piece): HeaderFieldNode {
  const child = textAt(item.line, piece.start, piece.end);
  if (piece.glued) child.data = { ...child.data, attached: true };
  return { type: 'headerField', role, children: [child], position: child.position };
}

function textOfField(node: HeaderFieldNode): string {
  return node.children.map((child) => child.value).join(' ');
}

/** The first words of a preamble, never of a title's line. */
const PREAMBLE_START = /^(?:Căn cứ|Theo đề nghị|Xét đề nghị|Xét Tờ trình|Thực hiện (?:Nghị quyết|Chỉ thị|Kết luận|Kế hoạch|Quyết định|Công văn|Chương trình|Hướng dẫn|Thông báo|ý kiến|chỉ đạo))\s/u;

/** A line that starts the text itself: a provision, "Kính gửi", or a full sentence. */
function startsBody(item: StreamLine): boolean {
  if (matchKinhGui(item.content) !== null) return true;
  const marker = matchMarker(item.content);
  // "*" under the issuer is the header's own separator, not a bullet.
  return marker !== null && marker.style !== 'star';
}

/**
 * Read the header at the start of the stream; returns it and the index of
 * the first line after it.
 */
export function readHeader(stream: StreamLine[], layout: Layout): { header: HeaderNode | null; next: number } {
  const fields: HeaderFieldNode[] = [];
  let index = 0;
  /** After the type line: the title block (trích yếu), up to a rule or a gap. */
  let inTitle = false;
  let titleLines = 0;
  const gapEnds = (item: StreamLine) => item.blanksBefore >= (layout.doubleSpaced ? 2 : 1);
  for (; index < stream.length; index++) {
    const item = stream[index]!;
    if (startsBody(item)) break;
    const last = fields[fields.length - 1];
    if (inTitle) {
      if (titleLines > 0 && gapEnds(item)) break;
      if (SEPARATOR.test(item.content)) {
        fields.push(field('separator', item, { start: item.line.indent, end: item.line.text.length, text: item.content }));
        index++;
        break;
      }
      if (titleLines >= 6) break;
      // "(Ban hành kèm theo Quyết định số …)": what the title is attached to, part of the header.
      // ("(19/12/1946 - 19/12/2026)" under a title goes on with the subject.)
      if (/^\((?:ban hành |được ban hành )?kèm theo\b/iu.test(item.content)) {
        fields.push(field('other', item, { start: item.line.indent, end: item.line.text.length, text: item.content }));
        let k = index + 1;
        while (!/\)\s*$/.test(stream[k - 1]!.content) && k < stream.length && k - index < 4 && !startsBody(stream[k]!)) {
          const more = stream[k]!;
          const extra = fields[fields.length - 1]!;
          extra.children.push(textAt(more.line, more.line.indent, more.line.text.length));
          extra.position = spanOf(extra.children);
          k++;
        }
        index = k - 1;
        titleLines++;
        continue;
      }
      // "Căn cứ Luật …", "Theo đề nghị của …": the preamble has begun.
      if (titleLines > 0 && PREAMBLE_START.test(item.content)) break;
      // Under a quyết định's title, the body that decides, in capitals ("ỦY BAN NHÂN DÂN TỈNH …",
      // "CHỦ TỊCH ỦY BAN NHÂN DÂN …"): part of the header, not of the subject.
      if (titleLines > 0 && last?.role === 'subject' && isAllUpper(item.content) && !isAllUpper(textOfField(last)) && !isLower(item.content[0])) {
        fields.push(field('other', item, { start: item.line.indent, end: item.line.text.length, text: item.content }));
        titleLines++;
        continue;
      }
      // The title is centred and short; the text under it starts a full line ("Thực hiện Kế hoạch số …").
      if (titleLines > 0 && last) {
        const previous = stream[index - 1]!;
        // A line ending in a comma, a word that cannot end a title, or a name cut at the line's end: the title runs on.
        const runsOn = !/[.;:]$/.test(previous.content) && (/,$/.test(previous.content) || DANGLING.test(previous.content) || nameRunsOn(previous, item.content, layout));
        const titleLike = isLower(item.content[0]) || isAllUpper(item.content) || item.line.text.trimEnd().length <= layout.measure * 0.85;
        if (!titleLike && !runsOn) break;
      }
      // A title block line: the subject, or a line of the title before it ("HỘI NGHỊ LẦN THỨ BA").
      if (last && last.role === 'subject') {
        last.children.push(textAt(item.line, item.line.indent, item.line.text.length));
        last.position = spanOf(last.children);
      } else {
        fields.push(field('subject', item, { start: item.line.indent, end: item.line.text.length, text: item.content }));
      }
      titleLines++;
      continue;
    }
    // The extractor's columns (by x position) where it gave them; else cut at wide gaps.
    const known = hintedCells(item.line)?.map((c) => ({ start: c.start, end: c.start + c.text.length, text: c.text }));
    // A Word table's row written with tabs: cut at its tabs first.
    const tabbed = item.line.tabs
      ? splitFields(item.line.text, item.line.tabs, headerCells).map((cell) => ({ ...cell, end: cell.start + cell.text.length }))
      : null;
    const pieces = (known ?? tabbed ?? headerCells(item.line.text)).flatMap(headerPieces);
    const roles = pieces.map((piece) => headerRole(piece.text));
    // "HỘI NÔNG DÂN TỈNH THANH HÓA" beside "HỘI NÔNG DÂN VIỆT NAM" on the first line, with no national name:
    // the organisation's national name stands where the motto would, as the Party's does.
    const lastRole = roles.length - 1;
    if (fields.length === 0 && lastRole > 0 && roles[lastRole] === 'issuer' && !roles.includes('nationalName') && !roles.includes('partyName') && / viet nam$/u.test(fold(pieces[lastRole]!.text).trim())) {
      roles[lastRole] = 'partyName';
    }
    // A subject under the number ("V/v …") goes on in its column until a gap.
    const subjectOpen = fields.some((f) => f.role === 'subject') && !gapEnds(item);
    if (subjectOpen && last) {
      const subject = [...fields].reverse().find((f) => f.role === 'subject')!;
      const first = pieces[0];
      const continues = first && roles[0] !== 'placeDate' && roles[0] !== 'number' && roles[0] !== 'documentType' && !/[.:]$/.test(textOfField(subject)) && subject.children.length < 6;
      // Only words that are no header item of their own go on with it ("CỘNG HÒA …" starts the other column).
      const plain = roles[0] === null || (roles[0] === 'issuer' && isAllUpper(textOfField(subject)));
      if (continues && plain && (roles[0] !== null || isLower(first.text[0]) || first.text.length <= layout.measure * 0.6 || layout.unwrapped)) {
        subject.children.push(textAt(item.line, first.start, first.end));
        subject.position = spanOf(subject.children);
        for (const [k, piece] of pieces.slice(1).entries()) fields.push(field(roles[k + 1] ?? 'other', item, piece));
        continue;
      }
    }
    // A trích yếu printed under the number without "V/v" ("Hướng dẫn một số nội dung …"): the left column's
    // short mixed-case line right under the number line, before any subject.
    const numberAbove = index > 0 && fields.some((f) => f.role === 'number' && f.position.start.line === stream[index - 1]!.line.number);
    if (
      numberAbove &&
      !fields.some((f) => f.role === 'subject' || f.role === 'documentType') &&
      item.blanksBefore === 0 &&
      pieces.length > 0 &&
      roles[0] === null &&
      !isAllUpper(pieces[0]!.text) &&
      pieces[0]!.start < layout.measure * 0.45 &&
      pieces[0]!.text.length <= layout.measure * 0.6 &&
      !/[:;]$/.test(pieces[0]!.text)
    ) {
      fields.push(field('subject', item, pieces[0]!));
      for (const [k, piece] of pieces.slice(1).entries()) fields.push(field(roles[k + 1] ?? 'other', item, piece));
      continue;
    }
    if (roles.length > 0 && roles.every((role) => role !== null)) {
      pieces.forEach((piece, k) => {
        fields.push(field(roles[k]!, item, piece));
      });
      if (roles.includes('documentType')) {
        inTitle = true;
        titleLines = 0;
      }
      continue;
    }
    break;
  }
  if (fields.length === 0) return { header: null, next: 0 };
  markSuperiors(fields);
  return { header: { type: 'header', children: fields, position: spanOf(fields) }, next: index };
}

/**
 * The issuer column may name a superior body first ("ĐẢNG BỘ TỈNH QUẢNG
 * NGÃI", "UBND TỈNH QUẢNG NGÃI"). Names may wrap ("ỦY BAN NHÂN DÂN" /
 * "HUYỆN SƠN TỊNH", "SỞ LAO ĐỘNG - THƯƠNG BINH" / "VÀ XÃ HỘI"). The last name
 * is the issuer; the lines of the names before it become `superior`.
 */
export function issuerNames(fields: HeaderFieldNode[]): HeaderFieldNode[][] {
  const names: HeaderFieldNode[][] = [];
  for (const f of fields.filter((x) => x.role === 'issuer' || x.role === 'superior')) {
    const previous = names[names.length - 1];
    const folded = fold(textOfField(f));
    const previousText = previous ? fold(textOfField(previous[previous.length - 1]!)) : '';
    const continues =
      previous !== undefined &&
      ((LEVEL_START.test(folded) && !/^(?:tinh|huyen|thanh|thi|quan) uy\b/.test(folded)) ||
        /^va\b/.test(folded) ||
        // "ĐẠI HỘI ĐẢNG BỘ …" / "LẦN THỨ VII, NHIỆM KỲ 2025 - 2030": which congress.
        /^(?:lan thu|nhiem ky|khoa)\b/.test(folded) ||
        /(?:-|,|\bva)$/.test(previousText) ||
        // "HỘI NÔNG DÂN TỈNH" / "LẠNG SƠN": a name cut after its level word goes on with the place.
        (previous !== undefined && LEVEL_END.test(textOfField(previous[previous.length - 1]!).toLowerCase().normalize('NFC').trim())) ||
        // "BAN CHẤP HÀNH" / "ĐẢNG BỘ TỈNH NGHỆ AN", "HIỆP HỘI" / "CÔNG CHỨNG VIÊN VIỆT NAM": a head that names no body alone.
        BARE_HEAD.test(previousText.trim()) ||
        // "NGÂN HÀNG CHÍNH SÁCH XÃ HỘI" / "CHI NHÁNH TỈNH THANH HÓA": the branch of the body above it.
        /^(?:chi nhanh|phong giao dich|van phong dai dien)\b/.test(folded) ||
        // "ĐẢNG ỦY TRƯỜNG ĐẠI HỌC" / "KỸ THUẬT - CÔNG NGHỆ CẦN THƠ": a name cut after the kind of body it is.
        /\b(?:truong dai hoc|truong cao dang|truong trung cap|hoc vien|benh vien|tong cong ty|cong ty)$/.test(previousText.trim()));
    if (continues) previous.push(f);
    else names.push([f]);
  }
  return names;
}

/**
 * The header's issuer columns: one, or — in a joint document (liên tịch) —
 * one per issuer, side by side ("BCH ĐOÀN TNCS HỒ CHÍ MINH" beside "SỞ GIÁO
 * DỤC VÀ ĐÀO TẠO", each over "TỈNH QUẢNG TRỊ"). Columns are told apart by
 * where their first line's names start; each field goes to the nearest.
 */
export function issuerColumns(fields: HeaderFieldNode[]): HeaderFieldNode[][] {
  const names = fields.filter((x) => x.role === 'issuer' || x.role === 'superior');
  const byLine = new Map<number, HeaderFieldNode[]>();
  for (const f of names) byLine.set(f.position.start.line, [...(byLine.get(f.position.start.line) ?? []), f]);
  // Two names side by side, each standing alone: "UBND" beside "TỈNH LÀO CAI" is one name over two cells.
  const alone = (f: HeaderFieldNode) => {
    const folded = fold(textOfField(f)).trim();
    return !LEVEL_START.test(folded) && !BARE_HEAD.test(folded) && !/^va\b/.test(folded);
  };
  const shared = [...byLine.values()].find((line) => line.length > 1 && line.every(alone));
  if (!shared) return names.length > 0 ? [names] : [];
  const starts = shared.map((f) => f.position.start.column + textOfField(f).length / 2);
  const columns: HeaderFieldNode[][] = starts.map(() => []);
  for (const f of names) {
    columns[nearestColumn(starts, f.position.start.column + textOfField(f).length / 2)]!.push(f);
  }
  return columns.filter((c) => c.length > 0);
}

function markSuperiors(fields: HeaderFieldNode[]): void {
  for (const column of issuerColumns(fields)) {
    const names = issuerNames(column);
    for (const name of names.slice(0, -1)) for (const f of name) f.role = 'superior';
    for (const f of names[names.length - 1] ?? []) f.role = 'issuer';
  }
}
