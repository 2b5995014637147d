/**
 * The scorer of `npm run accuracy` (src/accuracy/): how texts compare, when a
 * body counts as found, which lines may be missing from a parse, and the
 * command end to end on our own example folder (tests/fixtures/accuracy).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { comparable, same } from '../../src/accuracy/compare.js';
import { bodyFound, readSourceLines } from '../../src/accuracy/score.js';

const body = (printed: string, column: number) => ({ name: printed, printed: [printed], line: 1, column });

describe('comparing texts', () => {
  it('ignores case, tone-mark placement, spacing and trailing punctuation', () => {
    expect(same('Tỉnh uỷ  Lào Cai;', 'tỉnh ủy Lào Cai')).toBe(true);
    expect(same('HƯỚNG DẪN', 'Hướng dẫn.')).toBe(true);
  });

  it('keeps letters and marks apart ("dẫn" is not "dân")', () => {
    expect(same('Hướng dẫn số', 'Hướng dân số')).toBe(false);
  });

  it('folds every mark for OCR text, whose marks are misread', () => {
    expect(comparable('Đây mạnh chuyển đối số', { ocr: true })).toBe(comparable('Đẩy mạnh chuyển đổi số', { ocr: true }));
  });
});

describe('finding a body', () => {
  it('finds a body by its name as printed', () => {
    expect(bodyFound('Sở Tài chính', [body('Sở Tài chính', 5)])).toBe(true);
  });

  it('finds a list the gold keeps whole among consecutive bodies of the parse', () => {
    const bodies = [body('Giám đốc các Sở', 1), body('Thủ trưởng các ban, ngành tỉnh', 20)];
    expect(bodyFound('Giám đốc các Sở và Thủ trưởng các ban, ngành tỉnh', bodies)).toBe(true);
  });

  it('does not find a body the parse does not name', () => {
    expect(bodyFound('Công an tỉnh', [body('Sở Tài chính', 5)])).toBe(false);
  });
});

describe('lines a parse may leave out', () => {
  it('are page numbers at a page break, OCR page markers and lines repeated on three pages — not a table\'s row numbers', () => {
    const text = ['Mở đầu', '1', 'Tên nhiệm vụ', '2', 'Tên khác', 'Đầu trang', 'kết trang 1', '\f2', 'Đầu trang', '===== Trang 3 =====', 'Đầu trang', 'nội dung'].join('\n');
    const { exempt } = readSourceLines(text);
    expect([...exempt].sort((a, b) => a - b)).toEqual([6, 8, 9, 10, 11]);
  });
});

describe('npm run accuracy', () => {
  it('scores a folder of gold standards, writes the Markdown report and names the folder it could not read', () => {
    const out = mkdtempSync(join(tmpdir(), 'accuracy-'));
    try {
      const report = join(out, 'report.md');
      const result = execFileSync('npx', ['tsx', 'scripts/accuracy.ts', 'tests/fixtures/accuracy', '--out', report], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
      const markdown = readFileSync(report, 'utf8');
      expect(result).toContain('## Targets');
      // One row per document: our example công văn scores right on every field.
      const row = markdown.split('\n').find((line) => line.startsWith('| cong-van-mau |'))!;
      expect(row).toBeDefined();
      expect(row.split('|').slice(3, -4).every((cell) => /✓|·/.test(cell))).toBe(true);
      expect(markdown).toMatch(/scan-mau: no source\.txt/);
      // The report carries figures and field names, not the document's words.
      expect(markdown).not.toContain('tiêm chủng');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 60_000);
});
