/**
 * npm run bench [-- --large] [-- --sizes 1,10,100]
 *
 * Builds generated corpora of 1, 10 and 100 directives (and 1000 with
 * --large) in temporary folders — never in content/ — and measures each
 * stage: parse throughput, corpus stage, Astro build, Pagefind, peak memory,
 * pages, dist/ size, page weights by type, and search cost in headless
 * Chromium. Prints a table with a progress line per stage and writes
 * bench/results.json, bench/README.md and bench/chart.svg.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../harness/generate-corpus.js';
import { compileVocabulary, parseDirective } from '../src/parser/index.js';
import { walk } from '../src/files/walk.js';
import { readCorpus } from '../src/corpus/read.js';
import { measureSearch, type SearchCost } from './bench-search.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';
import { weigh, type PageWeight } from './page-weights.js';
import { timed } from './lib/timed.js';

interface Run {
  /** "seed" for the real corpus, else "generated". */
  corpus: 'seed' | 'generated';
  directives: number;
  sourceBytes: number;
  provisions: number;
  parseMBs: number;
  corpusSeconds: number;
  astroSeconds: number;
  pagefindSeconds: number;
  totalSeconds: number;
  peakMemoryMB: number;
  pages: number;
  distMB: number;
  weights: PageWeight[];
  search: SearchCost;
}

const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
const BIN = resolve('node_modules', '.bin');

function pageTypes(corpus: { documents: Array<{ slug: string; provisions: Array<{ id: string; responsible: Array<{ id: string }> }> }> }): Record<string, string> {
  const document = corpus.documents[0]!;
  const provision = document.provisions[0]!;
  const body = document.provisions.flatMap((p) => p.responsible)[0];
  return {
    home: 'index.html',
    document: `van-ban/${document.slug}/index.html`,
    provision: `van-ban/${document.slug}/${provision.id}/index.html`,
    ...(body ? { body: `co-quan/${body.id}/index.html` } : {}),
    bodies: 'co-quan/index.html',
    area: 'linh-vuc/giao-duc/index.html',
    matrix: 'ma-tran/index.html',
    reference: 'van-ban-dan-chieu/nghi-quyet-15/index.html',
    search: 'tim-kiem/index.html',
  };
}

