/**
 * The document's identity: from its header when it has one, inferred from
 * its own words where it has not (the lead-in's subject, "Công văn này"),
 * then completed or corrected by the editors' meta.yaml. Each value records
 * where it came from; what nobody knows stays null.
 */
import { CONTINUE, EXIT, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';
import type { DocumentMeta, Provenance } from '../../schemas/document.js';
import type { DirectiveMetaFile } from '../../schemas/meta.js';
import { typeWords } from '../../text/document-types.js';
import { fold, isAllUpper } from '../../text/fold.js';
import { documentTypeOf, NUMBER_WORD, TYPE_BY_CODE } from '../input/classify.js';
import { issuerColumns, issuerNames, SUBJECT } from './header.js';
import { LEVEL_WORDS, readableName } from './names.js';
import type { HeaderFieldNode, HeaderNode, RootNode } from '../nodes.js';
import { textOf } from '../nodes.js';
import { runOf } from '../text-run.js';
import { correctByOwnWords } from './ocr-words.js';

/** "… nội dung Công văn này": the types a document names itself by (src/text/document-types.ts). */
const SELF_NAMED = new RegExp(String.raw`\b(${typeWords('self').join('|')}) nay\b`);
/** "Ban Chấp hành Đảng bộ tỉnh Nghệ An": a level word, then the place. */
const PARTY_COMMITTEE = new RegExp(`^Ban Chấp hành Đảng bộ (${LEVEL_WORDS.join('|')}) (.+)$`, 'u');
import type { Vocabulary } from '../vocabulary.js';

export interface MetaResult {
  meta: DocumentMeta;
  provenance: Record<string, Provenance>;
}

const FIELDS = ['documentType', 'number', 'date', 'place', 'issuer', 'subject'] as const;
type Field = (typeof FIELDS)[number];

/** "Số: 9387 /UBND-KT" → "9387/UBND-KT"; a blank number ("Số:      /UBND-KT") → null. */
const NUMBER_CODE = new RegExp(String.raw`^${NUMBER_WORD}\s*:?\s*[\d.]*\s*(?:\/\s*\d{4}\s*)?[-/]\s*([\p{L}]+)`, 'u');
const NUMBER_PREFIX = new RegExp(String.raw`^${NUMBER_WORD}\s*:?\s*`, 'u');

export function numberOf(printed: string): string | null {
  const number = printed.replace(NUMBER_PREFIX, '').replace(/\s*([-/])\s*/gu, '$1').trim();
  return /^\d/.test(number) ? number : null;
}

/** "Lào Cai, ngày 15 tháng 9 năm 2026" → place and ISO date (null when the day or month is blank). */
export function placeDateOf(printed: string): { place: string; date: string | null } | null {
  const found = /^(.+?),\s*ngày\s*(\d{1,2})?[\s.…]*tháng\s*(\d{1,2})?[\s.…]*năm\s*(\d{4})/iu.exec(printed.trim());
  if (!found) {
    // A day or month written by hand and misread by OCR ("ngày0) thángh năm 2026"): the place, and no date.
    const loose = /^(.+?),\s*ngày[^,]{0,8}?tháng[^,]{0,8}?năm\s*\d{4}/iu.exec(printed.trim());
    return loose ? { place: loose[1]!.trim(), date: null } : null;
  }
  const [, place, day, month, year] = found;
  const valid = day !== undefined && month !== undefined && Number(day) >= 1 && Number(day) <= 31 && Number(month) >= 1 && Number(month) <= 12;
  return { place: place!.trim(), date: valid ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : null };
}

/**
 * The trích yếu without its lead words ("V/v", "về việc", "về"). A title
 * block that names a plenum before its subject ("HỘI NGHỊ LẦN THỨ BA / BAN
 * CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XIV / về bảo vệ môi trường …") gives the
 * "về …" part.
 */
export function subjectOf(printed: string): string {
  let text = printed.replace(/\s+/g, ' ').trim();
  const about = /(?:^|\s)(về\s+\p{Ll}.*)$/u.exec(text);
  // Before "về …": the plenum's name in capitals, or the issuer alone ("của Ban Thường vụ Tỉnh ủy");
  // "của Thường trực Tỉnh ủy tại buổi làm việc với …" says what the text concludes: kept whole.
  const before = about ? text.slice(0, about.index) : '';
  const issuerOnly = /^(?:của|CỦA)\s/u.test(before) && !/\s(?:tại|với|trong|khi|sau)\s/u.test(before);
  if (about && about.index > 0 && (isAllUpper(before) || issuerOnly)) text = about[1]!;
  // A subject printed in quotes ("“V/v giới thiệu …”") is read without them.
  if (/^["“]/u.test(text) && /["”]$/u.test(text)) text = text.slice(1, -1).trim();
  return text
    .replace(/^(?:V\/v|V\.v|về việc|về|[vƒf]\s?\/\s?[vw](?=\s))\s*/iu, '')
    .replace(/\s*\.$/u, '')
    .trim();
}

/**
 * Digits a digital signature stamped beside a blank field, each given to
 * the blank field nearest to it: the number ("12094" over "Số:   /BNV-CCHC")
 * or the day ("12" over "ngày    tháng 10 năm 2026").
 */
function stampsOf(header: HeaderNode): Map<HeaderNode['children'][number], HeaderNode['children'][number]> {
  const out = new Map<HeaderNode['children'][number], HeaderNode['children'][number]>();
  const blanks = header.children.filter(
    (f) => (f.role === 'number' && numberOf(textOf(f)) === null) || (f.role === 'placeDate' && /ngày\s*tháng/iu.test(textOf(f))),
  );
  for (const stamp of header.children.filter((f) => f.role === 'stamp')) {
    const digits = textOf(stamp);
    const fits = blanks.filter((f) => !out.has(f) && (f.role === 'number' || digits.length <= 2));
    const near = fits.sort((a, b) => Math.abs(a.position.start.column - stamp.position.start.column) - Math.abs(b.position.start.column - stamp.position.start.column))[0];
    // Stamped on the field's line or the line above or below it.
    if (near && Math.abs(near.position.start.line - stamp.position.start.line) <= 2) out.set(near, stamp);
  }
  return out;
}

function headerMeta(header: HeaderNode, set: (field: Field, value: string, provenance: Provenance) => void): void {
  const stamps = stampsOf(header);
  for (const field of header.children) {
    const stamp = stamps.get(field);
    if (stamp) {
      const digits = textOf(stamp);
      const printed = textOf(field);
      const evidence = { text: `${digits} ${printed}`, line: stamp.position.start.line, column: stamp.position.start.column };
      const note = 'chữ số do chữ ký số đóng bên cạnh ô để trống';
      if (field.role === 'number') {
        const number = numberOf(printed.replace(new RegExp(String.raw`^(${NUMBER_WORD}\s*:?\s*)`, 'u'), `$1${digits}`));
        if (number) set('number', number, { from: 'text', evidence, note });
      } else {
        const found = placeDateOf(printed.replace(/ngày\s*(?=tháng)/iu, `ngày ${digits} `));
        if (found?.date) set('date', found.date, { from: 'text', evidence, note });
      }
    }
  }
  for (const field of header.children) {
    const text = textOf(field);
    const evidence = { text, line: field.position.start.line, column: field.position.start.column };
    switch (field.role) {
      case 'number': {
        const number = numberOf(text);
        if (number) set('number', number, { from: 'text', evidence });
        // "123-CV/TU" → CV; "12/KH-UBND" → KH; a blank "Số:   /KH-UBND" still names its type.
        const code = NUMBER_CODE.exec(text)?.[1];
        const type = code ? TYPE_BY_CODE[code] : undefined;
        if (type) set('documentType', type, { from: 'inferred', evidence, note: 'theo ký hiệu trong số hiệu' });
        break;
      }
      case 'placeDate': {
        const found = placeDateOf(text);
        if (found) {
          set('place', found.place, { from: 'text', evidence });
          if (found.date) set('date', found.date, { from: 'text', evidence });
        }
        break;
      }
      case 'documentType':
        set('documentType', documentTypeOf(text) ?? text, { from: 'text', evidence });
        break;
      case 'subject': {
        const subject = subjectOf(text);
        if (subject) set('subject', subject, { from: 'text', evidence });
        // Only a công văn carries a "V/v" subject line.
        if (SUBJECT.test(text)) set('documentType', 'Công văn', { from: 'inferred', evidence, note: 'trích yếu "V/v" chỉ có ở công văn' });
        break;
      }
      default:
    }
  }
}

/**
 * The issuing body: the last name of the header's issuer column ("THÀNH ỦY
 * HÀ NỘI / BAN TỔ CHỨC" → "Ban Tổ chức Thành ủy Hà Nội"), read with the
 * signature, which says on whose behalf the document is signed: "T/M BAN
 * THƯỜNG VỤ" under "ĐẢNG ỦY ỦY BAN NHÂN DÂN TỈNH" → "Ban Thường vụ Đảng ủy Ủy
 * ban nhân dân tỉnh"; "T/M BAN BÍ THƯ" under "BAN CHẤP HÀNH TRUNG ƯƠNG" →
 * "Ban Bí thư". Never from the subject or the title.
 */
function issuerMeta(tree: RootNode, set: (field: Field, value: string, provenance: Provenance) => void): void {
  const header = tree.children.find((node) => node.type === 'header');
  const signature = tree.children.find((node) => node.type === 'signature');
  const columns = header ? issuerColumns(header.children) : [];
  if (columns.length > 1) {
    // A joint document: every issuing body, in the order of its column, each read as a column alone is.
    const issuers = columns.map((column) => columnIssuer(issuerNames(column))).filter((found) => found !== null);
    const evidenceField = issuers[0]?.first;
    if (!evidenceField) return;
    set('issuer', issuers.map((found) => found.issuer).join(' và '), {
      from: 'text',
      evidence: { text: issuers.map((found) => found.printed).join(' | '), line: evidenceField.position.start.line, column: evidenceField.position.start.column },
    });
    return;
  }
  const found = columnIssuer(header ? issuerNames(header.children) : []);
  const issuer = found?.issuer ?? null;
  // On whose behalf it is signed.
  const authority = signature?.children.find((line) => line.role === 'authority');
  const behalf = authority ? /^(?:T\/M|TM\.?)\s*(.+)$/u.exec(textOf(authority))?.[1]?.trim() : undefined;
  if (behalf && authority) {
    const body = readableName(behalf);
    const key = fold(body);
    const evidence = { text: textOf(authority), line: authority.position.start.line, column: authority.position.start.column };
    // "T/M BAN THƯỜNG VỤ" under "TỈNH ỦY …": the committee's standing board (a board of the committee, "BAN TUYÊN GIÁO", has none).
    const committee = issuer !== null && /(?:uy|uy ban nhan dan|hoi dong nhan dan)\b/.test(fold(issuer)) && !/^(?:ban|van phong|uy ban kiem tra)\b/.test(fold(issuer));
    if (/^(?:ban thuong vu|thuong truc|ban can su dang|dang doan)$/.test(key) && committee && !fold(issuer!).startsWith(key)) {
      set('issuer', `${body} ${issuer}`, { from: 'inferred', evidence, note: `ký thay mặt ${body}; cơ quan ghi ở phần đầu văn bản là ${issuer}` });
      return;
    }
    if (/^(?:ban bi thu|bo chinh tri)$/.test(key)) {
      set('issuer', body, { from: 'inferred', evidence, note: `ký thay mặt ${body}` });
      return;
    }
  }
  if (found) set('issuer', found.issuer, { from: 'text', evidence: { text: found.printed, line: found.first.position.start.line, column: found.first.position.start.column } });
}

/**
 * The issuing body of one issuer column, from its names top to bottom: the
 * last, with the body above it when it is that body's board or office
 * ("TỈNH ỦY QUẢNG NGÃI" / "BAN TUYÊN GIÁO" → "Ban Tuyên giáo Tỉnh ủy Quảng
 * Ngãi"); "Ban Chấp hành Đảng bộ tỉnh …" named as the genre names it.
 */
function columnIssuer(names: HeaderFieldNode[][]): { issuer: string; printed: string; first: HeaderFieldNode } | null {
  const last = names[names.length - 1];
  if (!last || last.length === 0) return null;
  let printed = last.map((f) => textOf(f)).join(' ');
  let issuer = readableName(printed);
  let first = last[0]!;
  // "TỈNH ỦY QUẢNG NGÃI" / "BAN TUYÊN GIÁO": a board or office of the committee above it.
  const parentFields = names[names.length - 2];
  const parent = parentFields?.map((f) => textOf(f)).join(' ');
  if (parent && /^(?:ban|van phong|uy ban kiem tra)\b/.test(fold(printed)) && /^(?:tinh|huyen|thanh|thi|quan|dang) uy\b/.test(fold(parent))) {
    printed = `${parent} ${printed}`;
    issuer = `${issuer} ${readableName(parent)}`;
    first = parentFields![0]!;
  } else if (parent && /^(?:van phong|thanh tra)$/.test(fold(printed).trim())) {
    // "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI" / "VĂN PHÒNG": the office of the body above it.
    printed = `${parent} ${printed}`;
    issuer = `${issuer} ${readableName(parent)}`;
    first = parentFields![0]!;
  } else if (parent && /^(?:ban thuong vu|ban chap hanh|thuong truc|ban thuong truc|doan chu tich)$/.test(fold(printed).trim())) {
    // "HIỆP HỘI CÔNG CHỨNG VIÊN VIỆT NAM" / "BAN THƯỜNG VỤ": the board of the body above it.
    printed = `${parent} ${printed}`;
    issuer = `${issuer} ${readableName(parent)}`;
    first = parentFields![0]!;
  } else if (parent && /^(?:ban|van phong|uy ban kiem tra)\b/.test(fold(printed)) && /^ban chap hanh trung uong\b/.test(fold(parent))) {
    // "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TỔ CHỨC": the Party's central board, "Ban Tổ chức Trung ương".
    printed = `${parent} ${printed}`;
    issuer = /^van phong\b/.test(fold(issuer)) ? `${issuer} Trung ương Đảng` : `${issuer} Trung ương`;
    first = parentFields![0]!;
  }
  // "Ban Chấp hành Đảng bộ tỉnh Nghệ An" is the Tỉnh ủy Nghệ An (the name the genre uses for it).
  const committee = PARTY_COMMITTEE.exec(issuer);
  if (committee) {
    const COMMITTEE: Record<string, string> = { tỉnh: 'Tỉnh ủy', 'thành phố': 'Thành ủy', huyện: 'Huyện ủy', 'thị xã': 'Thị ủy', quận: 'Quận ủy' };
    issuer = COMMITTEE[committee[1]!] ? `${COMMITTEE[committee[1]!]} ${committee[2]}` : `Đảng ủy ${committee[1]} ${committee[2]}`;
  }
  return { issuer, printed, first };
}

/** With no header and no lead-in naming it, the signature's "T/M …" names the issuer. */
function signatureIssuer(tree: RootNode, set: (field: Field, value: string, provenance: Provenance) => void): void {
  const authority = tree.children.find((node) => node.type === 'signature')?.children.find((line) => line.role === 'authority');
  const behalf = authority ? /^(?:T\/M|TM\.?)\s*(.+)$/u.exec(textOf(authority))?.[1]?.trim() : undefined;
  if (!authority || !behalf) return;
  set('issuer', readableName(behalf), {
    from: 'inferred',
    evidence: { text: textOf(authority), line: authority.position.start.line, column: authority.position.start.column },
    note: 'theo dòng "T/M" của chữ ký',
  });
}

/** Infer what the text says of itself when it has no header. */
function inferFromText(tree: RootNode, vocabulary: Vocabulary, set: (field: Field, value: string, provenance: Provenance) => void): void {
  const preamble = tree.children.find((node) => node.type === 'preamble');
  const leadIn = preamble?.children.find((p) => p.data?.leadIn);
  if (leadIn) {
    const run = runOf(leadIn);
    // "…, Ban Thường vụ Tỉnh ủy yêu cầu:" — the body right before the verb.
    const verb = /(?:yeu cau|de nghi|chi thi|quyet dinh|ket luan|thong bao)\s*:?\s*$/.exec(run.folded);
    const bodies = run.bodies(vocabulary);
    const subject = bodies[bodies.length - 1];
    if (verb && subject && run.text.slice(subject.end, verb.index).trim() === '') {
      set('issuer', run.text.slice(subject.start, subject.end), {
        from: 'inferred',
        evidence: run.evidence(subject.start, verb.index + verb[0].trimEnd().length),
        note: 'theo câu dẫn của văn bản',
      });
    }
  }
  // "… nội dung Công văn này" names the document's own type.
  visitParents(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return CONTINUE;
    const run = runOf(node);
    const found = run.folded.includes(' nay') ? SELF_NAMED.exec(run.folded) : null;
    if (!found) return SKIP;
    const type = run.text.slice(found.index, found.index + found[1]!.length);
    set('documentType', type.charAt(0).toUpperCase() + type.slice(1).toLowerCase(), {
      from: 'inferred',
      evidence: run.evidence(found.index, found.index + found[0].length),
      note: 'văn bản tự gọi mình như vậy',
    });
    return EXIT;
  });
}

