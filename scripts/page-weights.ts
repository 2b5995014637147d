/**
 * npm run weights — the weight of one page of each type in dist/: HTML, CSS
 * and JavaScript it loads, raw and gzip-compressed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { attributes, PAGE_TYPES } from '../harness/dist.js';
import { runMain } from './lib/report.js';

export interface PageWeight {
  type: string;
  html: number;
  css: number;
  js: number;
  htmlGzip: number;
  totalGzip: number;
}

/** Weigh one page of each type (HTML, CSS and JS it loads, inline or not). */
export function weigh(dist: string, pageTypes: Record<string, string> = PAGE_TYPES): PageWeight[] {
  const out: PageWeight[] = [];
  for (const [type, path] of Object.entries(pageTypes)) {
    if (!existsSync(join(dist, path))) continue;
    const source = readFileSync(join(dist, path));
    const text = source.toString('utf8');
    const css = attributes(text, 'link', 'href').filter((h) => h.endsWith('.css')).map((h) => readFileSync(join(dist, h)));
    const js = attributes(text, 'script', 'src').map((h) => readFileSync(join(dist, h)));
    const inlineCss = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + m[1]!.length, 0);
    const inlineJs = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].reduce((n, m) => n + m[1]!.length, 0);
    const all = Buffer.concat([source, ...css, ...js]);
    const cssBytes = css.reduce((n, b) => n + b.length, 0) + inlineCss;
    const jsBytes = js.reduce((n, b) => n + b.length, 0) + inlineJs;
    out.push({ type, html: source.length - inlineCss - inlineJs, css: cssBytes, js: jsBytes, htmlGzip: gzipSync(source, { level: 9 }).length, totalGzip: gzipSync(all, { level: 9 }).length });
  }
  return out;
}

if (process.argv[1]?.endsWith('page-weights.ts')) {
  await runMain('weights', () => {
    const dist = process.argv[2] ?? 'dist';
    if (!existsSync(join(dist, 'index.html'))) {
      process.stderr.write(`weights: ${dist}/index.html is missing: run \`npm run build\` first\n`);
      return 1;
    }
    const kb = (n: number) => (n / 1024).toFixed(1);
    process.stdout.write('| page type | HTML (KB) | CSS (KB) | JS (KB) | total gzip (KB) |\n|---|---:|---:|---:|---:|\n');
    for (const w of weigh(dist)) process.stdout.write(`| ${w.type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.totalGzip)} |\n`);
    return 0;
  });
}
