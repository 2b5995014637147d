/**
 * The built site in a real browser (headless Chromium): reading without
 * JavaScript, anchors, copying a link and a citation, print media, small
 * screens, accessibility (axe-core) on every page type, and no request
 * leaving the site. Run after `npm run build`.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { PAGE_TYPES, requireBuild } from '../../harness/dist.js';
import { serve } from '../../harness/serve.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOC = '/van-ban/quang-ngai-thuc-hien-ket-luan-92/';
/** The text of a PDF by poppler's pdftotext, or null where it is not installed. */
function pdfText(pdf: Buffer): string | null {
  const dir = mkdtempSync(join(tmpdir(), 'print-'));
  try {
    writeFileSync(join(dir, 'page.pdf'), pdf);
    return execFileSync('pdftotext', ['-layout', join(dir, 'page.pdf'), '-'], { encoding: 'utf8' });
  } catch {
    console.warn('pdftotext (poppler-utils) is not installed: the printed page numbers and date are not checked.');
    return null;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
const path = (file: string) => `/${file.replace(/index\.html$/, '')}`;

describe.skipIf(!chromiumPath)('the site in a browser', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;
  const outside: string[] = [];

  beforeAll(async () => {
    requireBuild();
    server = await serve('dist');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(url: string, options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
    const context = await browser.newContext({ locale: 'vi-VN', ...options });
    const page = await context.newPage();
    page.on('request', (request) => {
      if (!request.url().startsWith(server.url) && !request.url().startsWith('data:')) outside.push(request.url());
    });
    await page.goto(server.url + url);
    return page;
  }

  /** A provision's own copy control on the document page (not its items'). */
  const copyOf = (page: Page, id: string) => page.locator(`#${id} > .item > .body > details.copy`);

  it('reads without JavaScript: the full text is there, the copy menu offers the provision\'s page and no dead buttons', async () => {
    const page = await open(DOC, { javaScriptEnabled: false });
    await expect(page.locator('#muc-2__gach-5').innerText()).resolves.toContain('Đẩy mạnh tuyên truyền các chính sách xã hội đến với người dân');
    expect(await page.locator('article.provision').count()).toBe(14);
    const menu = copyOf(page, 'muc-2__gach-3');
    await menu.locator('summary').click();
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await menu.getByRole('link', { name: 'Mở trang riêng của điều khoản' }).getAttribute('href')).toBe('muc-2__gach-3/index.html');
    await page.context().close();
  });

  it('opens a provision at its anchor', async () => {
    const page = await open(`${DOC}#muc-2__gach-3`);
    const target = await page.evaluate(() => document.querySelector(':target')?.id);
    expect(target).toBe('muc-2__gach-3');
    const box = await page.locator('#muc-2__gach-3').boundingBox();
    expect(box!.y).toBeLessThan(200);
    await page.context().close();
  });

  it('copies from a provision\'s "Sao chép" menu its link (no index.html) and its citation followed by the link', async () => {
    const page = await open(DOC, { permissions: ['clipboard-read', 'clipboard-write'] });
    const menu = copyOf(page, 'muc-2__gach-3');
    expect(await menu.getByRole('button', { name: 'Sao chép liên kết' }).isVisible()).toBe(false);
    // On a wide screen with a mouse the control stays out of the text's way until the provision is pointed at.
    const opacity = () => menu.evaluate((el) => getComputedStyle(el).opacity);
    expect(await opacity()).toBe('0');
    await page.locator('#muc-2__gach-3 > .item > .body > p').first().hover();
    expect(await opacity()).toBe('1');
    await menu.getByText('Sao chép', { exact: true }).click();
    await menu.getByRole('button', { name: 'Sao chép liên kết' }).click();
    await expect.poll(() => menu.getByRole('status').innerText()).toBe('Đã sao chép liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${DOC}muc-2__gach-3/`);
    await menu.getByRole('button', { name: 'Sao chép trích dẫn' }).click();
    await expect.poll(() => menu.getByRole('status').innerText()).toBe('Đã sao chép trích dẫn, kèm liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Gạch đầu dòng thứ ba, mục 2 Công văn (không rõ số hiệu, ngày ban hành) của Ban Thường vụ Tỉnh ủy Quảng Ngãi\n${server.url}${DOC}muc-2__gach-3/`,
    );
    // The provision's own page copies its own address.
    const own = await open(`${DOC}muc-2__gach-3/`, { permissions: ['clipboard-read', 'clipboard-write'] });
    await own.locator('details.copy summary').click();
    await own.getByRole('button', { name: 'Sao chép liên kết' }).click();
    expect(await own.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${DOC}muc-2__gach-3/`);
    await page.context().close();
    await own.context().close();
  });

  it('keeps the contents beside the text in view while reading a long way down (1280 px)', async () => {
    const page = await open(DOC, { viewport: { width: 1280, height: 800 } });
    const contents = page.locator('.doc-toc > nav');
    expect(await contents.getByRole('link', { name: /^4\. Ban Tuyên giáo Tỉnh ủy chỉ đạo/ }).isVisible()).toBe(true);
    await page.locator('#noi-nhan').scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    expect(scrolled).toBeGreaterThan(1000);
    const box = await contents.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(100);
    const text = await page.locator('.doc-body').boundingBox();
    expect(box!.x + box!.width).toBeLessThanOrEqual(text!.x);
    await page.context().close();
  });

  it('on a phone, folds the navigation into one menu that names the current page and opens to links big enough to tap', async () => {
    const page = await open(DOC, { viewport: { width: 360, height: 740 } });
    expect(await page.locator('.site-nav').isVisible()).toBe(false);
    const menu = page.locator('details.phone-menu');
    expect(await menu.locator('summary').innerText()).toMatch(/Danh mục\s+Văn bản/);
    expect(await menu.getByRole('link', { name: 'Cơ quan' }).isVisible()).toBe(false);
    const header = await page.locator('header.site-header').boundingBox();
    expect(header!.height).toBeLessThan(200);
    await menu.locator('summary').click();
    const link = menu.getByRole('link', { name: 'Cơ quan' });
    expect(await link.isVisible()).toBe(true);
    expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(44);
    expect(await menu.locator('a[aria-current="page"]').innerText()).toBe('Văn bản');
    await link.click();
    expect(await page.locator('h1').innerText()).toBe('Cơ quan, đơn vị');
    await page.context().close();
  });

  it('searches from the header of any page: the query lands on the search page with its results', async () => {
    const page = await open(DOC);
    await page.locator('header.site-header').getByRole('searchbox').fill('bao hiem y te');
    await page.locator('header.site-header').getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/tim-kiem\/(?:index\.html)?\?q=bao\+hiem\+y\+te$/);
    await page.locator('#ket-qua li').first().waitFor();
    expect(await page.locator('#q').inputValue()).toBe('bao hiem y te');
    await page.context().close();
  });

  it('opens a body\'s page with what it must do, including the duties it has as one of a class, and to whom it reports', async () => {
    const page = await open('/co-quan/ban-tuyen-giao-tinh-uy-quang-ngai/');
    const summary = page.locator('section.summary');
    expect(await summary.locator('dt', { hasText: 'Phải làm' }).locator('+ dd').innerText()).toMatch(/^3 việc trong 1 văn bản/);
    expect(await summary.locator('dt', { hasText: 'Báo cáo lên' }).locator('+ dd').innerText()).toMatch(/Ban Thường vụ Tỉnh ủy.*Thường trực Tỉnh ủy|Thường trực Tỉnh ủy.*Ban Thường vụ Tỉnh ủy/);
    expect(await summary.locator('dt', { hasText: 'Thuộc nhóm' }).locator('+ dd').innerText()).toContain('Các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy');
    const duty = (label: string) => page.locator('.checklist > li').filter({ has: page.locator('a > strong', { hasText: new RegExp(`^${label}$`) }) });
    const duties = await page.locator('.checklist > li > a > strong').allInnerTexts();
    expect(duties.sort()).toEqual(['Mục 1', 'Mục 4', 'Mục 6']);
    expect(await duty('Mục 6').innerText()).toContain('vì là một trong các cơ quan chuyên trách tham mưu, giúp việc Tỉnh ủy');
    // The press bodies' partners in Mục 4 are theirs, not Ban Tuyên giáo's.
    expect(await duty('Mục 4').innerText()).not.toContain('Phối hợp với');
    await page.context().close();
  });

  it('prints a document as an office prints it: serif type, no navigation or tags, signature bold and centred in the right half beside Nơi nhận, page numbers and the print date', async () => {
    const page = await open(DOC);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const css = (selector: string) => getComputedStyle(document.querySelector(selector)!);
      const box = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
      const text = box('.doc-text');
      return {
        font: getComputedStyle(document.body).fontFamily,
        header: css('header.site-header').display,
        copy: css('.copy').display,
        tags: css('.tags').display,
        toc: css('.doc-toc').display,
        signatureAlign: css('.signature p').textAlign,
        signatureWeight: css('.signature').fontWeight,
        signatureLeft: box('.signature').left - text.left,
        signatureTop: box('.signature').top,
        copiesLeft: box('.copies').left - text.left,
        copiesTop: box('.copies').top,
        half: text.width / 2,
        keep: css('.sign-off').breakInside,
      };
    });
    expect(styles.font).toMatch(/Times New Roman|serif/);
    expect(styles).toMatchObject({ header: 'none', copy: 'none', tags: 'none', toc: 'none', signatureAlign: 'center', signatureWeight: '700', keep: 'avoid' });
    expect(styles.signatureLeft).toBeGreaterThanOrEqual(styles.half - 40);
    expect(styles.copiesLeft).toBeLessThan(10);
    expect(Math.abs(styles.copiesTop - styles.signatureTop)).toBeLessThan(5);
    await page.evaluate(() => dispatchEvent(new Event('beforeprint')));
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    const text = pdfText(pdf);
    if (text !== null) {
      expect(text).toMatch(/\b1 ?\/ ?\d\b/);
      expect(text).toMatch(/In ngày \d{2}\/\d{2}\/\d{4}/);
    }
    await page.context().close();
  });

  it('prints a short provision page on one sheet, without a blank page after it', async () => {
    const page = await open(`${DOC}muc-2__gach-3/`);
    const text = pdfText(await page.pdf({ format: 'A4' }));
    if (text !== null) expect(text.split('\f').filter((sheet) => sheet.trim() !== '')).toHaveLength(1);
    await page.context().close();
  });

  it('fits a 360 px screen without sideways scrolling', async () => {
    for (const file of Object.values(PAGE_TYPES)) {
      const page = await open(path(file), { viewport: { width: 360, height: 740 } });
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width, file).toBeLessThanOrEqual(360);
      await page.context().close();
    }
  }, 60_000);

  it('has no accessibility violations (axe-core) on any page type', async () => {
    for (const file of Object.values(PAGE_TYPES)) {
      const page = await open(path(file));
      await page.addScriptTag({ content: AXE });
      const violations = await page.evaluate(async () => {
        // @ts-expect-error axe is injected above
        const result = await window.axe.run(document, { resultTypes: ['violations'] });
        return result.violations.map((v: { id: string; nodes: Array<{ target: string[] }> }) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
      });
      expect(violations, file).toEqual([]);
      await page.context().close();
    }
  }, 120_000);

  it('shows a visible focus ring when moving by keyboard', async () => {
    const page = await open(DOC);
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle, left: el.getBoundingClientRect().left };
    });
    expect(focus.text).toBe('Bỏ qua, đến nội dung chính');
    expect(focus.outline).not.toBe('none');
    expect(focus.left).toBeGreaterThanOrEqual(0);
    await page.context().close();
  });

  it('requests nothing outside the site on any of the pages above', () => {
    expect(outside).toEqual([]);
  });
});
