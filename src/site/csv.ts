/**
 * The provisions as CSV that Excel opens correctly: UTF-8 with a byte-order
 * mark, CRLF line ends, every field quoted, quotes doubled. A field that
 * starts like a formula (=, +, -, @) is prefixed with an apostrophe so that a
 * spreadsheet shows it as text instead of evaluating it.
 */
import type { SiteModel } from './model.js';

// Headers as a reader of the spreadsheet reads them, in Vietnamese with its diacritics.
const COLUMNS = [
  'Văn bản',
  'Mã điều khoản',
  'Điều khoản',
  'Trích dẫn',
  'Tiêu đề',
  'Nội dung',
  'Chủ trì',
  'Được chỉ đạo',
  'Phối hợp',
  'Báo cáo lên',
  'Lĩnh vực',
  'Đối tượng',
  'Văn bản dẫn chiếu',
  'Dòng đầu trong bản nguồn',
  'Dòng cuối trong bản nguồn',
] as const;

/** One CSV field: quoted, quotes doubled, a formula's first character defused. */
export function field(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return `"${safe.replace(/"/g, '""')}"`;
}

export function provisionsCsv(model: SiteModel): string {
  return [...provisionsCsvLines(model)].join('');
}

/** One row per provision, a line at a time (UTF-8 with BOM, CRLF), for a download to stream. */
export function* provisionsCsvLines(model: SiteModel): Generator<string> {
  yield `\uFEFF${COLUMNS.map(field).join(',')}\r\n`;
  for (const key of model.order) {
    const { document, provision: p } = model.provisions.get(key)!;
    const names = (tags: typeof p.responsible) => tags.map((t) => t.name).join('; ');
    yield `${[
        document,
        p.id,
        p.label,
        p.citation,
        p.heading ?? '',
        p.paragraphs.join('\n'),
        names(p.responsible),
        names(p.coordinating.filter((t) => t.relation === 'chi-dao')),
        names(p.coordinating.filter((t) => t.relation !== 'chi-dao')),
        names(p.reportsTo),
        p.areas.map((a) => a.label).join('; '),
        p.beneficiaries.map((b) => b.label).join('; '),
        [...new Set(p.references.filter((r) => r.target !== 'self').map((r) => r.number ?? r.text))].join('; '),
        String(p.source.startLine),
        String(p.source.endLine),
      ]
        .map(field)
        .join(',')}\r\n`;
  }
}
