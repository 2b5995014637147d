/**
 * Line classifiers: small pure tests, one per kind of line the genre has.
 * Each takes the trimmed text of a line (or of a cell of a two-column line).
 */
import { fold, isAllUpper } from '../../text/fold.js';
import type { ProvisionStyle } from '../nodes.js';
import type { SourceLine } from './normalise.js';

/** A numbering mark found at the start of a line. */
export interface MarkerMatch {
  style: ProvisionStyle;
  /** The number as printed, without punctuation ("2", "II", "1.3", "đ", "-"). */
  number: string;
  /** The mark as printed ("2.", "II-", "a)", "-"). */
  marker: string;
  /** Where the text after the mark starts (index into the trimmed line). */
  textStart: number;
  /** For an upper-case letter that is also a roman numeral (I, V, X, C, D, L, M). */
  ambiguousRoman?: boolean;
}

const ROMAN = /^(?=[IVXLC])M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})$/;
/** How deep a decimal number may go ("1.2.3.4.5.6"); deeper ones are text, with a warning. */
export const MAX_DECIMAL_DEPTH = 6;
const ORDINAL_WORDS = String.raw`(?:thứ|THỨ)\s+\p{L}+`;
const ORDINAL_MARK_WORDS = 'nhất|hai|ba|tư|năm|sáu|bảy|tám|chín|mười|NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI';
const MARKERS: Array<{ re: RegExp; style: ProvisionStyle; alone?: boolean }> = [
  // "Phần thứ nhất", "PHẦN I", "Chương II", "Điều 3." — a part, chapter or article; may stand alone on its line.
  { re: new RegExp(String.raw`^(?:Phần|PHẦN)\s+(${ORDINAL_WORDS}|[IVXLC]{1,6}|\d{1,2})(?:\s*[.:\-–])?(?=\s|$)`, 'u'), style: 'part', alone: true },
  { re: /^(?:Chương|CHƯƠNG)\s+([IVXLC]{1,6}|\d{1,3})(?:\s*[.:\-–])?(?=\s|$)/u, style: 'chapter', alone: true },
  // "Mục 1" (a chapter's section, between the chapter and its articles): alone on its line, or before its title in capitals.
  { re: /^(?:Mục|MỤC)\s+(\d{1,3}|[IVXLC]{1,6})(?:\s*[.:\-–])?(?=$|\s+[\p{Lu}Đ][\p{Lu}Đ\s,\-–]*$)/u, style: 'section', alone: true },
  { re: /^(?:Điều|ĐIỀU)\s+(\d{1,4})\s*[.:](?=\s|$)/u, style: 'article', alone: true },
  // "Tháng 01", "Tháng 7 và tháng 8", "Quý II" alone on a line: a work programme's months or quarters.
  { re: /^((?:Tháng|THÁNG)\s+\d{1,2}(?:\s*(?:và|,|-|–)\s*(?:tháng|THÁNG)\s+\d{1,2})?|(?:Quý|QUÝ)\s+[IV]{1,3}(?:\s*(?:và|,)\s*(?:quý|QUÝ)\s+[IV]{1,3})?)\s*[:.]?$/u, style: 'period', alone: true },
  // "1.1.", "1.1-", "1.2.3)", "1.1.Tăng cường" (a dot and no space before a capital); not "1.000".
  { re: /^(\d{1,3}(?:\.\d{1,2}){1,12})(?:\s?[-–)]|\.)?(?=\s)/u, style: 'decimal' },
  { re: /^(\d{1,2}(?:\.\d{1,2}){1,12})\.(?=\p{Lu})/u, style: 'decimal' },
  // "1.", "12-", "1500.", "3)", "1/"; "1.Tăng cường"; never "31-CTr/TW" (a document number wrapped to the line start).
  { re: /^(\d{1,4})\s?[.\-–)/](?=\s)/u, style: 'arabic' },
  { re: /^(\d{1,2})\.(?=\p{Lu}\p{Ll})/u, style: 'arabic' },
  // "I.1.", "II.3": an item numbered under its roman part, like a decimal.
  { re: /^([IVXLC]{1,6}\.\d{1,2})\.?(?=\s)/u, style: 'decimal' },
  { re: /^([IVXLC]{1,6})\s?[.\-–/](?=\s)/u, style: 'roman' },
  { re: /^([A-ZĐ])\s?[.\-–)](?=\s)/u, style: 'upper' },
  { re: /^([a-zđ])\s?[)\-–/](?=\s)/u, style: 'lower' },
  { re: /^([a-zđ])\.(?=\s)/u, style: 'lower' },
  // "(i).", "(ii)", "(1)", "(a)": a mark in brackets.
  { re: /^\(([ivx]{1,5}|\d{1,2}|[a-zđ])\)\.?(?=\s)/u, style: 'paren' },
  // "Bước 1:", "Bước 2.": the steps of a procedure.
  { re: /^(?:Bước|BƯỚC)\s+(\d{1,2})\s*[:.\-–)](?=\s)/u, style: 'step' },
  // "Câu 1:", "Câu 2.": the questions a letter answers.
  { re: /^(?:Câu|CÂU)\s+(\d{1,3})\s*[:.\-–)](?=\s)/u, style: 'question' },
  // "- Thứ nhất:", "Thứ hai:": ordinal words as marks (with a colon; "Thứ nhất, …" is prose).
  { re: new RegExp(String.raw`^(?:[-–+]\s*)?(?:Thứ|THỨ)\s+(${ORDINAL_MARK_WORDS})\s*:(?=\s)`, 'u'), style: 'ordinal' },
  // Bullets: dashes, and the symbols a word processor offers ("•", "❖", "➢", "►", "▪", "◆", "○", "●", "✓"), and the
  // Symbol and Wingdings fonts' bullets as a PDF or Word file gives them, in the private use area ("\uF0B7", "\uF0A7", "\uF0D8").
  { re: /^([-–—•❖➢►▪◆○●✓\uF020-\uF0FF])(?=\s)/u, style: 'dash' },
  { re: /^(\+)(?=\s)/u, style: 'plus' },
  { re: /^(\*)(?=\s+\S)/u, style: 'star' },
];

