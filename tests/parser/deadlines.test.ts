/**
 * Deadlines: the words that set when something must be done, each with its
 * kind and normalised fields as the development set's README describes; a
 * date without its year takes the document's and says so; an item that sets
 * none follows its parent's, marked inherited.
 */
import { describe, expect, it } from 'vitest';
import { findDeadlines } from '../../src/parser/tags/deadlines.js';
import { parseDirective } from '../../src/parser/index.js';
import { projectContent } from '../support/content.js';

const found = (text: string) => findDeadlines(text, 2026).map(({ start: _s, end: _e, ...d }) => d);

describe('deadlines', () => {
  it.each([
    ['Báo cáo trước ngày 15/9/2026.', { text: 'trước ngày 15/9/2026', kind: 'by', date: '2026-09-15' }],
    ['Gửi chậm nhất là ngày 05 tháng 11 năm 2025.', { text: 'chậm nhất là ngày 05 tháng 11 năm 2025', kind: 'by', date: '2025-11-05' }],
    ['Hoàn thành trước ngày 30/6.', { text: 'trước ngày 30/6', kind: 'by', date: '2026-06-30', yearInferred: true }],
    ['Tổ chức trong tháng 10/2026.', { text: 'trong tháng 10/2026', kind: 'during', period: 'month:2026-10' }],
    ['Hoàn thành trong Quý III năm 2025.', { text: 'trong Quý III năm 2025', kind: 'during', period: 'quarter:2025-Q3' }],
    ['Hoàn thành trong năm 2026.', { text: 'trong năm 2026', kind: 'during', period: 'year:2026' }],
    ['Trong 10 ngày kể từ ngày ký, các đơn vị gửi danh sách.', { text: 'Trong 10 ngày kể từ ngày ký', kind: 'within', amount: 10, unit: 'day', from: 'ngày ký' }],
    ['không quá 60 ngày làm việc.', { text: 'không quá 60 ngày làm việc', kind: 'within', amount: 60, unit: 'working-day' }],
    ['Định kỳ 6 tháng báo cáo.', { text: 'Định kỳ 6 tháng', kind: 'every', period: '6-monthly' }],
    ['Báo cáo hằng quý.', { text: 'hằng quý', kind: 'every', period: 'quarterly' }],
    ['Gửi trước ngày 20/11 hằng năm.', { text: 'trước ngày 20/11 hằng năm', kind: 'every', period: 'yearly', day: '11-20' }],
    ['Thường xuyên kiểm tra.', { text: 'Thường xuyên', kind: 'ongoing' }],
    ['Dự họp vào lúc 8h00 ngày 09/10/2025.', { text: 'vào lúc 8h00 ngày 09/10/2025', kind: 'at', date: '2025-10-09' }],
    ['Trước khi tổ chức đại hội phải xin ý kiến.', { text: 'Trước khi tổ chức đại hội', kind: 'before-event' }],
  ])('reads "%s"', (text, expected) => {
    expect(found(text)).toEqual([expected]);
  });

  it('sets none where the words only cite a document or name a date that binds nobody', () => {
    expect(found('Thực hiện Kết luận số 92-KL/TW ngày 05/11/2020 của Bộ Chính trị.')).toEqual([]);
    expect(found('Kịp thời nắm tình hình ngay sau khi có chỉ đạo.')).toEqual([]);
  });

  it('gives an item its parent\'s deadline when it sets none, marked inherited', () => {
    const { vocabulary } = projectContent();
    const source = 'Kính gửi: Các xã.\n\nĐề nghị các xã:\n1. Báo cáo trước ngày 15/9/2026 các nội dung sau:\na) Kết quả thực hiện;\nb) Khó khăn, vướng mắc; hoàn thành trong tháng 10/2026.\n';
    const item = parseDirective({ source, path: 'x.txt', vocabulary }).document!.provisions[0]!;
    expect(item.deadlines.map((d) => [d.text, d.inherited])).toEqual([['trước ngày 15/9/2026', false]]);
    expect(item.children[0]!.deadlines.map((d) => [d.text, d.inherited])).toEqual([['trước ngày 15/9/2026', true]]);
    expect(item.children[1]!.deadlines.map((d) => [d.text, d.inherited])).toEqual([['trong tháng 10/2026', false]]);
  });
});