/** Work out the document's metadata and where each value came from. */
export function resolveMeta(tree: RootNode, file: VFile, vocabulary: Vocabulary, metaFile: DirectiveMetaFile | null): MetaResult {
  const meta: DocumentMeta = { documentType: null, number: null, date: null, place: null, issuer: null, subject: null };
  const provenance: Record<string, Provenance> = {};
  const fromText = new Set<Field>();
  const set = (field: Field, value: string, origin: Provenance) => {
    // The header's own words win over inference.
    if (meta[field] !== null && (origin.from === 'inferred' || fromText.has(field))) return;
    meta[field] = value;
    provenance[field] = origin;
    if (origin.from === 'text') fromText.add(field);
  };
  const header = tree.children.find((node) => node.type === 'header');
  if (header) headerMeta(header, set);
  issuerMeta(tree, set);
  inferFromText(tree, vocabulary, set);
  // A scan's trích yếu, misread by OCR, read again where the text says the same words.
  if (tree.data.ocr && meta.subject && provenance['subject']?.from === 'text') {
    const own = tree.children.filter((node) => node.type === 'preamble' || node.type === 'body' || node.type === 'closing').map((node) => textOf(node)).join(' ');
    const corrected = correctByOwnWords(meta.subject, own);
    if (corrected) {
      meta.subject = corrected;
      provenance['subject'] = { ...provenance['subject'], note: 'đọc bằng OCR; chữ đọc sai được đối chiếu với lời văn của chính văn bản' };
    }
  }
  signatureIssuer(tree, set);

  for (const field of FIELDS) {
    const given = metaFile?.[field];
    if (given === undefined) continue;
    const value = typeof given === 'object' && given !== null && 'value' in given ? given.value : given;
    const editorial = typeof given === 'object' && given !== null && 'editorial' in given && given.editorial;
    const note = typeof given === 'object' && given !== null && 'note' in given ? given.note : undefined;
    const current = meta[field];
    if (current !== null && provenance[field]?.from === 'text' && fold(current) !== fold(String(value))) {
      file.message(`meta.yaml sets ${field} to "${String(value)}" where the text has "${current}"; meta.yaml wins`, {
        place: provenance[field]?.evidence ? { line: provenance[field].evidence.line, column: provenance[field].evidence.column } : undefined,
        ruleId: 'meta-overrides-text',
        source: 'directive',
      });
    }
    meta[field] = String(value);
    provenance[field] = { from: editorial ? 'editorial' : 'metadata', ...(note ? { note } : {}) };
  }
  return { meta, provenance };
}

/** How a citation names the document: "Công văn số 123-CV/TU ngày 15/01/2021 của Tỉnh ủy Quảng Ngãi". */
export function designationOf(meta: DocumentMeta, provenance: Record<string, Provenance>): string {
  const type = meta.documentType ?? 'Văn bản';
  const unknown: string[] = [];
  let out = type;
  if (meta.number) out += ` số ${meta.number}`;
  else unknown.push('số hiệu');
  if (meta.date) out += ` ngày ${citedDate(meta.date)}`;
  else unknown.push('ngày ban hành');
  if (unknown.length > 0) out += ` (không rõ ${unknown.join(', ')})`;
  // An editorial issuer would not be the document's own words; leave it out.
  if (meta.issuer && provenance['issuer']?.from !== 'editorial') out += ` của ${meta.issuer}`;
  return out;
}

/**
 * A date as documents write it (Nghị định 30/2020/NĐ-CP): days below 10 and
 * the months January and February take a leading zero, other months do not —
 * "05/11/2020", "17/9/2018", "02/01/2021".
 */
export function citedDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return `${String(day).padStart(2, '0')}/${month <= 2 ? String(month).padStart(2, '0') : month}/${year}`;
}
