/**
 * The one list of the genre's document types: how each is named, the
 * letters of its number ("CV" in "123-CV/TU"), and where the parser looks
 * for it — in citations of other documents, where a document names itself
 * ("Công văn này"), and in the closing formulas. Each use takes the types
 * marked for it, so a new type is added once.
 */
import { fold } from './fold.js';

export interface DocumentTypeWord {
  name: string;
  /** The letters of its numbers, where the genre has them. */
  code?: string;
  /** Cited by other documents ("Nghị quyết số 15-NQ/TW"). */
  cited?: boolean;
  /** A document of this type may name itself so ("… nội dung Kế hoạch này"). */
  self?: boolean;
  /** Heard in closing formulas ("Công văn này có hiệu lực …"). */
  closing?: boolean;
}

export const DOCUMENT_TYPES: readonly DocumentTypeWord[] = [
  { name: 'Nghị quyết', code: 'NQ', cited: true, self: true, closing: true },
  { name: 'Kết luận', code: 'KL', cited: true, self: true, closing: true },
  { name: 'Chỉ thị', code: 'CT', cited: true, self: true, closing: true },
  { name: 'Kế hoạch', code: 'KH', cited: true, self: true, closing: true },
  { name: 'Công văn', code: 'CV', cited: true, self: true, closing: true },
  { name: 'Quyết định', code: 'QĐ', cited: true, self: true, closing: true },
  { name: 'Thông báo', code: 'TB', cited: true, self: true, closing: true },
  { name: 'Hướng dẫn', code: 'HD', cited: true, self: true, closing: true },
  { name: 'Quy định', cited: true, closing: true },
  { name: 'Quy chế', code: 'QC', cited: true, closing: true },
  { name: 'Chương trình', code: 'CTr', cited: true, closing: true },
  { name: 'Nghị định', cited: true },
  { name: 'Thông tư', cited: true },
  { name: 'Luật', cited: true },
  { name: 'Báo cáo', code: 'BC', cited: true },
  { name: 'Đề án', code: 'ĐA', cited: true, closing: true },
  { name: 'Thông tri', cited: true, self: true, closing: true },
  { name: 'Công điện', closing: true },
  { name: 'Tờ trình', code: 'TTr' },
];

/** The folded names of the types marked for a use ("cong van", "chi thi" …), in the list's order. */
export function typeWords(use: 'cited' | 'self' | 'closing'): string[] {
  return DOCUMENT_TYPES.filter((t) => t[use]).map((t) => fold(t.name.normalize('NFC')));
}

/** Document types by the letters of a number ("CV" → "Công văn"). */
export const TYPE_BY_CODE: Record<string, string> = Object.fromEntries(DOCUMENT_TYPES.filter((t) => t.code).map((t) => [t.code!, t.name]));

