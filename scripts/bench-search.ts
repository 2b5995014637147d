/**
 * npm run bench:search — what a search costs a reader, in headless Chromium
 * against a built site served on localhost, typing as a reader types (a
 * letter every 150 ms; the page searches at each): the bytes a first query
 * transfers in a freshly opened page (Pagefind's script, wasm and metadata,
 * the index chunks and result records; the search vocabulary is inline in
 * the page), the bytes of each later query, and the time from the last
 * keystroke to results painted. Numbers, not pass/fail.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from 'playwright-core';
import { launch } from '../harness/browser.js';
import { requireBuild } from '../harness/dist.js';
import { serve } from '../harness/serve.js';
import { runMain } from './lib/report.js';

export const QUERIES = [
  'giam ngheo da chieu', 'hoc sinh bo hoc', 'dang doan hoi dong nhan dan', 'Dang Ngoc Huy', 'Tỉnh uỷ', 'BHYT',
  'nha o xa hoi', 'nuoc sach', 'dao tao nghe', 'ma so an sinh', 'thanh toan dien tu', 'den on dap nghia',
  'bao hiem xa hoi tu nguyen', 'khuyen hoc', 'Mặt trận Tổ quốc', 'the che hoa', 'nguon luc', 'tuyen truyen',
  'an toan thuc pham', 'nguoi co cong',
];

/** A benchmark records a slow search rather than giving up on it (a query at 1000 directives can take seconds). */
const SLOW = 180_000;
/** Milliseconds between keystrokes: a brisk typist. Each keystroke searches, as in the page. */
const TYPING = 150;
/** First queries measured, each in a fresh browser context (nothing cached). */
const COLD = 8;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

interface Transfer { path: string; raw: number; gzip: number }
/** Bytes (gzip), median and max, of queries entered at once and typed letter by letter. */
interface Costs { entered: { median: number; max: number }; typed: { median: number; max: number } }

export interface SearchCost {
  pageGzip: number;
  /**
   * A first query in a freshly opened page: Pagefind's script, wasm and
   * metadata, then the index and results it loaded. Median and max over COLD
   * queries, entered at once and typed letter by letter.
   */
  first: Costs;
  /** Each later query, after the previous one in the same page. */
  later: Costs;
  /** From the last keystroke of a later query to its results painted. */
  medianMs: number;
  maxMs: number;
  queries: number;
  browser: string;
  /** What the first query of the list loaded, cold. */
  firstFiles: string[];
  /** The later query that cost most, and what it loaded. */
  heaviest: { query: string; gzip: number; files: string[] };
  /** Each later query entered at once: its bytes, and how many of them were index chunks and records (fragments). */
  laterEntered: Array<{ query: string; gzip: number; index: number; fragments: number }>;
}

const sum = (list: Transfer[]) => list.reduce((n, t) => n + t.gzip, 0);
const files = (list: Transfer[]) => [
  ...list.slice(0, 16).map((t) => `${t.path.split('/').slice(-2).join('/')} ${(t.gzip / 1024).toFixed(1)} KB`),
  ...(list.length > 16 ? [`and ${list.length - 16} more files`] : []),
];

/** A search page in a fresh context, recording what it transfers and when results are painted. */
async function openSearch(browser: Browser, url: string, dist: string): Promise<{ page: Page; transfers: Transfer[]; close: () => Promise<void> }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.setDefaultTimeout(SLOW);
  const transfers: Transfer[] = [];
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
    const w = window as unknown as { __lastInput: number; __last: { query: string; ms: number } | null };
    w.__last = null;
    document.addEventListener('input', () => (w.__lastInput = performance.now()), true);
    document.addEventListener('search:rendered', (event) => {
      w.__last = { query: (event as CustomEvent<{ query: string }>).detail.query, ms: performance.now() - w.__lastInput };
    });
  });
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  return { page, transfers, close: () => context.close() };
}

/**
 * Put a query in an empty box — typed letter by letter, or entered at once
 * (pasted, or typed faster than the page's pause) — and wait for its own
 * results and the network to settle.
 */
async function typeQuery(page: Page, query: string, mode: 'typed' | 'entered'): Promise<number> {
  await page.locator('#q').fill('');
  await page.evaluate(() => ((window as unknown as { __last: unknown }).__last = null));
  if (mode === 'typed') await page.locator('#q').pressSequentially(query, { delay: TYPING });
  else {
    await page.locator('#q').fill(query.slice(0, -1));
    await page.locator('#q').pressSequentially(query.at(-1)!);
  }
  await page.waitForFunction((q) => (window as unknown as { __last: { query: string } | null }).__last?.query === q, query.trim(), { timeout: SLOW });
  await page.waitForLoadState('networkidle');
  return page.evaluate(() => (window as unknown as { __last: { ms: number } }).__last.ms);
}

