/**
 * The parser takes what an extractor knows of the lines (hints.ts) where it
 * is given, and infers nothing of it then.
 */
import { describe, expect, it } from 'vitest';
import { parseDirective, type LayoutHints, type LineHint } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const { vocabulary } = projectContent();

function hinted(lines: Array<[string, Partial<LineHint>?]>, knows: LayoutHints['knows'] = { furniture: true, footnotes: true }) {
  const text = `${lines.map(([t]) => t).join('\n')}\n`;
  const hints: LayoutHints = { from: 'pdf', pages: Math.max(...lines.map(([, h]) => h?.page ?? 1)), knows, lines: lines.map(([, h]) => ({ page: 1, ...h })) };
  return parseDirective({ source: text, path: 'test.txt', vocabulary, hints }).document!;
}

describe('hints from an extractor', () => {
  it('cuts header lines at the cells it gives, not at runs of spaces', () => {
    const document = hinted([
      ['TỈNH ỦY QUẢNG NGÃI ĐẢNG CỘNG SẢN VIỆT NAM', { cells: [[0, 18], [19, 41]] }],
      ['Số 12-CV/TU Quảng Ngãi, ngày 03 tháng 3 năm 2026', { cells: [[0, 11], [12, 49]] }],
      ['V/v tuyên truyền'],
      [''],
      ['1. Ban Tuyên giáo Tỉnh ủy chủ trì thực hiện.'],
    ]);
    expect(document.meta).toMatchObject({ number: '12-CV/TU', place: 'Quảng Ngãi', date: '2026-03-03', issuer: 'Tỉnh ủy Quảng Ngãi' });
  });

  it('sets aside the page numbers and running footers it names, and no lone number it does not', () => {
    const document = hinted([
      ['Yêu cầu:'],
      ['1. Rà soát danh sách.'],
      ['2'],
      ['Kế hoạch số 12-KH/TU', { role: 'running-footer' }],
      ['3. Báo cáo kết quả.', { page: 2 }],
      ['2', { page: 2, role: 'page-number' }],
    ]);
    expect(document.artefacts.map((a) => [a.kind, a.line])).toEqual([['running-footer', 4], ['page-number', 6]]);
    expect(document.provisions.map((p) => p.number)).toEqual(['1', '3']);
    expect(document.provisions[0]!.text).toMatch(/\b2$/);
    expect(document.provisions[1]!.source).toMatchObject({ startPage: 2, endPage: 2 });
  });

  it('reads the footnotes it names, each with the raised mark it belongs to', () => {
    const document = hinted([
      ['Yêu cầu:'],
      ['1. Thực hiện theo quy định1 hiện hành.', { marks: [{ start: 26, end: 27, mark: '1' }] }],
      ['1 Quy định số 12-QĐ/TU ngày 05/01/2026.', { role: 'footnote', footnoteMark: '1' }],
      ['của Ban Thường vụ Tỉnh ủy.', { role: 'footnote' }],
    ]);
    expect(document.footnotes.map((f) => [f.mark, f.text])).toEqual([['1', 'Quy định số 12-QĐ/TU ngày 05/01/2026. của Ban Thường vụ Tỉnh ủy.']]);
    expect(document.provisions[0]!.text).toBe('Thực hiện theo quy định hiện hành.');
  });

  it('takes a bold first line as the title of its provision', () => {
    const document = hinted([
      ['Yêu cầu:'],
      ['1. Về công tác tuyên truyền', { bold: true }],
      ['Các cơ quan tổ chức tuyên truyền sâu rộng'],
      ['2. Tổ chức thực hiện nghiêm túc'],
    ]);
    expect(document.provisions.map((p) => p.heading)).toEqual(['Về công tác tuyên truyền', null]);
  });

  it('says on which page of the original a header value was read', () => {
    const document = hinted([['TỈNH ỦY QUẢNG NGÃI'], ['Số 12-CV/TU'], ['V/v tuyên truyền'], [''], ['1. Thực hiện.', { page: 1 }]]);
    expect(document.provenance['number']).toMatchObject({ from: 'text', page: 1 });
  });
});
