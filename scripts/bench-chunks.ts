/**
 * npm run bench:chunks [-- --size 1000] [-- --chunks 20000,10000,5000,2500]
 *
 * How big should Pagefind's index chunks be? A query downloads the whole
 * chunk of every word or word pair it looks up, and every first query
 * downloads the list of chunks (in pf_meta). Builds the seed directive and
 * `size` generated directives once, whole, in a temporary folder — never in
 * content/ — then writes the search index again at each chunk size (postings
 * per chunk) and measures, in headless Chromium over a gzipping server
 * (scripts/bench-search.ts): the bytes of a first and of a later query,
 * entered and typed, keystroke → results; the index's files and pf_meta; and
 * the search acceptance table (tests/support/search-cases.ts), whose first
 * page of results must not change with the chunking. Writes
 * bench/chunks.json and prints a table. --keep leaves the built site in its
 * temporary folder (for `npm run bench:search -- DIR`) and names it.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../harness/generate-corpus.js';
import { eachDocument } from '../src/corpus/read.js';
import { walk } from '../src/files/walk.js';
import { CHUNK_POSTINGS, writeSearchIndex } from '../src/search/write-index.js';
import { SEARCH_CASES } from '../tests/support/search-cases.js';
import { measureSearch, type SearchCost } from './bench-search.js';
import { acceptance } from './lib/acceptance.js';
import { runMain } from './lib/report.js';
import { timed } from './lib/timed.js';

const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench:chunks ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
const BIN = resolve('node_modules', '.bin');

interface Sized {
  chunkPostings: number;
  indexSeconds: number;
  indexChunks: number;
  indexMB: number;
  metaKB: number;
  search: SearchCost;
  /** Acceptance cases whose first page of results differs from the first chunk size's. */
  changedPages: number;
  changed: Array<{ query: string; filters: Record<string, string>; before: string[]; now: string[] }>;
}

const folderMB = (folder: string) => walk(folder).files.reduce((n, f) => n + statSync(join(folder, f)).size, 0) / 1e6;

await runMain('bench:chunks', async () => {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' }, chunks: { type: 'string', default: `${CHUNK_POSTINGS},20000,10000,5000,2500` }, keep: { type: 'boolean', default: false } } });
  const size = Number(values.size);
  const sizes = [...new Set(values.chunks.split(',').map(Number))];
  if (!Number.isInteger(size) || size < 1 || sizes.some((n) => !Number.isInteger(n) || n < 1)) throw new Error('--size and --chunks take positive whole numbers');
  const scratch = mkdtempSync(join(tmpdir(), 'bench-chunks-'));
  try {
    const content = join(scratch, 'content');
    const corpusOut = join(scratch, 'corpus');
    const dist = join(scratch, 'dist');
    for (const part of ['taxonomy', 'references', 'directives']) cpSync(join('content', part), join(content, part), { recursive: true });
    cpSync(join('content', 'site.yaml'), join(content, 'site.yaml'));
    for (const g of generateCorpus(size)) {
      mkdirSync(join(content, 'directives', g.slug), { recursive: true });
      writeFileSync(join(content, 'directives', g.slug, 'source.txt'), g.source);
    }
    log(`${size} generated directives and the seed: corpus stage`);
    timed(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpusOut, '--cache', join(scratch, 'cache'), '--quiet']);
    log('site built whole');
    timed(join(BIN, 'astro'), ['build', '--outDir', dist], { CORPUS_DIR: corpusOut });

    const results: Sized[] = [];
    let reference: string[][] | null = null;
    for (const chunkPostings of sizes) {
      log(`index chunks of ${chunkPostings} postings: writing the index`);
      rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
      const begin = performance.now();
      await writeSearchIndex({ documents: eachDocument(corpusOut) }, dist, () => {}, { chunkPostings });
      const indexSeconds = (performance.now() - begin) / 1000;
      log(`index chunks of ${chunkPostings} postings: search cost and the acceptance table`);
      const search = await measureSearch(dist);
      const pages = await acceptance(dist);
      reference ??= pages;
      const changed = SEARCH_CASES.flatMap(([, query, filters], i) =>
        JSON.stringify(pages[i]) === JSON.stringify(reference![i]) ? [] : [{ query, filters, before: reference![i]!, now: pages[i]! }],
      );
      const meta = readdirSync(join(dist, 'pagefind')).find((f) => f.endsWith('.pf_meta'));
      results.push({
        chunkPostings,
        indexSeconds,
        indexChunks: readdirSync(join(dist, 'pagefind', 'index')).length,
        indexMB: folderMB(join(dist, 'pagefind')),
        metaKB: meta ? statSync(join(dist, 'pagefind', meta)).size / 1024 : 0,
        search,
        changedPages: changed.length,
        changed,
      });
    }

    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/chunks.json', `${JSON.stringify({ directives: size + 1, chosen: CHUNK_POSTINGS, cases: SEARCH_CASES.length, sizes: results }, null, 2)}\n`);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const rows = results.map(
      (r) =>
        `| ${r.chunkPostings.toLocaleString('en')}${r.chunkPostings === CHUNK_POSTINGS ? ' (chosen)' : ''} | ${r.indexChunks} | ${r.metaKB.toFixed(1)} KB | ${kb(r.search.first.entered.median)} / ${kb(r.search.first.entered.max)} | ${kb(r.search.first.typed.median)} | ${kb(r.search.later.entered.median)} / ${kb(r.search.later.entered.max)} | ${kb(r.search.later.typed.median)} | ${r.search.medianMs.toFixed(0)} ms | ${r.changedPages} of ${SEARCH_CASES.length} |`,
    );
    process.stdout.write(
      `| postings per chunk, ${size + 1} directives | index chunks | pf_meta | first query, entered (median / max) | first, typed (median) | later, entered (median / max) | later, typed (median) | keystroke → results (median) | acceptance pages changed |\n|--:|--:|--:|--:|--:|--:|--:|--:|--:|\n${rows.join('\n')}\n`,
    );
    return 0;
  } finally {
    if (values.keep) log(`the site is kept in ${scratch}/dist (its corpus in ${scratch}/corpus)`);
    else rmSync(scratch, { recursive: true, force: true });
  }
});
