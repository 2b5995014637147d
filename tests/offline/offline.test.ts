/**
 * The same dist/ as an offline copy, in Chromium: opened from disk
 * (file://), served under a sub-path, and at a domain root. In each mode:
 * home → document → provision → body page, copy citation, the whole search
 * table (each query's provision first), and no request leaving
 * the folder or the server. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { requireBuild } from '../../harness/dist.js';
import { NOTHING_CASES, SEARCH_CASES } from '../support/search-cases.js';
import { serve } from '../../harness/serve.js';

const DOC = 'quang-ngai-thuc-hien-ket-luan-92';
const CITATION = 'Gạch đầu dòng thứ ba, mục 2 Công văn (không rõ số hiệu, ngày ban hành) của Ban Thường vụ Tỉnh ủy Quảng Ngãi';

describe.skipIf(!chromiumPath)('the offline copy in Chromium', () => {
  let browser: Browser;
  const servers: Array<Awaited<ReturnType<typeof serve>>> = [];
  const modes: Record<string, string> = {};

  beforeAll(async () => {
    requireBuild();
    browser = await launch();
    const sub = await serve('dist', '/thu-vien/cong-van/');
    const root = await serve('dist');
    servers.push(sub, root);
    modes['file://'] = `${pathToFileURL(resolve('dist')).href}/`;
    modes['sub-path'] = `${sub.url}/`;
    modes['root'] = `${root.url}/`;
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    for (const server of servers) await server.close();
  });

  for (const mode of ['file://', 'sub-path', 'root']) {
    describe(mode, () => {
      let context: BrowserContext;
      let page: Page;
      const outside: string[] = [];

      beforeAll(async () => {
        const base = modes[mode]!;
        context = await browser.newContext({ locale: 'vi-VN', permissions: ['clipboard-read', 'clipboard-write'] });
        context.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith(base) && !url.startsWith('data:')) outside.push(url);
        });
        page = await context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { __renders: number };
          w.__renders = 0;
          document.addEventListener('search:rendered', () => (w.__renders += 1));
        });
      }, 60_000);
      afterAll(async () => {
        await context?.close();
      });

      async function searchFor(params: Record<string, string>): Promise<string[]> {
        await page.goto(`${modes[mode]}tim-kiem/index.html?${new URLSearchParams(params)}`);
        await page.waitForFunction(() => (window as unknown as { __renders: number }).__renders > 0, null, { timeout: 15_000 });
        const hrefs = await page.locator('#ket-qua li > a').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
        return hrefs.map((href) => (href.includes('#') ? href.split('#')[1]! : href.split('/').at(-2)!));
      }

      it('navigates home → document → provision → body page by its links', async () => {
        await page.goto(`${modes[mode]}index.html`);
        await page.getByRole('link', { name: /^Công văn của Ban Thường vụ/ }).first().click();
        await expect(page.locator('h1').innerText()).resolves.toBe('Công văn của Ban Thường vụ Tỉnh ủy Quảng Ngãi');
        const menu = page.locator('#muc-2__gach-3 > .item > .body > details.copy');
        await menu.locator('summary').click();
        await menu.getByRole('link', { name: 'Mở trang riêng của điều khoản' }).click();
        await expect(page.locator('h1').innerText()).resolves.toBe('Mục 2, gạch đầu dòng thứ ba');
        expect(page.url()).toBe(`${modes[mode]}van-ban/${DOC}/muc-2__gach-3/index.html`);
        // Its responsible body, inherited from Mục 2, is named with the words that put it there.
        await page.locator('.grounds a', { hasText: 'Ban cán sự đảng Ủy ban nhân dân tỉnh' }).first().click();
        await expect(page.locator('h1').innerText()).resolves.toBe('Ban cán sự đảng Ủy ban nhân dân tỉnh (tỉnh Quảng Ngãi)');
        await page.getByRole('link', { name: 'Trang chủ' }).first().click();
        expect(page.url()).toBe(`${modes[mode]}index.html`);
      });

      it('follows an anchor from a body page to the provision in its document', async () => {
        await page.goto(`${modes[mode]}van-ban/${DOC}/muc-2__gach-3/index.html`);
        // "Thuộc Công văn …": the provision's place in its document.
        await page.locator('main p', { hasText: /^Thuộc / }).getByRole('link').click();
        await page.waitForURL(/#muc-2__gach-3$/);
        await page.waitForLoadState('load');
        expect(await page.evaluate(() => document.querySelector(':target')?.id)).toBe('muc-2__gach-3');
      });

      it('copies a citation followed by the link', async () => {
        await page.goto(`${modes[mode]}van-ban/${DOC}/index.html`);
        const menu = page.locator('#muc-2__gach-3 > .item > .body > details.copy');
        await menu.locator('summary').click();
        await menu.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
        // From a disk there is no address anyone else could open: the citation alone, and the reader is told why.
        const fromDisk = mode === 'file://';
        await expect
          .poll(() => menu.getByRole('status').innerText())
          .toBe(fromDisk ? 'Đã sao chép trích dẫn (bản đọc từ máy không có địa chỉ công khai).' : 'Đã sao chép trích dẫn, kèm liên kết.');
        expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fromDisk ? CITATION : `${CITATION}\n${modes[mode]}van-ban/${DOC}/muc-2__gach-3/`);
      });

      it('answers the whole search table as over HTTP: each query\'s provision first', async () => {
        for (const [, query, filters, expected] of SEARCH_CASES) {
          const ids = await searchFor({ ...(query ? { q: query } : {}), ...filters });
          expect(ids[0], `${query} ${JSON.stringify(filters)}: ${ids.join(', ')}`).toBe(expected);
        }
        for (const query of NOTHING_CASES) expect(await searchFor({ q: query })).toEqual([]);
      }, 120_000);

      it('finds a document by its number, itself first', async () => {
        await searchFor({ q: 'KL 92' });
        expect(await page.locator('#van-ban-goi-ten li').first().innerText()).toBe('Văn bản: Kết luận số 92-KL/TW');
      });

      it('searches with a filter, and a result opens its provision', async () => {
        expect((await searchFor({ 'linh-vuc': 'Giáo dục' })).slice(0, 3)).toContain('muc-2__gach-3');
        await page.locator('#ket-qua li > a').first().click();
        await expect(page.locator('h1').innerText()).resolves.toMatch(/^Mục 2, gạch đầu dòng/);
      });

      it('requests nothing outside the folder or the server', () => {
        expect(outside).toEqual([]);
      });
    });
  }
});

describe('verify', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'verify-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const tsx = join('node_modules', '.bin', 'tsx');
  const run = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(tsx, args, { encoding: 'utf8', stdio: 'pipe' }) };
    } catch (error) {
      const e = error as { status: number; stdout: string };
      return { code: e.status, out: e.stdout };
    }
  };

  it('accepts an intact copy and names the one file whose single byte changed, the missing one and the extra one', () => {
    requireBuild();
    const site = join(scratch, 'site');
    cpSync('dist', site, { recursive: true });
    expect(run(['scripts/package.ts', '--site', site, '--out', join(scratch, 'release')]).code).toBe(0);
    expect(run(['scripts/verify.ts', site])).toMatchObject({ code: 0, out: expect.stringMatching(/^Bản sao nguyên vẹn: \d+ tệp khớp/) });
    expect(run(['scripts/verify.ts', join(scratch, 'release', 'van-ban-chi-dao.zip')]).code).toBe(0);

    const page = join(site, 'co-quan', 'index.html');
    const bytes = readFileSync(page);
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(page, bytes);
    const changed = run(['scripts/verify.ts', site]);
    expect(changed.code).toBe(1);
    expect(changed.out).toContain('BỊ SỬA     co-quan/index.html');
    expect(changed.out).toMatch(/0 tệp thiếu, 1 tệp bị sửa, 0 tệp thêm vào/);

    rmSync(join(site, 'thuat-ngu', 'index.html'));
    writeFileSync(join(site, 'them.html'), '<p>thêm</p>');
    const both = run(['scripts/verify.ts', site]);
    expect(both.out).toContain('THIẾU      thuat-ngu/index.html');
    expect(both.out).toContain('THÊM VÀO   them.html');
  }, 60_000);
});
