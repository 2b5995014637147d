/**
 * The editor's desk end to end: a directive with an editor's corrections
 * beside its source builds into a site whose corrected provision says "đã
 * hiệu đính" (the editor's note on hover, and printed in full), whose
 * uncertain reading is said at the top of the page, and whose number left
 * blank for a digital signature is "không đọc được"; a correction that no
 * longer matches its line, and a malformed corrections.yaml, stop the build
 * with the file, line and column; `npm run review` lists the doubts and
 * writes its HTML report.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { serve } from '../../harness/serve.js';
import { astroBuild } from '../support/astro-build.js';

const scratch = mkdtempSync(join(tmpdir(), 'site-editorial-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BIN = join('node_modules', '.bin');
const FIXTURE = 'tests/fixtures/parser/corrections-editor';

function run(script: string, args: string[]): { code: number; out: string; err: string } {
  const result = spawnSync(join(BIN, 'tsx'), [script, ...args], { encoding: 'utf8' });
  return { code: result.status ?? 1, out: result.stdout, err: result.stderr };
}

/** A letter whose number and date a digital signature stamps: the text leaves them blank. */
const STAMPED = `ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN AN                                 Độc lập - Tự do - Hạnh phúc

Số:      /UBND-VX                  Tân An, ngày      tháng      năm 2026
V/v dọn vệ sinh kênh mương

Kính gửi: Ban Nhân dân các thôn.

Ủy ban nhân dân xã đề nghị các thôn thực hiện:
1. Ban Nhân dân các thôn tổ chức dọn vệ sinh kênh mương trước mùa mưa.
2. Đoàn Thanh niên xã phối hợp với các thôn huy động đoàn viên tham gia.

Nơi nhận:                                      TM. ỦY BAN NHÂN DÂN
- Như trên;                                         CHỦ TỊCH
- Lưu: VT.

                                                 Hà Văn Sáu
`;

function contentWith(name: string, corrections: string | null): string {
  const content = join(scratch, name);
  cpSync('content', content, { recursive: true });
  const folder = join(content, 'directives', 'cong-van-hieu-dinh');
  mkdirSync(folder, { recursive: true });
  cpSync(join(FIXTURE, 'input.txt'), join(folder, 'source.txt'));
  if (corrections !== null) writeFileSync(join(folder, 'corrections.yaml'), corrections);
  mkdirSync(join(content, 'directives', 'cong-van-so-dong-dau'), { recursive: true });
  writeFileSync(join(content, 'directives', 'cong-van-so-dong-dau', 'source.txt'), STAMPED);
  return content;
}

