/**
 * Search acceptance, in a browser against the built site: each query must
 * return its provision in the top 3 — typed without diacritics, with "d" for
 * "đ", with the old tone-mark placement, with abbreviations, as phrases, and
 * with filters. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../support/browser.js';
import { requireBuild } from '../support/dist.js';
import { serve } from '../support/serve.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOC = 'quang-ngai-thuc-hien-ket-luan-92';
const BCS = 'Ban cán sự đảng Ủy ban nhân dân tỉnh (tỉnh Quảng Ngãi)';

/** [what it tests, query, filters (address parameters), expected provision id (or document part)] */
const CASES: Array<[string, string, Record<string, string>, string]> = [
  ['no diacritics', 'giam ngheo da chieu', {}, 'muc-2__gach-1'],
  ['no diacritics', 'hoc sinh bo hoc', {}, 'muc-2__gach-3'],
  ['no diacritics', 'nha o xa hoi', {}, 'muc-2__gach-5'],
  ['no diacritics', 'ma so an sinh xa hoi', {}, 'muc-2__gach-7'],
  ['no diacritics', 'an toan ve sinh thuc pham', {}, 'muc-2__gach-2'],
  ['no diacritics', 'khuyen hoc khuyen tai', {}, 'muc-2__gach-3'],
  ['d for đ', 'dang doan hoi dong nhan dan', {}, 'muc-5'],
  ['d for đ', 'Dang Ngoc Huy', {}, 'chu-ky'],
  ['d for đ', 'den on dap nghia', {}, 'muc-2__gach-1'],
  ['d for đ', 'thanh toan dien tu', {}, 'muc-2__gach-7'],
  ['d for đ', 'dao tao nghe cho lao dong nong thon', {}, 'muc-2__gach-4'],
  ['old tone marks', 'Ban Tuyên giáo Tỉnh uỷ', {}, 'muc-4'],
  ['old tone marks', 'quan hệ lao động hài hoà', {}, 'muc-2__gach-4'],
  ['abbreviation', 'BHYT', {}, 'muc-2__gach-2'],
  ['abbreviation', 'BHXH tự nguyện', {}, 'muc-2__gach-2'],
  ['expansion of an abbreviation', 'bảo hiểm y tế toàn dân', {}, 'muc-2__gach-2'],
  ['phrase', 'đẩy mạnh tuyên truyền các chính sách xã hội đến với người dân', {}, 'muc-2__gach-5'],
  ['phrase', 'Mặt trận Tổ quốc Việt Nam', {}, 'muc-3'],
  ['phrase', 'định kỳ báo cáo Thường trực Tỉnh ủy', {}, 'muc-6'],
  ['phrase', 'thể chế hóa Nghị quyết 15', {}, 'muc-1'],
  ['area only', '', { 'linh-vuc': 'Giáo dục' }, 'muc-2__gach-3'],
  ['body only', '', { 'co-quan': 'Đảng đoàn Hội đồng nhân dân tỉnh (tỉnh Quảng Ngãi)' }, 'muc-5'],
  ['body and area', 'chinh sach', { 'co-quan': BCS, 'linh-vuc': 'Nhà ở' }, 'muc-2__gach-5'],
  ['query and area', 'nguoi dan', { 'linh-vuc': 'Nước sạch, vệ sinh' }, 'muc-2__gach-5'],
];

