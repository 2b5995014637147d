/**
 * What a reader is told at the top of a document's page about how far its
 * text can be trusted: read by OCR from a scan (words may be misread), or
 * with places the parser was unsure of that no editor has checked, and what
 * an editor corrected. A document read cleanly says nothing.
 */
import type { DirectiveDocument, Doubt } from '../schemas/document.js';

export interface ReadingNotice {
  /** `ocr`: words may be misread; `doubts`: the reading may be wrong in places. */
  kind: 'ocr' | 'doubts';
  /** The notice, in Vietnamese. */
  text: string;
  /** The provisions in doubt, by id, for a mark beside each. */
  doubtful: Set<string>;
}

/** The doubts a reader is told of: those no editor has cleared. */
export function openDoubts(document: DirectiveDocument): Doubt[] {
  return document.doubts.filter((d) => !d.cleared);
}

export function readingNotice(document: DirectiveDocument): ReadingNotice | null {
  const open = openDoubts(document);
  const doubtful = new Set(open.map((d) => d.provision).filter((id): id is string => id !== null));
  const ocr = document.original?.read === 'ocr' || document.original?.read === 'text-layer-and-ocr' || open.some((d) => d.rule === 'ocr');
  const corrected = document.corrections && document.corrections.count > 0 ? ` Biên tập viên đã hiệu đính ${document.corrections.count} chỗ (có ghi “đã hiệu đính”).` : '';
  if (ocr) {
    return {
      kind: 'ocr',
      text: `Văn bản này được nhận dạng ký tự (OCR) từ bản quét: chữ, số và tên riêng có thể bị đọc sai. Trước khi trích dẫn, hãy đối chiếu với văn bản gốc.${corrected}`,
      doubtful,
    };
  }
  if (open.length === 0) return null;
  const where = doubtful.size > 0 ? ` Các mục có dấu “chưa kiểm tra” là nơi trình đọc nghi ngờ.` : '';
  return {
    kind: 'doubts',
    text: `Trình đọc tự động chưa chắc chắn ở ${open.length} chỗ của văn bản này và biên tập viên chưa kiểm tra: cách chia mục, tiêu đề, số hiệu hoặc cơ quan được gắn có thể chưa đúng.${where} Khi trích dẫn, hãy đối chiếu với văn bản gốc.${corrected}`,
    doubtful,
  };
}