describe("the editor's desk", () => {
  const out = join(scratch, 'site');
  let content = '';
  let built: ReturnType<typeof run>;

  beforeAll(() => {
    content = contentWith('content', readFileSync(join(FIXTURE, 'corrections.yaml'), 'utf8'));
    built = run('scripts/build-corpus.ts', ['--content', content, '--out', `${out}-corpus`, '--no-cache']);
    expect(built.code, built.err).toBe(0);
    astroBuild(`${out}-corpus`, out);
  }, 300_000);

  it('ends the build with a line per document to look at and the command that shows them', () => {
    expect(built.err).toMatch(/cong-van-so-dong-dau\/source\.txt: đọc từ văn bản \(\.txt\); \d+ chỗ cần xem lại; thiếu số hiệu, ngày/u);
    expect(built.err).toMatch(/corpus: \d+\/3 văn bản cần xem lại, tổng cộng \d+ chỗ: xem bằng npm run review/u);
    // Page furniture and other messages are for --verbose.
    expect(built.err).not.toMatch(/warning:/u);
  });

  it('labels a corrected provision "đã hiệu đính", with the editor\'s note, and an added body as the editor\'s', () => {
    const page = readFileSync(join(out, 'van-ban', 'cong-van-hieu-dinh', 'index.html'), 'utf8');
    const provision = page.slice(page.indexOf('id="muc-2"'), page.indexOf('id="muc-3"'));
    expect(provision).toContain('đã hiệu đính');
    expect(provision).toContain('Hai điểm a, b là lời trích Quy chế thư viện cơ sở');
    expect(provision).toMatch(/Tổ công tác liên ngành của huyện<\/a><small[^>]*> \(hiệu đính\)/u);
    const data = JSON.parse(readFileSync(join(`${out}-corpus`, 'documents', 'cong-van-hieu-dinh.json'), 'utf8'));
    expect(data.provisions.map((p: { provenance?: string }) => p.provenance)).toEqual(['editorial', 'editorial', 'editorial']);
    expect(data.provisions[1].responsible.find((t: { provenance?: string }) => t.provenance === 'editorial').name).toBe('Tổ công tác liên ngành của huyện');
  });

  it('says at the top of a page that its reading is uncertain, and "không đọc được" for a number a signature stamps', () => {
    const page = readFileSync(join(out, 'van-ban', 'cong-van-so-dong-dau', 'index.html'), 'utf8');
    const top = page.slice(0, page.indexOf('id="toan-van"'));
    expect(top).toContain('Không đọc được số hiệu và ngày ban hành (bản nguồn để trống');
    expect(top).toContain('Số hiệu không đọc được');
    expect(page).toContain('Không đọc được: bản nguồn để trống chỗ này');
    // The seed's header prints no number at all: "không ghi", not "không đọc được".
    expect(readFileSync(join(out, 'van-ban', 'quang-ngai-thuc-hien-ket-luan-92', 'index.html'), 'utf8')).not.toContain('Số hiệu không đọc được');
  });

  it.skipIf(!chromiumPath)('shows the note on hover on screen and in full when printed, in a browser', async () => {
    const server = await serve(out);
    const browser: Browser = await launch();
    try {
      const page = await browser.newPage();
      await page.goto(`${server.url}/van-ban/cong-van-hieu-dinh/`);
      const label = page.locator('#muc-2 .edited small').first();
      expect(await label.getAttribute('title')).toContain('Hai điểm a, b là lời trích');
      const note = page.locator('#muc-2 .edited-note').first();
      expect(await note.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
      await page.emulateMedia({ media: 'print' });
      expect(await note.isVisible()).toBe(true);
      expect(await note.evaluate((el) => el.getBoundingClientRect().width)).toBeGreaterThan(50);
      expect(await page.locator('#muc-2 .edited').first().isVisible()).toBe(true);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.byteLength).toBeGreaterThan(1000);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);

  it('refuses a correction whose line no longer reads as it quotes, naming corrections.yaml, its line and column', () => {
    const stale = readFileSync(join(FIXTURE, 'corrections.yaml'), 'utf8').replace('quote: "Nội dung 3"', 'quote: "Nội dung 4"');
    const result = run('scripts/build-corpus.ts', ['--content', contentWith('stale', stale), '--out', join(scratch, 'stale-out'), '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/content\/directives\/cong-van-hieu-dinh\/corrections\.yaml:\d+:\d+: error: .*correction refused: line 21 reads "Nội dung 3: Báo cáo", not "Nội dung 4"/u);
    expect(result.err).toContain('the previous output was left untouched');
  }, 120_000);

  it('stops on a malformed corrections.yaml with its line and column, and refuses unknown keys', () => {
    const bad = 'corrections:\n  - line: 12\n    quote: "Nội dung 1:"\n    provison: false\n';
    const result = run('scripts/build-corpus.ts', ['--content', contentWith('malformed', bad), '--out', join(scratch, 'bad-out'), '--no-cache']);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/cong-van-hieu-dinh\/corrections\.yaml:4:5: error: unknown key "provison"/u);
  }, 120_000);

  it('lists the doubts with npm run review, writes the HTML report, and suggests corrections', () => {
    const html = join(scratch, 'review.html');
    const folder = join(scratch, 'review-set');
    mkdirSync(join(folder, 'cong-van-so-dong-dau'), { recursive: true });
    writeFileSync(join(folder, 'cong-van-so-dong-dau', 'source.txt'), STAMPED);
    const review = run('scripts/review.ts', [folder, '--html', html]);
    expect(review.code, review.err).toBe(0);
    expect(review.out).toMatch(/cong-van-so-dong-dau\/source\.txt: văn bản \(\.txt\); \d+ chỗ cần xem lại; thiếu số hiệu, ngày/u);
    expect(review.out).toContain('[header-missing]');
    const report = readFileSync(html, 'utf8');
    expect(report).toContain('<html lang="vi">');
    expect(report).not.toMatch(/<script|https?:\/\//u);
    expect(report).toContain('Văn bản nguồn');
    const suggest = run('scripts/review.ts', [folder, '--suggest', 'cong-van-so-dong-dau']);
    expect(suggest.code).toBe(0);
    expect(suggest.out).toContain('# corrections.yaml for cong-van-so-dong-dau');
    expect(suggest.out).toMatch(/number: "…"/u);
  }, 120_000);
});