/** Measure search costs on a built site. */
export async function measureSearch(dist: string, queries: string[] = QUERIES): Promise<SearchCost> {
  requireBuild(dist);
  const server = await serve(dist);
  const browser = await launch();
  const url = `${server.url}/tim-kiem/`;
  try {
    const costs = (rows: Array<{ mode: 'typed' | 'entered'; gzip: number }>): Costs => {
      const of = (mode: 'typed' | 'entered') => rows.filter((r) => r.mode === mode).map((r) => r.gzip);
      return { entered: { median: median(of('entered')), max: Math.max(...of('entered')) }, typed: { median: median(of('typed')), max: Math.max(...of('typed')) } };
    };
    // First queries, cold: the page opens (Pagefind starts), the reader types.
    const cold: Array<{ mode: 'typed' | 'entered'; gzip: number; files: string[] }> = [];
    let pageGzip = 0;
    for (const mode of ['entered', 'typed'] as const) {
      for (const query of queries.slice(0, COLD)) {
        const { page, transfers, close } = await openSearch(browser, url, dist);
        // Pagefind's own files, and those of any index merged with it (bench:merge).
        pageGzip = sum(transfers.filter((t) => !t.path.startsWith('/pagefind')));
        const pagefind = transfers.filter((t) => t.path.startsWith('/pagefind'));
        transfers.splice(0);
        await typeQuery(page, query, mode);
        cold.push({ mode, gzip: sum(pagefind) + sum(transfers), files: files([...pagefind, ...transfers]) });
        await close();
      }
    }
    // Later queries, one after another in one page; the time is of those entered at once.
    const later: Array<{ query: string; mode: 'typed' | 'entered'; gzip: number; index: number; fragments: number; ms: number; files: string[] }> = [];
    for (const mode of ['entered', 'typed'] as const) {
      const { page, transfers, close } = await openSearch(browser, url, dist);
      await typeQuery(page, queries[0]!, mode);
      for (const query of queries.slice(1)) {
        transfers.splice(0);
        const ms = await typeQuery(page, query, mode);
        const of = (kind: string) => sum(transfers.filter((t) => t.path.endsWith(kind)));
        later.push({ query, mode, gzip: sum(transfers), index: of('.pf_index'), fragments: of('.pf_fragment'), ms, files: files(transfers) });
      }
      await close();
    }
    const timed = later.filter((r) => r.mode === 'entered');
    const heaviest = timed.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    return {
      pageGzip,
      first: costs(cold),
      later: costs(later),
      medianMs: median(timed.map((r) => r.ms)),
      maxMs: Math.max(...timed.map((r) => r.ms)),
      queries: queries.length,
      browser: browser.version(),
      firstFiles: cold[0]!.files,
      heaviest: { query: heaviest.query, gzip: heaviest.gzip, files: heaviest.files },
      laterEntered: timed.map(({ query, gzip, index, fragments }) => ({ query, gzip, index, fragments })),
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
    const row = (what: string, c: Costs) =>
      `| ${what} | ${kb(c.entered.median)} KB / ${kb(c.entered.max)} KB | ${kb(c.typed.median)} KB / ${kb(c.typed.max)} KB |\n`;
    process.stdout.write(`\n| bytes (gzip), median / max | entered at once | typed, a letter every ${TYPING} ms |\n|---|---:|---:|\n`);
    process.stdout.write(row(`first query in a fresh page, incl. Pagefind JS + wasm + metadata (${COLD} queries)`, cost.first));
    process.stdout.write(row(`each later query (${cost.queries - 1} queries)`, cost.later));
    process.stdout.write('\n| time | value |\n|---|---:|\n');
    process.stdout.write(`| last keystroke → results painted, median / max of ${cost.queries - 1} | ${cost.medianMs.toFixed(0)} ms / ${cost.maxMs.toFixed(0)} ms |\n`);
    process.stdout.write(`\nFirst query ("${QUERIES[0]}", entered) loaded: ${cost.firstFiles.join(', ')}\n`);
    process.stdout.write(`\nHeaviest later query (entered): "${cost.heaviest.query}", ${kb(cost.heaviest.gzip)} KB: ${cost.heaviest.files.join(', ')}\n`);
    return 0;
  });
}
