/**
 * The document's identity: from its header when it has one, inferred from
 * its own words where it has not (the lead-in's subject, "Công văn này"),
 * then completed or corrected by the editors' meta.yaml. Each value records
 * where it came from; what nobody knows stays null.
 */
import type { VFile } from 'vfile';
import type { DocumentMeta, Provenance } from '../schemas/document.js';
import type { DirectiveMetaFile } from '../schemas/meta.js';
import { fold } from '../text/fold.js';
import { documentTypeOf, TYPE_BY_CODE } from './classify.js';
import { issuerNames } from './header.js';
import type { HeaderNode, RootNode } from './nodes.js';
import { textOf } from './nodes.js';
import { runOf } from './text-run.js';
import type { Vocabulary } from './vocabulary.js';

export interface MetaResult {
  meta: DocumentMeta;
  provenance: Record<string, Provenance>;
}

const FIELDS = ['documentType', 'number', 'date', 'place', 'issuer', 'subject'] as const;
type Field = (typeof FIELDS)[number];

function headerMeta(header: HeaderNode, set: (field: Field, value: string, provenance: Provenance) => void): void {
  for (const field of header.children) {
    const text = textOf(field);
    const evidence = { text, line: field.position.start.line, column: field.position.start.column };
    switch (field.role) {
      case 'number': {
        const number = text.replace(/^Số\s*:?\s*/iu, '').trim();
        set('number', number, { from: 'text', evidence });
        // "123-CV/TU" → CV; "12/KH-UBND" → KH.
        const code = /^\d+(?:\/\d{4})?[-/]([\p{L}]+)/u.exec(number)?.[1];
        const type = code ? TYPE_BY_CODE[code] : undefined;
        if (type) set('documentType', type, { from: 'inferred', evidence, note: 'theo ký hiệu trong số hiệu' });
        break;
      }
      case 'placeDate': {
        const found = /^(.+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/iu.exec(text);
        if (found) {
          set('place', found[1]!.trim(), { from: 'text', evidence });
          set('date', `${found[4]}-${found[3]!.padStart(2, '0')}-${found[2]!.padStart(2, '0')}`, { from: 'text', evidence });
        }
        break;
      }
      case 'documentType':
        set('documentType', documentTypeOf(text) ?? text, { from: 'text', evidence });
        break;
      case 'subject':
        set('subject', text.replace(/^V\/v\s*/iu, '').trim(), { from: 'text', evidence });
        // Only a công văn carries a "V/v" subject line.
        if (/^V\/v\b/iu.test(text)) set('documentType', 'Công văn', { from: 'inferred', evidence, note: 'trích yếu "V/v" chỉ có ở công văn' });
        break;
      default:
    }
  }
  const names = issuerNames(header.children);
  const last = names[names.length - 1];
  if (last) {
    let printed = last.map((f) => textOf(f)).join(' ');
    let issuer = readableName(printed);
    // "TỈNH ỦY QUẢNG NGÃI" / "BAN TUYÊN GIÁO": a board or office of the committee above it.
    const parent = names[names.length - 2]?.map((f) => textOf(f)).join(' ');
    if (parent && /^(?:ban|van phong|uy ban kiem tra)\b/.test(fold(printed)) && /^(?:tinh|huyen|thanh|thi|quan|dang) uy\b/.test(fold(parent))) {
      printed = `${parent} ${printed}`;
      issuer = `${issuer} ${readableName(parent)}`;
    }
    const first = names.length > 1 && printed.startsWith(parent ?? '\0') ? names[names.length - 2]![0]! : last[0]!;
    set('issuer', issuer, { from: 'text', evidence: { text: printed, line: first.position.start.line, column: first.position.start.column } });
  }
}

/**
 * A name printed in capitals, in the case running text uses:
 * "ỦY BAN NHÂN DÂN HUYỆN SƠN TỊNH" → "Ủy ban nhân dân huyện Sơn Tịnh",
 * "TỈNH ỦY QUẢNG NGÃI" → "Tỉnh ủy Quảng Ngãi". Words after a level word or
 * a committee name are a place name and keep their capitals.
 */
export function readableName(upper: string): string {
  const words = upper.toLowerCase().split(/\s+/);
  const out: string[] = [];
  // normal → (a level word) → level → (a name word) → name; "tỉnh" + "ủy" is a committee.
  let state: 'normal' | 'level' | 'name' = 'normal';
  // "SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI" → "Sở Lao động - Thương binh và Xã hội":
  // in a department's name each part starts with a capital.
  const department = /^(?:so|phong)$/.test(fold(words[0] ?? '')) || (fold(words[0] ?? '') === 'ban' && !/^(?:can|thuong|chap)$/.test(fold(words[1] ?? '')));
  let partStart = false;
  words.forEach((word, i) => {
    const folded = fold(word);
    const capital = word.charAt(0).toUpperCase() + word.slice(1);
    if (department) {
      out.push(i <= 1 || partStart ? capital : word);
    } else if (state !== 'name' && folded === 'uy' && /^(?:tinh|huyen|thanh|thi|dang|quan)$/.test(fold(words[i - 1] ?? ''))) {
      out[out.length - 1] = out[out.length - 1]!.charAt(0).toUpperCase() + out[out.length - 1]!.slice(1);
      out.push(word);
      state = 'level';
    } else if (state !== 'name' && i > 0 && /^(?:tinh|huyen|xa|phuong|quan)$/.test(folded) && !/^(?:tinh|huyen|xa|phuong|quan)$/.test(fold(words[i - 1] ?? ''))) {
      out.push(word);
      state = 'level';
    } else if (state !== 'normal') {
      out.push(capital);
      state = 'name';
    } else {
      out.push(i === 0 || `${fold(words[i - 1] ?? '')} ${folded}` === 'ban thuong' ? capital : word);
    }
    partStart = department && (word === '-' || word === 'và' || word.endsWith(','));
  });
  return out.join(' ');
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
  const walk = (node: { type: string; children?: unknown[] }): boolean => {
    if (node.type === 'paragraph' || node.type === 'heading') {
      const run = runOf(node as { children: import('./nodes.js').TextNode[] });
      if (!run.folded.includes(' nay')) return false;
      const found = /\b(cong van|chi thi|ke hoach|nghi quyet|ket luan|quyet dinh|thong bao|huong dan|thong tri) nay\b/.exec(run.folded);
      if (found) {
        const type = run.text.slice(found.index, found.index + found[1]!.length);
        set('documentType', type.charAt(0).toUpperCase() + type.slice(1).toLowerCase(), {
          from: 'inferred',
          evidence: run.evidence(found.index, found.index + found[0].length),
          note: 'văn bản tự gọi mình như vậy',
        });
        return true;
      }
      return false;
    }
    return (node.children ?? []).some((child) => walk(child as typeof node));
  };
  walk(tree);
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
  inferFromText(tree, vocabulary, set);

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
