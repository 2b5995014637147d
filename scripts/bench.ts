/**
 * npm run bench [-- --large] [-- --sizes 1,10,100] [-- --huge]
 *
 * Builds generated corpora of 1, 10 and 100 directives (and 1000 with
 * --large) in temporary folders — never in content/ — and measures each
 * stage: parse throughput, corpus stage, Astro build, Pagefind, peak memory,
 * pages, dist/ size, page weights by type, and search cost in headless
 * Chromium. Prints a table with a progress line per stage and writes
 * bench/results.json, bench/README.md and bench/chart.svg.
 *
 * --huge builds 1,000 and 10,000 generated directives of several provinces
 * in shards (`shards: { by: province }`, `npm run shard -- all`), the way a
 * whole archive is built, and writes bench/huge.json and bench/huge.md
 * instead: the same figures, with each part's time.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../harness/generate-corpus.js';
import { compileVocabulary, parseDirective } from '../src/parser/index.js';
import { walk } from '../src/files/walk.js';
import { eachDocument } from '../src/corpus/read.js';
import type { DirectiveDocument, Provision } from '../src/schemas/document.js';
import { measureSearch, type SearchCost } from './bench-search.js';
import { runMain } from './lib/report.js';
import { loadOrExplain } from './lib/vocabulary.js';
import { weigh, type PageWeight } from './page-weights.js';
import { timed } from './lib/timed.js';
import { median, shardTimes } from './lib/shard-report.js';

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
  /** The largest of any process, Pagefind's native indexer included (GNU time), or null without it. */
  peakAnyMB?: number | null;
  pages: number;
  distMB: number;
  weights: PageWeight[];
  search: SearchCost;
  /** Built in shards (--huge): each stage of `npm run shard -- all`. */
  shards?: {
    count: number;
    largest: number;
    planSeconds: number | null;
    medianShardSeconds: number | null;
    largestShardSeconds: number | null;
    globalSeconds: number | null;
    assembleSeconds: number | null;
  };
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

/** The number of provisions (at every depth) in the corpus's documents, and its first document, read one file at a time. */
function provisionsOf(corpusOut: string): { provisions: number; first: DirectiveDocument } {
  const count = (ps: Provision[]): number => ps.reduce((m, p) => m + 1 + count(p.children), 0);
  let provisions = 0;
  let first: DirectiveDocument | null = null;
  for (const document of eachDocument(corpusOut)) {
    provisions += count(document.provisions);
    first ??= document;
  }
  if (!first) throw new Error(`${corpusOut}: no documents`);
  return { provisions, first };
}

/**
 * `count` generated directives, or the real corpus (content/) when `count` is 0;
 * built whole (`astro build`) or, with `work` (a folder inside the project), in
 * shards by province.
 */
async function benchmark(count: number, scratch: string, work?: string): Promise<Run> {
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
    writeFileSync(join(content, 'site.yaml'), `${readFileSync('content/site.yaml', 'utf8')}${work ? 'shards:\n  by: province\n' : ''}`);
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
  const corpus = timed(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpusOut, '--cache', join(root, 'cache'), '--quiet']);
  // One document file at a time: at 10,000 directives the corpus whole is more than this process needs to hold.
  const { provisions, first } = provisionsOf(corpusOut);

  const dist = join(root, 'dist');
  let astro: ReturnType<typeof timed>;
  let shards: Run['shards'];
  let pagefindSeconds: number;
  if (work) {
    log(`${count} directives: built in shards (${provisions} provisions)`);
    astro = timed(join(BIN, 'tsx'), ['scripts/shard.ts', 'all', '--content', content, '--work', work, '--out', dist], { CORPUS_DIR: corpusOut });
    const times = shardTimes(astro.output);
    const plan = JSON.parse(readFileSync(join(work, 'plan.json'), 'utf8')) as { shards: Array<{ slugs: string[] }> };
    pagefindSeconds = times.pagefindSeconds ?? Number.NaN;
    shards = {
      count: plan.shards.length,
      largest: Math.max(...plan.shards.map((s) => s.slugs.length)),
      planSeconds: times.planSeconds,
      medianShardSeconds: median(times.shards.map((s) => s.seconds)),
      largestShardSeconds: Math.max(...times.shards.map((s) => s.seconds)),
      globalSeconds: times.globalSeconds,
      assembleSeconds: times.assembleSeconds,
    };
    rmSync(work, { recursive: true, force: true });
  } else {
    log(`${count} directives: Astro build (${provisions} provisions)`);
    astro = timed(join(BIN, 'astro'), ['build', '--outDir', dist], { CORPUS_DIR: corpusOut });
    pagefindSeconds = Number(/into pagefind\/ in ([\d.]+) s/.exec(astro.output)?.[1] ?? NaN);
  }
  const all = walk(dist).files;
  const distBytes = all.reduce((n, f) => n + statSync(join(dist, f)).size, 0);

  log(`${count} directives: page weights and search cost`);
  const weights = weigh(dist, pageTypes({ documents: [first] }));
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
    peakAnyMB: corpus.peakAnyBytes === null || astro.peakAnyBytes === null ? null : Math.max(corpus.peakAnyBytes, astro.peakAnyBytes) / 1e6,
    pages: all.filter((f) => f.endsWith('.html')).length,
    distMB: distBytes / 1e6,
    weights,
    search,
    ...(shards ? { shards } : {}),
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

