/**
 * The built site in a real browser (headless Chromium): reading without
 * JavaScript, anchors, copying a link and a citation, print media, small
 * screens, accessibility (axe-core) on every page type, and no request
 * leaving the site. Run after `npm run build`.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../support/browser.js';
import { PAGE_TYPES, requireBuild } from '../support/dist.js';
import { serve } from '../support/serve.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DOC = '/van-ban/quang-ngai-thuc-hien-ket-luan-92/';
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

  it('reads without JavaScript: the full text is there and the copy buttons stay hidden', async () => {
    const page = await open(DOC, { javaScriptEnabled: false });
    await expect(page.locator('#muc-2__gach-5').innerText()).resolves.toContain('Đẩy mạnh tuyên truyền các chính sách xã hội đến với người dân');
    expect(await page.locator('article.provision').count()).toBe(14);
    expect(await page.locator('button[data-copy]:visible').count()).toBe(0);
    expect(await page.locator('#muc-2__gach-3 .actions a').getAttribute('href')).toBe('muc-2__gach-3/index.html');
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

  it('copies a provision\'s link, and its citation followed by the link', async () => {
    const page = await open(DOC, { permissions: ['clipboard-read', 'clipboard-write'] });
    const actions = page.locator('#muc-2__gach-3 > .actions');
    await actions.getByRole('button', { name: 'Chép liên kết' }).click();
    await expect.poll(() => actions.getByRole('status').innerText()).toBe('Đã chép liên kết.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${server.url}${DOC}muc-2__gach-3/index.html`);
    await actions.getByRole('button', { name: 'Chép trích dẫn' }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      `Gạch đầu dòng thứ ba, mục 2 Công văn (không rõ số hiệu, ngày ban hành) của Ban Thường vụ Tỉnh ủy Quảng Ngãi\n${server.url}${DOC}muc-2__gach-3/index.html`,
    );
    await page.context().close();
  });

  it('prints as a document: serif type, no navigation, no buttons or tags', async () => {
    const page = await open(DOC);
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => ({
      font: getComputedStyle(document.body).fontFamily,
      header: getComputedStyle(document.querySelector('header.site')!).display,
      actions: getComputedStyle(document.querySelector('.actions')!).display,
      tags: getComputedStyle(document.querySelector('.tags')!).display,
    }));
    expect(styles.font).toMatch(/Times New Roman|serif/);
    expect(styles).toMatchObject({ header: 'none', actions: 'none', tags: 'none' });
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
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
