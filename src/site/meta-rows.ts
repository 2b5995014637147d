/**
 * The metadata table of a document page, as Vietnamese legal portals show
 * it. An unknown value says so plainly, with what can honestly be inferred;
 * a value that is not the document's own words says where it comes from.
 */
import type { DirectiveDocument, Provenance } from '../schemas/document.js';
import { displayDate } from './text.js';

export interface MetaRow {
  label: string;
  value: string | null;
  /** Shown after the value, in smaller type: where it comes from, or what is known instead. */
  note: string | null;
}

export const UNKNOWN = 'Không ghi trong bản nguồn';
/** A field the source prints but that could not be read (a blank a digital signature stamps, a smudge). */
export const UNREAD = 'Không đọc được: bản nguồn để trống chỗ này (thường do chữ ký số điền khi ký); xem văn bản gốc';

function unreadText(document: DirectiveDocument, field: 'number' | 'date'): string | null {
  return document.unread.includes(field) ? UNREAD : null;
}

const FIELDS = ['documentType', 'number', 'issuer', 'date', 'place', 'subject'] as const;

/**
 * The one page of the original that every value read off the text comes
 * from, when there is one — said once under the table, not on every row.
 */
export function readOnPage(document: DirectiveDocument): number | null {
  const pages = new Set(FIELDS.map((f) => document.provenance[f]).filter((p) => p?.from === 'text').map((p) => p!.page ?? null));
  return pages.size === 1 ? ([...pages][0] ?? null) : null;
}

function origin(provenance: Provenance | undefined, samePage: number | null): string | null {
  if (!provenance) return null;
  const page = provenance.page ? `trang ${provenance.page} của văn bản gốc` : null;
  switch (provenance.from) {
    case 'text':
      return page && provenance.page !== samePage ? `Đọc ở ${page}.` : null;
    case 'inferred':
      return `Suy ra từ văn bản${provenance.evidence ? `: “${provenance.evidence.text}”${page ? ` (${page})` : ''}` : ''}${provenance.note ? `; ${provenance.note.replace(/[.]\s*$/, '')}` : ''}.`;
    case 'metadata':
      return `Do biên tập viên bổ sung${provenance.note ? `: ${provenance.note.replace(/[.。]\s*$/, '')}` : ''}.`;
    case 'editorial':
      return 'Tiêu đề mô tả do biên tập viên đặt, không phải lời của văn bản.';
  }
}

export function metaRows(document: DirectiveDocument): MetaRow[] {
  const { meta, provenance, signature } = document;
  const samePage = readOnPage(document);
  // A joint document: every signer, in the order they sign.
  const signer = [signature, ...document.otherSignatures]
    .filter((s) => s !== null)
    .map((s) => [s.name, s.title && `(${s.title}${s.authority ? `, ${s.authority}` : ''})`].filter(Boolean).join(' '))
    .join('; ');
  const issuedAfter = document.issuedAfter
    ? `Ban hành sau ngày ${displayDate(document.issuedAfter.date)}, vì văn bản trích dẫn ${document.issuedAfter.citation}.`
    : null;
  return [
    { label: 'Loại văn bản', value: meta.documentType, note: origin(provenance['documentType'], samePage) },
    { label: 'Số hiệu', value: meta.number ?? unreadText(document, 'number'), note: origin(provenance['number'], samePage) },
    { label: 'Cơ quan ban hành', value: meta.issuer, note: origin(provenance['issuer'], samePage) },
    { label: 'Người ký', value: signer || null, note: null },
    { label: 'Ngày ban hành', value: meta.date ? displayDate(meta.date) : unreadText(document, 'date'), note: meta.date ? origin(provenance['date'], samePage) : issuedAfter },
    { label: 'Nơi ban hành', value: meta.place, note: origin(provenance['place'], samePage) },
    { label: 'Trích yếu', value: meta.subject, note: origin(provenance['subject'], samePage) },
    {
      label: 'Lĩnh vực',
      value: document.field?.label ?? null,
      note: document.field
        ? document.field.from === 'metadata'
          ? 'Do biên tập viên xác định.'
          : document.field.words.length > 0
            ? `Xác định theo lời văn bản (“${document.field.words.slice(0, 3).join('”, “')}”).`
            : 'Xác định theo trích yếu của văn bản.'
        : null,
    },
    { label: 'Nơi nhận', value: document.copiesTo.length > 0 ? `${document.copiesTo.length} nơi (xem cuối văn bản)` : null, note: null },
  ];
}
