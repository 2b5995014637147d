/**
 * What a reader is told at the top of a document's page about how far its
 * text can be trusted: read by OCR from a scan (words may be misread), or
 * with places the parser was unsure of that no editor has checked, and what
 * an editor corrected. A document read cleanly says nothing.
 */
import type { DirectiveDocument, Doubt, Provision } from '../schemas/document.js';

export interface ReadingNotice {
  /** `ocr`: words may be misread; `doubts`: the reading may be wrong in places. */
  kind: 'ocr' | 'doubts';
  /** The notice, in Vietnamese. */
  text: string;
  /** The provisions in doubt, by id, each with what is in doubt, for a mark beside each. */
  doubtful: Map<string, string>;
}

/** The doubts a reader is told of: those no editor has cleared. */
export function openDoubts(document: DirectiveDocument): Doubt[] {
  return document.doubts.filter((d) => !d.cleared);
}

const FIELD_WORDS: Record<string, string> = {
  number: 'số hiệu',
  date: 'ngày ban hành',
  issuer: 'cơ quan ban hành',
  subject: 'trích yếu',
  documentType: 'loại văn bản',
  signature: 'phần chữ ký',
  copiesTo: 'phần nơi nhận',
  closing: 'phần kết',
  text: 'chữ của văn bản',
};

/** How many parts of the document an editor's corrections changed (provisions, the closing). */
export function correctedParts(document: DirectiveDocument): number {
  const walk = (list: Provision[]): number => list.reduce((sum, p) => sum + (p.provenance === 'editorial' ? 1 : 0) + walk(p.children), 0);
  return walk(document.provisions) + (document.closing.some((p) => p.provenance === 'editorial') ? 1 : 0);
}

export function readingNotice(document: DirectiveDocument): ReadingNotice | null {
  const open = openDoubts(document);
  const doubtful = new Map<string, string>();
  for (const d of open) if (d.provision && !doubtful.has(d.provision)) doubtful.set(d.provision, d.message.replace(/:.*$/su, '').replace(/[.]$/u, ''));
  const ocr = document.original?.read === 'ocr' || document.original?.read === 'text-layer-and-ocr' || open.some((d) => d.rule === 'ocr');
  const parts = correctedParts(document);
  const corrected = parts > 0 ? ` Biên tập viên đã hiệu đính ${parts} phần (có ghi “đã hiệu đính”).` : '';
  if (ocr) {
    return {
      kind: 'ocr',
      text: `Văn bản này được nhận dạng ký tự (OCR) từ bản quét: chữ, số và tên riêng có thể bị đọc sai. Trước khi trích dẫn, hãy đối chiếu với văn bản gốc.${corrected}`,
      doubtful,
    };
  }
  if (open.length === 0) return null;
  // Say what is in doubt: the fields by name, the provisions by their mark on the page.
  const unread = document.unread.map((f) => FIELD_WORDS[f]!);
  const fields = [...new Set(open.filter((d) => !d.provision && d.field && !document.unread.includes(d.field as 'number' | 'date')).map((d) => FIELD_WORDS[d.field!] ?? d.field!))];
  const said: string[] = [];
  if (unread.length > 0) said.push(`Không đọc được ${unread.join(' và ')} (bản nguồn để trống, thường do chữ ký số điền khi ký).`);
  if (fields.length > 0) said.push(`Phần mềm đọc văn bản chưa chắc chắn về ${fields.join(', ')}.`);
  if (doubtful.size > 0) said.push(`Phần mềm chưa chắc chắn cách đọc ${doubtful.size} mục (có dấu “chưa kiểm tra”): cách chia mục, tiêu đề hoặc cơ quan được xác định có thể chưa đúng.`);
  return {
    kind: 'doubts',
    text: `${said.join(' ')} Biên tập viên chưa kiểm tra; khi trích dẫn, hãy đối chiếu với văn bản gốc.${corrected}`,
    doubtful,
  };
}
