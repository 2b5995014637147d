/**
 * The search acceptance table (tests/support/search-cases.ts) run against a
 * built site in headless Chromium: for benchmarks that compare two ways of
 * indexing and must show the reader gets the same results.
 */
import { launch } from '../../harness/browser.js';
import { serve } from '../../harness/serve.js';
import { SEARCH_CASES } from '../../tests/support/search-cases.js';

/** The first page of results of each acceptance case, as addresses ("van-ban/<slug>/<provision>"). */
export async function acceptance(dist: string): Promise<string[][]> {
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __renders: number };
      w.__renders = 0;
      document.addEventListener('search:rendered', () => (w.__renders += 1));
    });
    const pages: string[][] = [];
    for (const [, query, filters] of SEARCH_CASES) {
      const params = new URLSearchParams({ ...(query ? { q: query } : {}), ...filters });
      await page.goto(`${server.url}/tim-kiem/?${params}`);
      await page.waitForFunction(() => (window as unknown as { __renders: number }).__renders > 0, null, { timeout: 180_000 });
      const hrefs = await page.locator('#ket-qua li > a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
      pages.push(hrefs.map((href) => href.replace(/^(\.\.\/)+/, '').replace(/index\.html/, '')));
    }
    return pages;
  } finally {
    await browser.close();
    await server.close();
  }
}