describe.skipIf(!chromiumPath)('search', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  let page: Page;

  beforeAll(async () => {
    requireBuild();
    server = await serve('dist');
    browser = await launch();
    page = await browser.newPage();
    // Count the renders of the results, from before the page's own script runs.
    await page.addInitScript(() => {
      const w = window as unknown as { __renders: number };
      w.__renders = 0;
      document.addEventListener('search:rendered', () => (w.__renders += 1));
    });
  });

  const renders = () => page.evaluate(() => (window as unknown as { __renders: number }).__renders);
  const rendersAbove = (n: number) => page.waitForFunction((count) => (window as unknown as { __renders: number }).__renders > count, n);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function search(query: string, filters: Record<string, string>): Promise<{ ids: string[]; status: string }> {
    const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
    await page.goto(`${server.url}/tim-kiem/?${params}`);
    await rendersAbove(0);
    const hrefs = await page.locator('#ket-qua li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
    // Result links are relative files: "../van-ban/…/muc-1/index.html", "../van-ban/…/index.html#chu-ky".
    const ids = hrefs.map((href) => (href.includes('#') ? href.split('#')[1]! : href.split('/').filter(Boolean).at(-2)!));
    return { ids, status: await page.locator('#trang-thai').innerText() };
  }

  it.each(CASES)('finds it %s: "%s" %j → %s in the top 3', async (_kind, query, filters, expected) => {
    const { ids } = await search(query, filters);
    expect(ids.slice(0, 3), `results: ${ids.join(', ')}`).toContain(expected);
    expect(new Set(ids).size).toBe(ids.length); // never the same provision twice
  }, 20_000);

  it('links every result straight to its provision', async () => {
    await search('giam ngheo', {});
    expect(await page.locator('#ket-qua li > a').first().getAttribute('href')).toBe(`../van-ban/${DOC}/muc-2__gach-1/index.html`);
  });

  it('shows excerpts with the words found highlighted, as text', async () => {
    await search('hoc sinh bo hoc', {});
    const first = page.locator('#ket-qua li').first();
    await expect(first.locator('mark').first().innerText()).resolves.toMatch(/học|sinh|bỏ/i);
    expect(await first.innerText()).toContain('Công văn');
  });

  it('reads the query and filters from the address and writes them back', async () => {
    await search('', { 'co-quan': BCS });
    expect(await page.locator('#q').inputValue()).toBe('');
    expect(await page.locator(`input[type=checkbox][value="${BCS}"]`).isChecked()).toBe(true);
    const before = await renders();
    await page.locator('#q').fill('nuoc sach');
    await rendersAbove(before);
    const url = new URL(page.url());
    expect(url.searchParams.get('q')).toBe('nuoc sach');
    expect(url.searchParams.get('co-quan')).toBe(BCS);
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('#ket-qua li').length > 0);
    expect(await page.locator('#q').inputValue()).toBe('nuoc sach');
  });

  it('shows filters with counts, once the filter panel is opened', async () => {
    await search('giao duc', {});
    const before = await renders();
    await page.locator('#loc summary').click();
    await rendersAbove(before);
    const label = await page.locator('#bo-loc label', { hasText: 'Giáo dục' }).first().innerText();
    expect(label).toMatch(/Giáo dục \(\d+\)/);
  });

  it('says kindly when nothing matches, suggesting to drop a filter or the diacritics', async () => {
    const { ids, status } = await search('xyzzy', { 'linh-vuc': 'Giáo dục' });
    expect(ids).toEqual([]);
    expect(status).toMatch(/Không tìm thấy kết quả nào cho “xyzzy”. Hãy thử bỏ bớt bộ lọc, .*có dấu/);
  });

  it('has no accessibility violations with results and filters shown (axe-core)', async () => {
    await search('giao duc', { 'linh-vuc': 'Giáo dục' });
    await page.addScriptTag({ content: AXE });
    const violations = await page.evaluate(async () => {
      // @ts-expect-error axe is injected above
      const result = await window.axe.run(document, { resultTypes: ['violations'] });
      return result.violations.map((v: { id: string }) => v.id);
    });
    expect(violations).toEqual([]);
  });

  it('works from the keyboard: type, then Tab reaches the filters and the results', async () => {
    await page.goto(`${server.url}/tim-kiem/`);
    await rendersAbove(-1);
    await page.locator('#q').focus();
    const before = await renders();
    await page.keyboard.type('nuoc sach');
    await rendersAbove(before);
    await page.keyboard.press('Tab'); // the search button
    await page.keyboard.press('Tab'); // the filter panel
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    const opened = await renders();
    await page.keyboard.press('Enter');
    await rendersAbove(opened);
    await page.locator('#loc input[type="checkbox"]').first().waitFor();
    await page.keyboard.press('Tab'); // the first filter
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).type)).toBe('checkbox');
    // Ticking it redraws the filters with new counts; the focus stays on the box.
    const ticked = await renders();
    await page.keyboard.press('Space');
    await rendersAbove(ticked);
    expect(await page.evaluate(() => ({ type: (document.activeElement as HTMLInputElement).type, checked: (document.activeElement as HTMLInputElement).checked }))).toEqual({ type: 'checkbox', checked: true });
  });

  it('announces the number of results to screen readers', async () => {
    await search('BHYT', {});
    expect(await page.locator('#trang-thai').getAttribute('role')).toBe('status');
    expect(await page.locator('#trang-thai').innerText()).toMatch(/^Tìm thấy \d+ kết quả/);
  });
});
