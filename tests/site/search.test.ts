/**
 * Search acceptance, in a browser against the built site: each query must
 * return its provision first — typed without diacritics, with "d" for
 * "đ", with the old tone-mark placement, with abbreviations, as phrases, and
 * with filters. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { requireBuild } from '../../harness/dist.js';
import { NAMED_CASES, NOTHING_CASES, SEARCH_CASES } from '../support/search-cases.js';
import { serve } from '../../harness/serve.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOC = 'quang-ngai-thuc-hien-ket-luan-92';
const BCS = 'Ban cán sự đảng Ủy ban nhân dân tỉnh (tỉnh Quảng Ngãi)';
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

  it.each(SEARCH_CASES)('finds it %s: "%s" %j → %s first', async (_kind, query, filters, expected) => {
    const { ids } = await search(query, filters);
    expect(ids[0], `results: ${ids.join(', ')}`).toBe(expected);
    expect(new Set(ids).size).toBe(ids.length); // never the same provision twice
  }, 20_000);

  it.each(NAMED_CASES)('finds a document by its number or short name, "%s": %s itself first, then provisions that cite it', async (query, title) => {
    const { ids } = await search(query, {});
    expect(await page.locator('#van-ban-goi-ten li').first().innerText()).toBe(`Văn bản: ${title}`);
    const n = /\d+/.exec(title)![0];
    const texts = await page.locator('#ket-qua li').allInnerTexts();
    expect(ids.length).toBeGreaterThan(0);
    for (const text of texts.slice(0, 3)) expect(text).toMatch(new RegExp(`\\b${n}\\b`));
  }, 20_000);

  it.each(NOTHING_CASES)('finds nothing for "%s", and says so', async (query) => {
    const { ids, status } = await search(query, {});
    expect(ids).toEqual([]);
    expect(status).toMatch(/^Không tìm thấy kết quả nào/);
  }, 20_000);

  it('says which document each result is in, what the provision is about, and cuts excerpts at word boundaries with "…"', async () => {
    await search('nguoi co cong', {});
    const first = page.locator('#ket-qua li').first();
    expect(await first.locator('a').innerText()).toMatch(/^Mục 2, gạch đầu dòng thứ nhất: Tập trung rà soát/);
    expect(await first.locator('.in-document').innerText()).toBe('Công văn của Ban Thường vụ Tỉnh ủy Quảng Ngãi');
    const excerpt = await first.locator('p:not(.in-document)').innerText();
    expect(excerpt).toMatch(/^… \p{L}/u);
    expect(await first.locator('mark').first().innerText()).toBe('người có công');
  });

  it('links every result straight to its provision', async () => {
    await search('giam ngheo', {});
    expect(await page.locator('#ket-qua li > a').first().getAttribute('href')).toBe(`../van-ban/${DOC}/muc-2__gach-1/index.html`);
  });

  it('shows excerpts with the words found highlighted, as text', async () => {
    await search('hoc sinh bo hoc', {});
    const first = page.locator('#ket-qua li').first();
    await expect(first.locator('mark').first().innerText()).resolves.toMatch(/học sinh bỏ học/i);
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

  it('without JavaScript, says plainly that search needs it and offers the ways in, with no empty filter panel', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const plain = await context.newPage();
    await plain.goto(`${server.url}/tim-kiem/`);
    expect(await plain.locator('#loc').isVisible()).toBe(false);
    const note = plain.locator('main .note');
    expect(await note.innerText()).toMatch(/^Tìm kiếm cần JavaScript/);
    expect(await note.getByRole('link').allInnerTexts()).toEqual(['cơ quan, đơn vị', 'lĩnh vực', 'danh mục văn bản']);
    await context.close();
  });

  it('offers filters by document type, issuer and year besides the others', async () => {
    await search('chinh sach', {});
    await page.locator('#loc summary').click();
    await page.locator('#bo-loc legend', { hasText: 'Năm ban hành' }).waitFor();
    expect(await page.locator('#bo-loc legend').allInnerTexts()).toEqual(expect.arrayContaining(['Loại văn bản', 'Cơ quan ban hành', 'Năm ban hành', 'Cơ quan chủ trì', 'Lĩnh vực']));
  });

  it('with no result under a filter, keeps the other values on offer to switch to', async () => {
    const { ids } = await search('BHYT', { 'linh-vuc': 'Nhà ở' });
    expect(ids).toEqual([]);
    const areas = await page.locator('#bo-loc input[name="Lĩnh vực"]').evaluateAll((boxes) => boxes.map((b) => (b as HTMLInputElement).value));
    expect(areas).toContain('Nhà ở');
    expect(areas).toContain('Giáo dục');
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