/** Bullets ("-", "+", "*"): numbered by position, never titled. */
export function isBullet(style: ProvisionStyle): boolean {
  return style === 'dash' || style === 'plus' || style === 'star';
}

/** Recognise a numbering mark at the start of a trimmed line. */
export function matchMarker(text: string): MarkerMatch | null {
  // "2020 - 2025," wrapped to the start of a line is a span of years, not an item.
  if (/^(?:19|20)\d\d\s?[-–]\s?(?:19|20)\d\d\b/u.test(text)) return null;
  for (const { re, style, alone } of MARKERS) {
    const found = re.exec(text);
    if (!found) continue;
    const number = found[1]!;
    if (style === 'roman' && !ROMAN.test(number)) continue;
    if (style === 'decimal' && number.split('.').length > MAX_DECIMAL_DEPTH) return null; // deeper levels are text
    const rest = text.slice(found[0].length);
    const textStart = found[0].length + (rest.length - rest.trimStart().length);
    if (textStart >= text.length && style !== 'dash' && !alone) continue; // a lone "2." is a page artefact, not an item
    const match: MarkerMatch = {
      style,
      // Dashes and "•" are one kind of bullet; another symbol ("❖", "➢") keeps its own, a level of its own.
      number: style === 'dash' ? (/^[-–—•]$/u.test(number) ? '-' : number) : style === 'star' ? '*' : style === 'ordinal' ? number.toLowerCase() : number.replace(/\s+/g, ' '),
      marker: found[0],
      textStart,
    };
    if (style === 'upper' && ROMAN.test(number)) match.ambiguousRoman = true;
    return match;
  }
  return null;
}