/** `count` generated directives, or the real corpus (content/) when `count` is 0. */
async function benchmark(count: number, scratch: string): Promise<Run> {
  const seed = count === 0;
  const root = join(scratch, seed ? 'seed' : `n${count}`);
  const content = seed ? resolve('content') : join(root, 'content');
  log(seed ? 'seed corpus (content/): reading' : `${count} directives: generating`);
  mkdirSync(root, { recursive: true });
  let generated: Array<{ slug: string; source: string }>;
  if (seed) {
    generated = walk(join(content, 'directives')).files.filter((f) => f.endsWith('/source.txt')).map((f) => ({ slug: f.split('/')[0]!, source: readFileSync(join(content, 'directives', f), 'utf8') }));
    count = generated.length;
    // From clean: no content-layer cache from an earlier build.
    rmSync(join('node_modules', '.astro'), { recursive: true, force: true });
  } else {
    mkdirSync(join(content, 'directives'), { recursive: true });
    cpSync('content/taxonomy', join(content, 'taxonomy'), { recursive: true });
    cpSync('content/references', join(content, 'references'), { recursive: true });
    cpSync('content/site.yaml', join(content, 'site.yaml'));
    generated = generateCorpus(count);
    for (const g of generated) {
      mkdirSync(join(content, 'directives', g.slug));
      writeFileSync(join(content, 'directives', g.slug, 'source.txt'), g.source);
    }
  }
  const sourceBytes = generated.reduce((n, g) => n + Buffer.byteLength(g.source), 0);

  log(`${count} directives: parsing in process (${(sourceBytes / 1e6).toFixed(2)} MB)`);
  const loaded = loadOrExplain();
  if (!loaded) throw new Error('content/ does not load');
  const vocabulary = compileVocabulary(loaded.taxonomy, loaded.references);
  const sources = generated.map((g) => new TextEncoder().encode(g.source));
  const times: number[] = [];
  for (let run = 0; run < (count >= 100 ? 1 : 3); run++) {
    const begin = performance.now();
    for (const [i, bytes] of sources.entries()) parseDirective({ source: bytes, path: generated[i]!.slug, vocabulary });
    times.push(performance.now() - begin);
  }
  const parseMs = [...times].sort((a, b) => a - b)[Math.floor(times.length / 2)]!;

  log(`${count} directives: corpus stage`);
  const corpusOut = join(root, 'corpus');
  const corpus = timed(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpusOut, '--quiet']);
  // Read as the build reads it (from its head and a file per document): at 10,000 directives corpus.json is longer than one string can be.
  const corpusJson = readCorpus(corpusOut);
  const provisions = corpusJson.documents.reduce((n: number, d: { provisions: unknown[] }) => {
    const walk = (ps: Array<{ children: unknown[] }>): number => ps.reduce((m, p) => m + 1 + walk(p.children as Array<{ children: unknown[] }>), 0);
    return n + walk(d.provisions as Array<{ children: unknown[] }>);
  }, 0);

  log(`${count} directives: Astro build (${provisions} provisions)`);
  const dist = join(root, 'dist');
  const astro = timed(join(BIN, 'astro'), ['build', '--outDir', dist], { CORPUS_DIR: corpusOut });
  const pagefindSeconds = Number(/into pagefind\/ in ([\d.]+) s/.exec(astro.output)?.[1] ?? NaN);
  const all = walk(dist).files;
  const distBytes = all.reduce((n, f) => n + statSync(join(dist, f)).size, 0);

  log(`${count} directives: page weights and search cost`);
  const weights = weigh(dist, pageTypes(corpusJson));
  const search = await measureSearch(dist);
  const run: Run = {
    corpus: seed ? 'seed' : 'generated',
    directives: count,
    sourceBytes,
    provisions,
    parseMBs: sourceBytes / 1e6 / (parseMs / 1000),
    corpusSeconds: corpus.seconds,
    astroSeconds: astro.seconds,
    pagefindSeconds,
    totalSeconds: corpus.seconds + astro.seconds,
    peakMemoryMB: Math.max(corpus.peakBytes, astro.peakBytes) / 1e6,
    pages: all.filter((f) => f.endsWith('.html')).length,
    distMB: distBytes / 1e6,
    weights,
    search,
  };
  log(`${count} directives: done in ${run.totalSeconds.toFixed(1)} s, peak ${run.peakMemoryMB.toFixed(0)} MB`);
  rmSync(root, { recursive: true, force: true });
  return run;
}

