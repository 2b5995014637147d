/**
 * Screenshots for a person to look at: every page type at 1280 px and 360 px
 * (whole page), and the printed document (A4 PDF, each page rendered to PNG
 * with poppler's pdftoppm). They go to `screenshots/` (or $SCREENSHOTS_DIR),
 * which git ignores. Along the way it checks what a screenshot would show
 * wrong: sideways scrolling, a footer floating mid-screen, a blank page.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath, launch } from '../../harness/browser.js';
import { PAGE_TYPES, requireBuild } from '../../harness/dist.js';
import { serve } from '../../harness/serve.js';

const OUT = resolve(process.env['SCREENSHOTS_DIR'] ?? 'screenshots');
const WIDTHS = [1280, 360] as const;
const path = (file: string) => `/${file.replace(/index\.html$/, '')}`;

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe.skipIf(!chromiumPath)('screenshots of every page type, for the eye', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serve>>;

  beforeAll(async () => {
    requireBuild();
    rmSync(OUT, { recursive: true, force: true });
    mkdirSync(OUT, { recursive: true });
    server = await serve('dist');
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    process.stderr.write(`\nScreenshots written to ${OUT}\n`);
  });

  for (const width of WIDTHS) {
    it(`takes every page type at ${width} px, each with its footer at the foot and nothing scrolling sideways`, async () => {
      const context = await browser.newContext({ locale: 'vi-VN', viewport: { width, height: width === 360 ? 740 : 900 } });
      const page = await context.newPage();
      for (const [type, file] of Object.entries(PAGE_TYPES)) {
        await page.goto(server.url + path(file));
        const layout = await page.evaluate(() => {
          const footer = document.querySelector('footer.site-footer')!.getBoundingClientRect();
          return {
            scrollWidth: document.documentElement.scrollWidth,
            footerBottom: footer.bottom + window.scrollY,
            pageHeight: Math.max(document.documentElement.scrollHeight, window.innerHeight),
          };
        });
        expect(layout.scrollWidth, `${type} at ${width} px`).toBeLessThanOrEqual(width);
        expect(Math.abs(layout.pageHeight - layout.footerBottom), `${type}: footer at the foot`).toBeLessThanOrEqual(1);
        await page.screenshot({ path: join(OUT, `${type}-${width}.png`), fullPage: true });
      }
      await context.close();
    }, 120_000);
  }

  it.skipIf(!hasPdftoppm())('prints the document and a provision to A4, rendered page by page to PNG', async () => {
    const context = await browser.newContext({ locale: 'vi-VN' });
    const page = await context.newPage();
    for (const type of ['document', 'provision'] as const) {
      await page.goto(server.url + path(PAGE_TYPES[type]!));
      await page.emulateMedia({ media: 'print' });
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      const file = join(OUT, `${type}-print.pdf`);
      writeFileSync(file, pdf);
      execFileSync('pdftoppm', ['-r', '60', '-png', file, join(OUT, `${type}-print`)]);
    }
    await context.close();
    const pngs = readdirSync(OUT).filter((f) => /-print-\d+\.png$/.test(f));
    expect(pngs.some((f) => f.startsWith('document-print'))).toBe(true);
    expect(pngs.some((f) => f.startsWith('provision-print'))).toBe(true);
  }, 60_000);
});