/** A line that only carries a page number: "2", "- 3 -", "Trang 4", "4/7". */
export function isPageNumber(text: string): boolean {
  return /^(?:[-–]\s*)?\d{1,3}(?:\s*[-–])?$/u.test(text) || /^(?:trang|page)\s+\d{1,3}(?:\s*(?:\/|trên)\s*\d{1,3})?$/iu.test(text) || /^\d{1,3}\s*\/\s*\d{1,3}$/u.test(text);
}

/**
 * "Kính gửi:" at the start of a line — or a công điện's address, the sender
 * and "điện:" ("THỦ TƯỚNG CHÍNH PHỦ điện:", "VĂN PHÒNG CHÍNH PHỦ điện:"),
 * after which its addressees are listed as after "Kính gửi"; returns where
 * the rest of the line starts.
 */
export function matchKinhGui(text: string): number | null {
  if (text[0] === 'K' || text[0] === 'k') {
    const found = /^kinh\s+gui(?![\p{L}\p{N}])\s*:?\s*/u.exec(fold(text));
    if (found) return found[0].length;
  }
  const cable = CABLE_ADDRESS.exec(text);
  return cable && !/^Công$/iu.test(cable[1]!) ? cable[0].length : null;
}

/** "<sender, capitalised> điện:": the words before "điện" capitalised, two at least, twenty at most ("CHỈ HUY TRƯỞNG BỘ CHỈ HUY BỘ ĐỘI BIÊN PHÒNG TỈNH QUẢNG NINH điện:"). */
const CABLE_ADDRESS = /^(?:\p{Lu}[\p{L}\p{M}]*\s+){1,19}(\p{Lu}[\p{L}\p{M}]*)\s+điện\s*:\s*/u;

/** "Nơi nhận:" at the start of a line; returns where the rest of the line starts. */
export function matchNoiNhan(text: string): number | null {
  if (text[0] !== 'N' && text[0] !== 'n') return null;
  // "Nơi nhận", "Nơi nhận:" or "Nơi nhận: - …", never the words "nơi nhận" opening a sentence.
  const found = /^noi\s+nhan(?:\s*[:.]\s*|\s*$|\s+(?=[-–]))/.exec(fold(text));
  return found ? found[0].length : null;
}

/** "T/M BAN THƯỜNG VỤ", "TM. ỦY BAN NHÂN DÂN", "K/T BÍ THƯ", "KT. CHỦ TỊCH", "TL.", "TUQ.", "Q." */
export function isAuthority(text: string): boolean {
  return /^(?:T\/M|TM\.|K\/T|KT\.|T\/L|TL\.|TUQ\.|Q\.|Q\/)\s*\S/u.test(text);
}

/** A signer's title line: upper case, short ("PHÓ BÍ THƯ", "CHỦ TỊCH"). */
export function isTitleLine(text: string): boolean {
  return isAllUpper(text) && text.length <= 60;
}

/** "(Đã ký)", "(Ký tên, đóng dấu)", "[daky]"-style annotations of a signature. */
export function isSignatureNote(text: string): boolean {
  return /^[([]\s*(?:da\s+ky|ky|daky|ky ten|ky, ghi ro ho ten)/.test(fold(text));
}

/** A person's name: two to six capitalised words, nothing else. */
export function isPersonName(text: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}\p{M}]*\s+){1,5}\p{Lu}[\p{Ll}\p{M}]*$/u.test(text);
}

const DOCUMENT_TYPES = [
  'CÔNG VĂN',
  'CHỈ THỊ',
  'KẾ HOẠCH',
  'NGHỊ QUYẾT',
  'KẾT LUẬN',
  'QUYẾT ĐỊNH',
  'THÔNG BÁO',
  'THÔNG BÁO KẾT LUẬN',
  'HƯỚNG DẪN',
  'BÁO CÁO',
  'TỜ TRÌNH',
  'QUY ĐỊNH',
  'QUY CHẾ',
  'CHƯƠNG TRÌNH',
  'CHƯƠNG TRÌNH HÀNH ĐỘNG',
  'CHƯƠNG TRÌNH CÔNG TÁC',
  'ĐỀ ÁN',
  'PHƯƠNG ÁN',
  'ĐỀ CƯƠNG',
  'THÔNG TRI',
  'CÔNG ĐIỆN',
  'ĐIỀU LỆ',
  'NGHỊ ĐỊNH',
  'THÔNG TƯ',
  'LUẬT',
  'BIÊN BẢN',
  'GIẤY MỜI',
  'THÔNG CÁO',
  'LỜI KÊU GỌI',
];
const DOCUMENT_TYPE_BY_FOLD = new Map(DOCUMENT_TYPES.map((type) => [fold(type), type]));

