/** An appendix's table rows are laid out as a table, its other lines as paragraphs. */
import { describe, expect, it } from 'vitest';
import { appendixBlocks, padded } from '../../src/site/appendix.js';

const appendix = {
  header: [],
  title: 'Phụ lục',
  subtitle: ['NHIỆM VỤ CỤ THỂ'],
  lines: ['Danh mục dưới đây là các nhiệm vụ chính.', 'TT Nhiệm vụ Đơn vị chủ trì Thời gian', '1 Rà soát hồ sơ Sở Nội vụ Quý II', '2 Tập huấn Sở Tư pháp', 'Ghi chú: thời gian có thể điều chỉnh.'],
  rows: [
    ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'],
    ['1', 'Rà soát hồ sơ', 'Sở Nội vụ', 'Quý II'],
    ['2', 'Tập huấn', 'Sở Tư pháp'],
  ],
  rowLines: [1, 2, 3], tasks: [], cellTables: [],
  source: { startLine: 1, endLine: 9 },
};

describe('an appendix laid out for reading', () => {
  const blocks = appendixBlocks(appendix);

  it('keeps the lines around the table as paragraphs, in order', () => {
    expect(blocks.map((b) => b.type)).toEqual(['text', 'table', 'text']);
  });

  it('takes a first row with no number in it as the head', () => {
    const table = blocks[1]!;
    expect(table.type === 'table' && table.head).toEqual(['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian']);
    expect(table.type === 'table' && table.rows.length).toBe(2);
  });

  it('fills a short row out to the widest', () => {
    expect(padded(['2', 'Tập huấn', 'Sở Tư pháp'], 4)).toEqual(['2', 'Tập huấn', 'Sở Tư pháp', '']);
  });

  it('reads a lone row as a line of text', () => {
    const lone = appendixBlocks({ ...appendix, rows: [['1', 'Rà soát hồ sơ', 'Sở Nội vụ', 'Quý II']], rowLines: [2] });
    expect(lone.map((b) => b.type)).toEqual(['text', 'text', 'text', 'text', 'text']);
  });
});

describe('a table written one cell a line', () => {
  it('is laid out again with its columns, every line of its span in a cell and the text after it left as text', () => {
    const lines = ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian', '1', 'Rà soát hồ sơ', 'Sở Y tế', 'Tháng 5/2026', 'Ghi chú sau bảng.'];
    const blocks = appendixBlocks({
      header: [],
      title: 'Phụ lục',
      subtitle: [],
      lines,
      rows: [],
      rowLines: [],
      tasks: [],
      cellTables: [{ from: 0, to: 8, head: ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'], rows: [['1', 'Rà soát hồ sơ', 'Sở Y tế', 'Tháng 5/2026']] }],
      source: { startLine: 1, endLine: 9 },
    });
    expect(blocks).toEqual([
      { type: 'table', head: ['TT', 'Nhiệm vụ', 'Đơn vị chủ trì', 'Thời gian'], rows: [['1', 'Rà soát hồ sơ', 'Sở Y tế', 'Tháng 5/2026']], width: 4 },
      { type: 'text', text: 'Ghi chú sau bảng.' },
    ]);
  });
});
