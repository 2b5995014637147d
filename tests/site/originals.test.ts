/**
 * Originals dropped into content/directives/: a PDF, a Word file and a
 * scanned PDF, each a folder with nothing but its source, build into the
 * site with the original offered for download (byte for byte), the text
 * it was read as, the page of the original each header value was read on,
 * and the data page listing them; the offline package and `verify` carry
 * them. A folder that cannot be read stops the build with one sentence.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ocrMissing } from '../../src/extract/ocr.js';
import { astroBuild } from '../support/astro-build.js';
import { attributes } from '../../harness/dist.js';
import { missingTools, skipUnless, sampleDocx, samplePdf, sampleScan } from '../../harness/sample-directive.js';

const missing = skipUnless('Originals site tests', missingTools() ?? ocrMissing());

const scratch = mkdtempSync(join(tmpdir(), 'site-originals-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
const BIN = join('node_modules', '.bin');

function corpus(content: string, out: string): { code: number; err: string } {
  try {
    execFileSync(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', out, '--quiet', '--no-cache'], { stdio: 'pipe', encoding: 'utf8' });
    return { code: 0, err: '' };
  } catch (error) {
    const e = error as { status: number; stderr: string };
    return { code: e.status, err: e.stderr };
  }
}

describe.skipIf(missing !== null)('a site with originals', () => {
  const content = join(scratch, 'content');
  const out = join(scratch, 'site');
  const files: Record<string, Uint8Array> = {};
  const read = (path: string) => readFileSync(join(out, path), 'utf8');

  beforeAll(async () => {
    cpSync('content', content, { recursive: true });
    const pdf = await samplePdf();
    files['cong-van-pdf'] = pdf;
    files['cong-van-word'] = await sampleDocx();
    files['cong-van-ban-quet'] = await sampleScan(pdf);
    for (const [slug, bytes] of Object.entries(files)) {
      mkdirSync(join(content, 'directives', slug), { recursive: true });
      writeFileSync(join(content, 'directives', slug, slug === 'cong-van-word' ? 'source.docx' : 'source.pdf'), bytes);
    }
    expect(corpus(content, `${out}-corpus`)).toMatchObject({ code: 0 });
    astroBuild(`${out}-corpus`, out);
  }, 300_000);

  it('offers each original byte for byte, and the text it was read as', () => {
    for (const [slug, bytes] of Object.entries(files)) {
      const name = slug === 'cong-van-word' ? 'van-ban-goc.docx' : 'van-ban-goc.pdf';
      expect(new Uint8Array(readFileSync(join(out, 'van-ban', slug, 'tep', name))), slug).toEqual(bytes);
      expect(read(`van-ban/${slug}/tep/van-ban.txt`), slug).toMatch(/Kính gửi: Các huyện ủy/);
    }
    // The seed, a text source, offers its text as it is.
    expect(read('van-ban/quang-ngai-thuc-hien-ket-luan-92/tep/van-ban.txt')).toBe(readFileSync('content/directives/quang-ngai-thuc-hien-ket-luan-92/source.txt', 'utf8'));
  });

  it('says on each document page what the original is and how it was read', () => {
    const pdfPage = read('van-ban/cong-van-pdf/index.html');
    expect(pdfPage).toMatch(/văn bản gốc<\/a>\s*\(PDF, 3 trang, \d+ KB\)/);
    expect(attributes(pdfPage, 'a', 'href')).toContain('tep/van-ban-goc.pdf');
    expect(pdfPage).toContain('đọc từ lớp chữ của tệp PDF gốc');
    expect(pdfPage).toContain('Các giá trị lấy từ lời văn được đọc ở trang 1 của văn bản gốc.');
    expect(pdfPage).not.toContain('Đọc ở trang 1 của văn bản gốc.');
    expect(read('van-ban/cong-van-ban-quet/index.html')).toContain('Tệp gốc là bản quét: văn bản trên trang này được nhận dạng ký tự (OCR)');
    expect(read('van-ban/cong-van-word/index.html')).toMatch(/văn bản gốc<\/a>\s*\(Word, \d+ KB\)/);
  });

  it('lists every source file on the data page', () => {
    const data = read('du-lieu/index.html');
    expect(data).toContain('PDF (bản quét), 3 trang');
    expect(attributes(data, 'a', 'href').filter((href) => href.includes('/tep/'))).toEqual(
      expect.arrayContaining(['../van-ban/cong-van-pdf/tep/van-ban-goc.pdf', '../van-ban/cong-van-word/tep/van-ban-goc.docx', '../van-ban/cong-van-ban-quet/tep/van-ban-goc.pdf']),
    );
  });

  it('packages the originals, and verify checks them', () => {
    const release = join(scratch, 'release');
    execFileSync(join(BIN, 'tsx'), ['scripts/package.ts', '--site', out, '--out', release], { stdio: 'pipe' });
    const sums = readFileSync(join(out, 'SHA256SUMS'), 'utf8');
    expect(sums).toMatch(/ {2}van-ban\/cong-van-pdf\/tep\/van-ban-goc\.pdf$/m);
    expect(execFileSync(join(BIN, 'tsx'), ['scripts/verify.ts', out], { encoding: 'utf8' })).toMatch(/^Bản sao nguyên vẹn/);
    const original = join(out, 'van-ban', 'cong-van-word', 'tep', 'van-ban-goc.docx');
    const bytes = readFileSync(original);
    bytes[200] = bytes[200]! ^ 1;
    writeFileSync(original, bytes);
    let report = '';
    try {
      execFileSync(join(BIN, 'tsx'), ['scripts/verify.ts', out], { encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      report = (error as { stdout: string }).stdout;
    }
    expect(report).toContain('BỊ SỬA     van-ban/cong-van-word/tep/van-ban-goc.docx');
  }, 60_000);

  it('is not built when a folder holds a source that cannot be read, and says which and why', async () => {
    const broken = join(scratch, 'broken');
    cpSync('content', broken, { recursive: true });
    mkdirSync(join(broken, 'directives', 'mat-khau'), { recursive: true });
    writeFileSync(join(broken, 'directives', 'mat-khau', 'source.pdf'), await samplePdf({ userPassword: 'x' }));
    const result = corpus(broken, join(scratch, 'broken-corpus'));
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/content\/directives\/mat-khau\/source\.pdf:1:1: .*is an encrypted PDF/);
    expect(existsSync(join(scratch, 'broken-corpus', 'corpus.json'))).toBe(false);
  }, 60_000);
});
