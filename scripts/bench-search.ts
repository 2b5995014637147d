/**
 * npm run bench:search — what a search costs a reader, in headless Chromium
 * against dist/ served on localhost: bytes transferred by the first query
 * (Pagefind's script, wasm, index and result fragments; the search vocabulary is inline in the page)
 * and by each later query, and the time from the last keystroke to results
 * painted (median of 20 queries). Numbers, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launch } from '../tests/support/browser.js';
import { requireBuild } from '../tests/support/dist.js';
import { serve } from '../tests/support/serve.js';
import { runMain } from './lib/report.js';

export const QUERIES = [
  'giam ngheo da chieu', 'hoc sinh bo hoc', 'dang doan hoi dong nhan dan', 'Dang Ngoc Huy', 'Tỉnh uỷ', 'BHYT',
  'nha o xa hoi', 'nuoc sach', 'dao tao nghe', 'ma so an sinh', 'thanh toan dien tu', 'den on dap nghia',
  'bao hiem xa hoi tu nguyen', 'khuyen hoc', 'Mặt trận Tổ quốc', 'the che hoa', 'nguon luc', 'tuyen truyen',
  'an toan thuc pham', 'nguoi co cong',
];

/** A benchmark records a slow search rather than giving up on it (a query at 1000 directives can take seconds). */
const SLOW = 180_000;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface SearchCost {
  pageGzip: number;
  firstRaw: number;
  firstGzip: number;
  laterMedianRaw: number;
  laterMedianGzip: number;
  laterMaxRaw: number;
  laterMaxGzip: number;
  medianMs: number;
  maxMs: number;
  queries: number;
  browser: string;
  /** The query that cost most after the first, and what it loaded. */
  heaviest: { query: string; gzip: number; files: string[] };
}

/** Measure search costs on a built site. */
export async function measureSearch(dist: string, queries: string[] = QUERIES): Promise<SearchCost> {
  requireBuild(dist);
  const server = await serve(dist);
  const browser = await launch();
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(SLOW);
    const transfers: Array<{ path: string; raw: number; gzip: number }> = [];
    page.on('requestfinished', (request) => {
      const path = new URL(request.url()).pathname;
      let body: Buffer;
      try {
        body = readFileSync(join(dist, path.endsWith('/') ? `${path}index.html` : path));
      } catch {
        return;
      }
      // Served files are already compressed where Pagefind compresses them (.pagefind, .pf_*); gzip the others as a server would.
      transfers.push({ path, raw: body.length, gzip: /\.(?:pagefind|pf_\w+)$/.test(path) ? body.length : gzipSync(body, { level: 6 }).length });
    });
    await page.addInitScript(() => {
      const w = window as unknown as { __lastInput: number; __times: number[]; __renders: number };
      w.__times = [];
      w.__renders = 0;
      document.addEventListener('input', () => (w.__lastInput = performance.now()), true);
      document.addEventListener('search:rendered', () => {
        w.__renders += 1;
        if (w.__lastInput) w.__times.push(performance.now() - w.__lastInput);
      });
    });
    await page.goto(`${server.url}/tim-kiem/`);
    await page.waitForLoadState('networkidle');
    const loaded = transfers.splice(0);
    const isSearchData = (t: { path: string }) => t.path.startsWith('/pagefind/');
    const pageLoad = loaded.filter((t) => !isSearchData(t));
    const preloaded = loaded.filter(isSearchData);
    const sum = (list: typeof transfers, key: 'raw' | 'gzip') => list.reduce((n, t) => n + t[key], 0);

    const rows: Array<{ query: string; raw: number; gzip: number; files: string[] }> = [];
    for (const query of queries) {
      const renders = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      await page.locator('#q').fill(query.slice(0, -1));
      await page.waitForFunction((n) => (window as unknown as { __renders: number }).__renders > n, renders, { timeout: SLOW });
      await page.waitForLoadState('networkidle');
      transfers.splice(0);
      const before = await page.evaluate(() => (window as unknown as { __renders: number }).__renders);
      await page.locator('#q').pressSequentially(query.at(-1)!);
      await page.waitForFunction((n) => (window as unknown as { __renders: number }).__renders > n, before, { timeout: SLOW });
      await page.waitForLoadState('networkidle');
      const during = transfers.splice(0);
      rows.push({ query, raw: sum(during, 'raw'), gzip: sum(during, 'gzip'), files: during.map((t) => `${t.path.split('/').slice(-2).join('/')} ${(t.gzip / 1024).toFixed(1)} KB`) });
    }
    const times = (await page.evaluate(() => (window as unknown as { __times: number[] }).__times)).slice(-queries.length);
    // The first query pays for Pagefind itself (loaded when the page opens) plus its own index and fragments.
    const firstRaw = sum(preloaded, 'raw') + rows[0]!.raw;
    const firstGzip = sum(preloaded, 'gzip') + rows[0]!.gzip;
    const later = rows.slice(1);
    return {
      pageGzip: sum(pageLoad, 'gzip'),
      firstRaw,
      firstGzip,
      laterMedianRaw: median(later.map((r) => r.raw)),
      laterMedianGzip: median(later.map((r) => r.gzip)),
      laterMaxRaw: Math.max(...later.map((r) => r.raw)),
      laterMaxGzip: Math.max(...later.map((r) => r.gzip)),
      medianMs: median(times),
      maxMs: Math.max(...times),
      queries: queries.length,
      browser: browser.version(),
      heaviest: (({ query, gzip, files }) => ({ query, gzip, files }))(later.reduce((a, b) => (b.gzip > a.gzip ? b : a))),
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

if (process.argv[1]?.endsWith('bench-search.ts')) {
  await runMain('bench:search', async () => {
    const dist = process.argv[2] ?? 'dist';
    const cost = await measureSearch(dist);
    const kb = (n: number) => (n / 1024).toFixed(1);
    process.stdout.write(`Search cost on ${dist}/ (headless Chromium ${cost.browser}, ${cost.queries} queries)\n\n`);
    process.stdout.write('| measure | value |\n|---|---:|\n');
    process.stdout.write(`| search page itself (HTML+CSS+JS, gzip) | ${kb(cost.pageGzip)} KB |\n`);
    process.stdout.write(`| first query, incl. Pagefind JS + wasm + index (raw / gzip) | ${kb(cost.firstRaw)} KB / ${kb(cost.firstGzip)} KB |\n`);
    process.stdout.write(`| later queries, median (raw / gzip) | ${kb(cost.laterMedianRaw)} KB / ${kb(cost.laterMedianGzip)} KB |\n`);
    process.stdout.write(`| later queries, max (raw / gzip) | ${kb(cost.laterMaxRaw)} KB / ${kb(cost.laterMaxGzip)} KB |\n`);
    process.stdout.write(`| last keystroke → results painted, median of ${cost.queries} | ${cost.medianMs.toFixed(0)} ms |\n`);
    process.stdout.write(`| last keystroke → results painted, max | ${cost.maxMs.toFixed(0)} ms |\n`);
    process.stdout.write(`\nHeaviest later query: "${cost.heaviest.query}", ${kb(cost.heaviest.gzip)} KB: ${cost.heaviest.files.join(', ')}\n`);
    return 0;
  });
}