/** --huge: the shards' stages, and each figure at the largest size against the smallest (the target: no stage grows faster than the corpus). */
function hugeMarkdown(runs: Run[], machine: string): string {
  const [small, large] = [runs[0]!, runs[runs.length - 1]!];
  const s = (x: number | null | undefined) => (x === null || x === undefined || Number.isNaN(x) ? '—' : x.toFixed(1));
  const stages = runs
    .map((r) => `| ${r.directives} | ${r.shards?.count ?? '—'} (largest ${r.shards?.largest ?? '—'}) | ${s(r.corpusSeconds)} | ${s(r.shards?.planSeconds)} | ${s(r.shards?.medianShardSeconds)} / ${s(r.shards?.largestShardSeconds)} | ${s(r.shards?.globalSeconds)} | ${s(r.shards?.assembleSeconds)} | ${s(r.pagefindSeconds)} | ${s(r.totalSeconds)} | ${(r.peakMemoryMB / 1000).toFixed(2)} | ${r.peakAnyMB ? (r.peakAnyMB / 1000).toFixed(2) : '—'} |`)
    .join('\n');
  const ratio = (f: (r: Run) => number | null | undefined) => {
    const [a, b] = [f(small), f(large)];
    return a && b ? `${(b / a).toFixed(2)}×` : '—';
  };
  const growth = [
    ['directives', (r: Run) => r.directives],
    ['provisions', (r: Run) => r.provisions],
    ['corpus stage', (r: Run) => r.corpusSeconds],
    ['plan', (r: Run) => r.shards?.planSeconds],
    ['a shard, median', (r: Run) => r.shards?.medianShardSeconds],
    ['global pages', (r: Run) => r.shards?.globalSeconds],
    ['assemble', (r: Run) => r.shards?.assembleSeconds],
    ['of which Pagefind', (r: Run) => r.pagefindSeconds],
    ['full build (corpus + shards + assemble)', (r: Run) => r.totalSeconds],
    ['peak memory of a Node process', (r: Run) => r.peakMemoryMB],
    ['peak memory of any process', (r: Run) => r.peakAnyMB],
    ['pages', (r: Run) => r.pages],
    ['dist/', (r: Run) => r.distMB],
    ['first search, entered, median', (r: Run) => r.search.first.entered.median],
    ['later search, entered, median', (r: Run) => r.search.later.entered.median],
    ['keystroke → results, median', (r: Run) => r.search.medianMs],
  ] as const;
  const rows = growth.map(([name, f]) => `| ${name} | ${ratio(f)} |`).join('\n');
  return `${markdown(runs, machine).replace('# Benchmarks', '# Benchmarks: a whole archive (`npm run bench -- --huge`)').replace('built in temporary folders.', 'built in temporary folders, in shards by province (`npm run shard -- all`, one part per core).')}
Stages of the build in shards (seconds; peak memory is the largest of one process, GB: of the Node processes, and of any, Pagefind's native indexer included, by GNU time):

| directives | shards | corpus | plan | a shard, median / largest | global pages | assemble | of which Pagefind | full build | peak memory, Node | peak memory, any process |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${stages}

Growth from ${small.directives} to ${large.directives} directives (the corpus grows ${(large.directives / small.directives).toFixed(0)}×):

| figure | ${large.directives} against ${small.directives} |
|---|---:|
${rows}
`;
}

await runMain('bench', async () => {
  const { values } = parseArgs({ options: { large: { type: 'boolean' }, huge: { type: 'boolean' }, sizes: { type: 'string' } } });
  // 0 stands for the real corpus (content/), built from clean.
  const sizes = values.sizes ? values.sizes.split(',').map(Number) : values.huge ? [1000, 10000] : [0, 1, 10, 100, ...(values.large ? [1000] : [])];
  const scratch = mkdtempSync(join(tmpdir(), 'bench-'));
  // The parts of a build in shards are built inside the project (scripts/shard.ts --work).
  mkdirSync(join('node_modules', '.cache'), { recursive: true });
  const work = values.huge ? mkdtempSync(join('node_modules', '.cache', 'bench-huge-')) : undefined;
  const runs: Run[] = [];
  try {
    for (const size of sizes) runs.push(await benchmark(size, scratch, work && join(work, String(size))));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    if (work) rmSync(work, { recursive: true, force: true });
  }
  const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`;
  if (!existsSync('bench')) mkdirSync('bench');
  if (values.huge) {
    writeFileSync('bench/huge.json', `${JSON.stringify({ machine, runs }, null, 2)}\n`);
    writeFileSync('bench/huge.md', hugeMarkdown(runs, machine));
    process.stdout.write(hugeMarkdown(runs, machine));
    return 0;
  }
  writeFileSync('bench/results.json', `${JSON.stringify({ machine, runs }, null, 2)}\n`);
  writeFileSync('bench/chart.svg', chart(runs));
  writeFileSync('bench/README.md', markdown(runs, machine));
  process.stdout.write(markdown(runs, machine));
  return 0;
});