/** A small SVG chart: build time and peak memory against corpus size (log scale). */
function chart(all: Run[]): string {
  const runs = all.filter((r) => r.corpus === 'generated');
  const W = 640;
  const H = 320;
  const pad = 56;
  const xs = runs.map((r) => Math.log10(r.directives));
  const xMax = Math.max(1, ...xs);
  const x = (v: number) => pad + (v / xMax) * (W - 2 * pad);
  const series = [
    { name: 'Tổng thời gian dựng (s)', color: '#8a1c1c', values: runs.map((r) => r.totalSeconds) },
    { name: 'Bộ nhớ đỉnh (GB)', color: '#0b4f8a', values: runs.map((r) => r.peakMemoryMB / 1000) },
  ];
  const parts: string[] = [];
  series.forEach((s, k) => {
    const max = Math.max(...s.values, 1e-9) * 1.1;
    const y = (v: number) => H - pad - (v / max) * (H - 2 * pad);
    const points = s.values.map((v, i) => `${x(xs[i]!).toFixed(1)},${y(v).toFixed(1)}`).join(' ');
    parts.push(`<polyline fill="none" stroke="${s.color}" stroke-width="2" points="${points}"/>`);
    s.values.forEach((v, i) => void parts.push(`<circle cx="${x(xs[i]!).toFixed(1)}" cy="${y(v).toFixed(1)}" r="3" fill="${s.color}"><title>${s.name}: ${v.toFixed(2)}</title></circle>`));
    parts.push(`<text x="${k === 0 ? pad : W - pad}" y="${pad - 24}" text-anchor="${k === 0 ? 'start' : 'end'}" fill="${s.color}" font-size="12">${s.name} (đỉnh ${Math.max(...s.values).toFixed(2)})</text>`);
  });
  runs.forEach((r, i) => void parts.push(`<text x="${x(xs[i]!).toFixed(1)}" y="${H - pad + 18}" text-anchor="middle" font-size="12">${r.directives}</text>`));
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-family="sans-serif">
<title>Thời gian dựng và bộ nhớ theo số văn bản</title>
<rect width="${W}" height="${H}" fill="#fff"/>
<line x1="${pad}" y1="${H - pad}" x2="${W - pad}" y2="${H - pad}" stroke="#999"/>
<line x1="${pad}" y1="${pad}" x2="${pad}" y2="${H - pad}" stroke="#999"/>
<text x="${W / 2}" y="${H - 12}" text-anchor="middle" font-size="12">Số văn bản (thang log)</text>
${parts.join('\n')}
</svg>
`;
}

function markdown(runs: Run[], machine: string): string {
  const kb = (n: number) => (n / 1024).toFixed(1);
  const rows = runs
    .map((r) => `| ${r.corpus === 'seed' ? `${r.directives} (seed)` : r.directives} | ${(r.sourceBytes / 1e6).toFixed(2)} | ${r.provisions} | ${r.parseMBs.toFixed(1)} | ${r.corpusSeconds.toFixed(1)} | ${r.astroSeconds.toFixed(1)} | ${r.pagefindSeconds.toFixed(1)} | ${r.totalSeconds.toFixed(1)} | ${r.peakMemoryMB.toFixed(0)} | ${r.pages} | ${r.distMB.toFixed(1)} | ${kb(r.search.first.entered.median)} / ${kb(r.search.first.entered.max)} | ${kb(r.search.first.typed.median)} | ${kb(r.search.later.entered.median)} / ${kb(r.search.later.entered.max)} | ${kb(r.search.later.typed.median)} | ${r.search.medianMs.toFixed(0)} |`)
    .join('\n');
  const largest = runs[runs.length - 1]!;
  const weights = largest.weights.map((w) => `| ${w.type} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.totalGzip)} |`).join('\n');
  const perDoc = runs.filter((r) => r.corpus === 'generated').map((r) => `${r.directives}: ${(r.totalSeconds / r.directives).toFixed(3)} s`).join(', ');
  return `# Benchmarks

Made by \`npm run bench\` on ${machine}. Generated corpora (harness/generate-corpus.ts, seed 1) built in temporary folders.

| directives | source (MB) | provisions | parse (MB/s) | corpus (s) | Astro build (s) | of which Pagefind (s) | total (s) | peak memory (MB) | pages | dist/ (MB) | first search, entered (KB gzip, median / max) | first, typed (median) | later searches, entered (median / max) | later, typed (median) | keystroke → results (ms, median) |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${rows}

![Build time and peak memory against corpus size](chart.svg)

Build time per directive: ${perDoc}.

Page weights at ${largest.directives} directives (KB; total = HTML+CSS+JS, gzip):

| page type | HTML | CSS | JS | total gzip |
|---|---:|---:|---:|---:|
${weights}
`;
}

await runMain('bench', async () => {
  const { values } = parseArgs({ options: { large: { type: 'boolean' }, sizes: { type: 'string' } } });
  // 0 stands for the real corpus (content/), built from clean.
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : [0, 1, 10, 100, ...(values.large ? [1000] : [])];
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  const runs: Run[] = [];
  try {
    for (const size of sizes) runs.push(await benchmark(size, scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  if (!existsSync('bench')) mkdirSync('bench');
  writeFileSync('bench/results.json', `${JSON.stringify({ machine, runs }, null, 2)}\n`);
  writeFileSync('bench/chart.svg', chart(runs));
  writeFileSync('bench/README.md', markdown(runs, machine));
  process.stdout.write(markdown(runs, machine));
  return 0;
});
