/**
 * Splitting a paragraph into what the page shows: plain text, citations of
 * other documents (linked) and abbreviations (expanded). The words are the
 * source's own; the pieces are rendered by components, which escape them.
 */
import { numberedName } from '../text/document-name.js';
import type { Citation, Original } from '../schemas/document.js';
import type { Abbreviation } from '../schemas/taxonomy.js';
import { fold } from '../text/fold.js';
import { urls } from './urls.js';

export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'cite'; text: string; href: string | null; title: string }
  | { kind: 'abbr'; text: string; title: string };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

function abbreviationsIn(text: string, abbreviations: Abbreviation[]): Segment[] {
  const words = abbreviations.filter((a) => /^[\p{Lu}]{2,}$/u.test(a.abbr)).sort((a, b) => b.abbr.length - a.abbr.length);
  if (words.length === 0) return [{ kind: 'text', text }];
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(${words.map((a) => escapeRegExp(a.abbr)).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const out: Segment[] = [];
  let last = 0;
  for (const found of text.matchAll(re)) {
    if (found.index > last) out.push({ kind: 'text', text: text.slice(last, found.index) });
    out.push({ kind: 'abbr', text: found[0], title: words.find((a) => a.abbr === found[0])!.expansion });
    last = found.index + found[0].length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}

/** Segments of a paragraph. `citations` are those of the provision, in text order. */
export function segments(text: string, citations: Citation[], abbreviations: Abbreviation[], selfHref: string): Segment[] {
  const out: Segment[] = [];
  let cursor = 0;
  for (const citation of citations) {
    const at = text.indexOf(citation.text, cursor);
    if (at === -1) continue;
    if (at > cursor) out.push(...abbreviationsIn(text.slice(cursor, at), abbreviations));
    // A document of the corpus (at the provision the text names), else the registry's page, else no link.
    const href =
      citation.target === 'self'
        ? selfHref
        : citation.document
          ? citation.provision
            ? urls.provisionAnchor(citation.document, citation.provision)
            : urls.document(citation.document)
          : citation.target
            ? urls.reference(citation.target)
            : citation.cited
              ? urls.cited(citation.cited)
              : null;
    const title =
      citation.target === 'self'
        ? 'Chính văn bản này'
        : citation.document
          ? `Văn bản số ${citation.number}, có trong kho văn bản${citation.provision ? ' (đến đúng mục được dẫn)' : ''}`
          : citation.number
            ? `Văn bản số ${citation.number}${citation.resolved ? '' : ' (chưa có trong kho: xem những gì các văn bản dẫn chiếu nói về nó)'}`
            : 'Văn bản chưa xác định';
    out.push({ kind: 'cite', text: citation.text, href, title });
    cursor = at + citation.text.length;
  }
  if (cursor < text.length) out.push(...abbreviationsIn(text.slice(cursor), abbreviations));
  return out;
}

/** How the site names a document: "Công văn số 123-CV/TU của Tỉnh ủy Quảng Ngãi" (unknown parts left out). */
export function documentName(meta: { documentType: string | null; number: string | null; issuer: string | null }): string {
  const name = meta.number ? numberedName(meta.documentType, meta.number) : (meta.documentType ?? 'Văn bản');
  return `${name}${meta.issuer ? ` của ${meta.issuer}` : ''}`;
}

/** "2020-11-05" → "05/11/2020" (days and months padded, as readers expect on a page). */
export function displayDate(iso: string): string {
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * A body's name as the site shows it: with the place it belongs to where
 * its name does not say it ("Ban Tuyên giáo Tỉnh ủy (tỉnh Quảng Ngãi)"), so
 * that two provinces' bodies of the same name are told apart.
 */
export function bodyTitle(tag: { name: string; jurisdiction: string | null }): string {
  const where = tag.jurisdiction;
  if (!where || where === 'Trung ương') return tag.name;
  const place = where.split(',')[0]!.replace(/^(?:tỉnh|thành phố|huyện)\s+/u, '');
  if (fold(tag.name).includes(fold(place))) return tag.name;
  return `${tag.name} (${where})`;
}

/** A file's size as readers read it: "535 KB", "1,2 MB" (Vietnamese decimal comma). */
export function fileSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} byte`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} MB`;
}

/** How a document's text was read from its original, said to a reader. */
export function readingNote(original: Original): string {
  switch (original.read) {
    case 'text-layer':
      return 'Văn bản trên trang này được đọc từ lớp chữ của tệp PDF gốc.';
    case 'ocr':
      return 'Tệp gốc là bản quét: văn bản trên trang này được nhận dạng ký tự (OCR) từ ảnh các trang, có thể còn sai chữ, sai dấu. Khi trích dẫn, hãy đối chiếu với văn bản gốc.';
    case 'text-layer-and-ocr':
      return 'Văn bản trên trang này được đọc từ lớp chữ của tệp PDF gốc; những trang không có lớp chữ đọc được thì được nhận dạng ký tự (OCR), có thể còn sai chữ, sai dấu. Khi trích dẫn, hãy đối chiếu với văn bản gốc.';
    case 'word':
      return 'Văn bản trên trang này được đọc từ tệp Word gốc (đoạn văn, bảng, số thứ tự tự động).';
  }
}

/**
 * A mark as a reader sees it. The Symbol and Wingdings fonts' bullets come out
 * of a PDF or Word file in Unicode's private use area (U+F0B7 is the Symbol
 * font's "•"), which no reader's font draws: shown as "•". The data keeps the
 * mark as it came.
 */
export function shownMarker(marker: string): string {
  return marker.replace(/[\uF020-\uF0FF]/gu, '•');
}