/** The document type named by an upper-case type line ("KẾ HOẠCH"), in sentence case. */
export function documentTypeOf(text: string): string | null {
  const key = fold(text).replace(/\s+/g, ' ').trim();
  // "KẾ HOẠCH LIÊN TỊCH", "CHƯƠNG TRÌNH PHỐI HỢP", "KẾ HOẠCH LIÊN NGÀNH": a type issued jointly by two bodies.
  const joint = / (?:lien tich|phoi hop|lien nganh)$/.exec(key);
  const type = DOCUMENT_TYPE_BY_FOLD.get(joint ? key.slice(0, joint.index) : key);
  if (!type || !isAllUpper(text)) return null;
  const JOINT: Record<string, string> = { ' lien tich': ' liên tịch', ' phoi hop': ' phối hợp', ' lien nganh': ' liên ngành' };
  return type.charAt(0) + type.slice(1).toLowerCase() + (joint ? JOINT[joint[0]]! : '');
}

/** "Số" before a document's number, as printed and as OCR misreads its mark ("Sô", "Sồ", "So"). */
export const NUMBER_WORD = 'S[oóòỏõọôốồổỗộơớờỡợOÓÒỎÕỌÔỐỒỔỖỘƠỚỜỠỢ]';

/** Document types by the letters of a number: src/text/document-types.ts. */
export { TYPE_BY_CODE } from '../../text/document-types.js';

/** A line's cells as its extractor found them by position, trimmed; null when it gave none. */
export function hintedCells(line: SourceLine): Array<{ text: string; start: number }> | null {
  const cells = line.hint?.cells;
  if (!cells || cells.length === 0) return null;
  const out: Array<{ text: string; start: number }> = [];
  for (const [from, to] of cells) {
    const raw = line.text.slice(from, to);
    const text = raw.trim();
    if (text) out.push({ text, start: from + (raw.length - raw.trimStart().length) });
  }
  return out;
}

/** A line's cells: its extractor's, or where PDF extraction merged two columns (a run of 3+ spaces). */
export function lineCells(line: SourceLine): Array<{ text: string; start: number }> {
  return hintedCells(line) ?? (line.tabs ? tabCells(line.text, line.tabs) : splitCells(line.text));
}

/** A row written with tabs: a cell between two tabs (each split further where 3+ spaces part it). */
function tabCells(text: string, tabs: number[]): Array<{ text: string; start: number }> {
  return splitFields(text, tabs, splitCells);
}

/** The fields between a line's tabs, each cut further by `cut`; starts are offsets into the line. */
export function splitFields<T extends { start: number }>(text: string, tabs: number[], cut: (field: string) => T[]): T[] {
  const out: T[] = [];
  const bounds = [0, ...tabs, text.length];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const from = bounds[k]!;
    for (const piece of cut(text.slice(from, bounds[k + 1]))) out.push({ ...piece, start: from + piece.start });
  }
  return out;
}

/** Split a line into cells where PDF extraction merged two columns (a run of 3+ spaces). */
export function splitCells(text: string): Array<{ text: string; start: number }> {
  if (!text.includes('   ')) {
    const start = text.length - text.trimStart().length;
    return start < text.length ? [{ text: text.trim(), start }] : [];
  }
  const cells: Array<{ text: string; start: number }> = [];
  const re = /\S(?:.*?\S)?(?=\s{3,}|\s*$)/gu;
  for (const found of text.matchAll(re)) cells.push({ text: found[0], start: found.index });
  return cells;
}
