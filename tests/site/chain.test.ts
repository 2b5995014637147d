/**
 * The archive as a web of documents, end to end: our invented chain (a Kết
 * luận, a province's programme carrying it out with its number printed
 * blank, a letter carrying out both) built as one site. Every citation of a
 * document of the corpus links to it — to the provision the text names —
 * each page lists the chain up and down and where the corpus cites it, and
 * a number cited but not in the corpus has a page of what the citations
 * say. In a browser, a reader walks the chain up from the letter to the Kết
 * luận and back down.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { serve } from '../../harness/serve.js';
import { astroBuild } from '../support/astro-build.js';
import { CHAIN } from '../support/chain.js';

const scratch = mkdtempSync(join(tmpdir(), 'site-chain-'));
afterAll(() => (process.env['KEEP'] ? undefined : rmSync(scratch, { recursive: true, force: true })));
const out = join(scratch, 'site');
const page = (slug: string) => readFileSync(join(out, 'van-ban', slug, 'index.html'), 'utf8');
/** The text of a section of a page, tags dropped. */
const section = (html: string, id: string) => (new RegExp(`<section aria-labelledby="${id}">([\\s\\S]*?)</section>`).exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('a chain of documents in one site', () => {
  beforeAll(() => {
    const content = join(scratch, 'content');
    cpSync('content', content, { recursive: true });
    // The letter also cites a programme the corpus does not hold.
    const sources = { ...CHAIN, 'cong-van-301': CHAIN['cong-van-301']!.replace('2. Văn phòng Đảng ủy theo dõi, báo cáo.', '2. Văn phòng Đảng ủy theo dõi, báo cáo theo Kế hoạch số 88-KH/TU ngày 02/3/2026 của Tỉnh ủy.') };
    for (const [slug, text] of Object.entries(sources)) {
      mkdirSync(join(content, 'directives', slug), { recursive: true });
      writeFileSync(join(content, 'directives', slug, 'source.txt'), text);
    }
    const built = spawnSync(join('node_modules', '.bin', 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', `${out}-corpus`, '--no-cache', '--quiet'], { encoding: 'utf8' });
    expect(built.status, built.stderr).toBe(0);
    astroBuild(`${out}-corpus`, out);
  }, 300_000);

  it('links each citation to the document of the corpus it names, and to the provision the text names', () => {
    const programme = page('chuong-trinh-tinh-uy');
    expect(programme).toMatch(/<a href="\.\.\/ket-luan-12\/(?:index\.html)?#muc-2"[^>]*>Kết luận số 12-KL\/TW<\/a>/u);
    const letter = page('cong-van-301');
    expect(letter).toMatch(/<a href="\.\.\/chuong-trinh-tinh-uy\/(?:index\.html)?"[^>]*>[^<]*45-CTr\/Tu[^<]*<\/a>/u);
  });

  it('lists the chain up and down on every page, and where the corpus cites a document', () => {
    expect(section(page('cong-van-301'), 'chuoi-van-ban')).toMatch(/thực hiện.*Chương trình hành động của Ban Thường vụ Tỉnh ủy Hòa Bình.*Kết luận số 12-KL\/TW/u);
    expect(section(page('chuong-trinh-tinh-uy'), 'chuoi-van-ban')).toMatch(/Kết luận số 12-KL\/TW.*thực hiện văn bản này: Công văn số 301-CV\/ĐU/u);
    expect(section(page('ket-luan-12'), 'chuoi-van-ban')).toMatch(/thực hiện văn bản này: .*Chương trình hành động.*Công văn số 301-CV\/ĐU/u);
    expect(section(page('ket-luan-12'), 'duoc-dan-chieu')).toMatch(/Chương trình hành động của Ban Thường vụ Tỉnh ủy Hòa Bình, Mục 1 — dẫn chiếu Mục 2/u);
  });

  it('gives a document cited but not in the corpus a page of what the citations say, labelled as cited', () => {
    const cited = readFileSync(join(out, 'van-ban-dan-chieu', 'so', '88-kh-tu-2026', 'index.html'), 'utf8');
    expect(cited).toContain('Kế hoạch số 88-KH/TU');
    expect(cited).toContain('Chưa có trong kho.');
    expect(cited).toContain('02/03/2026');
    expect(section(cited, 'noi-dan-chieu')).toContain('Công văn số 301-CV/ĐU');
    expect(readFileSync(join(out, 'van-ban-dan-chieu', 'index.html'), 'utf8')).toMatch(/Kế hoạch số 88-KH\/TU<\/a> ngày 02\/03\/2026/u);
  });

  it.skipIf(!chromiumPath)('finds each document by its number however it is typed, the document itself first: over HTTP, under a sub-path and from disk', async () => {
    const root = await serve(out);
    const sub = await serve(out, '/thu-vien/kho/');
    const browser = await launch();
    const modes: Record<string, string> = { http: `${root.url}/`, 'sub-path': `${sub.url}/`, 'file://': `${pathToFileURL(out).href}/` };
    try {
      const cases: Array<[string, string]> = [
        ['301', 'Công văn số 301-CV/ĐU'],
        ['CV 301', 'Công văn số 301-CV/ĐU'],
        ['cong van 301', 'Công văn số 301-CV/ĐU'],
        ['301-cv/du', 'Công văn số 301-CV/ĐU'],
        ['301 CV ĐU', 'Công văn số 301-CV/ĐU'],
        ['KL 12', 'Kết luận số 12-KL/TW'],
        // Printed blank, known by the number the letter cites it by.
        ['45-CTr/TU', 'Chương trình hành động'],
        ['CTr 45', 'Chương trình hành động'],
      ];
      for (const [mode, base] of Object.entries(modes)) {
        const context = await browser.newContext({ locale: 'vi-VN' });
        const tab = await context.newPage();
        for (const [query, title] of cases) {
          await tab.goto(`${base}tim-kiem/index.html?q=${encodeURIComponent(query)}`);
          const first = tab.locator('#van-ban-goi-ten li').first();
          await first.waitFor({ timeout: 10_000 });
          expect(await first.innerText(), `${mode}: ${query}`).toMatch(new RegExp(`^Văn bản: ${title}`, 'u'));
        }
        await context.close();
      }
    } finally {
      await browser.close();
      await root.close();
      await sub.close();
    }
  }, 180_000);

  it.skipIf(!chromiumPath)('lets a reader walk the chain up from the letter and back down, in a browser', async () => {
    const server = await serve(out);
    const browser = await launch();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${server.url}/van-ban/cong-van-301/`);
      await tab.locator('#chuoi-van-ban ~ ol a, section[aria-labelledby="chuoi-van-ban"] a', { hasText: 'Chương trình hành động' }).first().click();
      expect(tab.url()).toMatch(/\/van-ban\/chuong-trinh-tinh-uy\/(?:index\.html)?$/u);
      await tab.locator('section[aria-labelledby="chuoi-van-ban"] a', { hasText: 'Kết luận số 12-KL/TW' }).first().click();
      expect(tab.url()).toMatch(/\/van-ban\/ket-luan-12\/(?:index\.html)?$/u);
      await tab.locator('section[aria-labelledby="chuoi-van-ban"] a', { hasText: 'Công văn số 301-CV/ĐU' }).first().click();
      expect(tab.url()).toMatch(/\/van-ban\/cong-van-301\/(?:index\.html)?$/u);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 120_000);
});
