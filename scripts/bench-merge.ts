/**
 * npm run bench:merge [-- --size 1000]
 *
 * Search across shards, two ways, on one site: the seed directive and
 * generated directives of many provinces (`shards: { by: province }`), built
 * whole in a temporary folder — never in content/:
 *
 * - one index over the whole corpus (what `npm run build` and `npm run shard
 *   -- assemble` write);
 * - an index per shard, each written from that shard's documents alone, the
 *   search page searching the first and merging the others with Pagefind's
 *   `mergeIndex` (its multisite search).
 *
 * For each: the time to write the indexes, the bytes a reader downloads and
 * the time from keystroke to results (scripts/bench-search.ts), and the
 * results of the search acceptance table (tests/support/search-cases.ts):
 * the first result of each case and the first page of results, compared
 * between the two. Writes bench/merge.json.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from '../harness/generate-corpus.js';
import { readCorpus } from '../src/corpus/read.js';
import { walk } from '../src/files/walk.js';
import { compileVocabulary } from '../src/parser/vocabulary.js';
import { writeSearchIndex } from '../src/search/write-index.js';
import { planShards } from '../src/shards/plan.js';
import { SEARCH_CASES } from '../tests/support/search-cases.js';
import { acceptance } from './lib/acceptance.js';
import { measureSearch, type SearchCost } from './bench-search.js';
import { runMain } from './lib/report.js';
import { timed } from './lib/timed.js';

const started = performance.now();
const log = (message: string) => process.stderr.write(`[bench:merge ${((performance.now() - started) / 1000).toFixed(1).padStart(6)} s] ${message}\n`);
const BIN = resolve('node_modules', '.bin');

interface Way {
  indexes: number;
  indexSeconds: number;
  indexMB: number;
  search: SearchCost;
}

const folderMB = (folder: string) => walk(folder).files.reduce((n, f) => n + statSync(join(folder, f)).size, 0) / 1e6;

await runMain('bench:merge', async () => {
  const { values } = parseArgs({ options: { size: { type: 'string', default: '1000' } } });
  const size = Number(values.size);
  const scratch = mkdtempSync(join(tmpdir(), 'bench-merge-'));
  try {
    const content = join(scratch, 'content');
    const corpusOut = join(scratch, 'corpus');
    const dist = join(scratch, 'dist');
    for (const part of ['taxonomy', 'references', 'directives']) cpSync(join('content', part), join(content, part), { recursive: true });
    writeFileSync(join(content, 'site.yaml'), `${readFileSync(join('content', 'site.yaml'), 'utf8')}shards:\n  by: province\n`);
    for (const g of generateCorpus(size)) {
      mkdirSync(join(content, 'directives', g.slug), { recursive: true });
      writeFileSync(join(content, 'directives', g.slug, 'source.txt'), g.source);
    }
    log(`${size} generated directives and the seed: corpus stage`);
    timed(join(BIN, 'tsx'), ['scripts/build-corpus.ts', '--content', content, '--out', corpusOut, '--cache', join(scratch, 'cache'), '--quiet']);
    log('site built whole, with one index');
    const built = timed(join(BIN, 'astro'), ['build', '--outDir', dist], { CORPUS_DIR: corpusOut });
    const oneIndexSeconds = Number(/into pagefind\/ in ([\d.]+) s/.exec(built.output)?.[1] ?? Number.NaN);
    log('one index: search cost and the acceptance table');
    const one: Way = { indexes: 1, indexSeconds: oneIndexSeconds, indexMB: folderMB(join(dist, 'pagefind')), search: await measureSearch(dist) };
    const onePages = await acceptance(dist);

    log('an index per shard');
    const corpus = readCorpus(corpusOut);
    const plan = planShards(corpus.documents, { by: 'province' }, compileVocabulary(corpus.taxonomy, corpus.references));
    rmSync(join(dist, 'pagefind'), { recursive: true, force: true });
    let indexSeconds = 0;
    const others: string[] = [];
    for (const [i, shard] of plan.shards.entries()) {
      const slugs = new Set(shard.slugs);
      const out = join(scratch, `index-${shard.name}`);
      const begin = performance.now();
      await writeSearchIndex({ ...corpus, documents: corpus.documents.filter((d) => slugs.has(d.slug)) }, out);
      indexSeconds += (performance.now() - begin) / 1000;
      // The first shard's index where the page looks for Pagefind; the others beside it, merged by the page.
      const at = i === 0 ? 'pagefind' : join('pagefind-shards', shard.name);
      mkdirSync(join(dist, at, '..'), { recursive: true });
      renameSync(join(out, 'pagefind'), join(dist, at));
      if (i > 0) others.push(`${at}/`);
    }
    const searchPage = join(dist, 'tim-kiem', 'index.html');
    const html = readFileSync(searchPage, 'utf8');
    if (!/<html /.test(html)) throw new Error(`${searchPage}: no <html> element to list the merged indexes on`);
    writeFileSync(searchPage, html.replace(/<html /, `<html data-search-merge="${others.join(' ')}" `));
    log(`${plan.shards.length} indexes merged: search cost and the acceptance table`);
    const merged: Way = {
      indexes: plan.shards.length,
      indexSeconds,
      indexMB: folderMB(join(dist, 'pagefind')) + folderMB(join(dist, 'pagefind-shards')),
      search: await measureSearch(dist),
    };
    const mergedPages = await acceptance(dist);

    const cases = SEARCH_CASES.map(([kind, query, filters, expected], i) => ({
      kind,
      query,
      filters,
      expected,
      one: onePages[i]!.slice(0, 3),
      merged: mergedPages[i]!.slice(0, 3),
      sameFirst: onePages[i]![0] === mergedPages[i]![0],
      samePage: JSON.stringify(onePages[i]) === JSON.stringify(mergedPages[i]),
    }));
    const results = {
      directives: corpus.documents.length,
      shards: plan.shards.length,
      one,
      merged,
      acceptance: {
        cases: cases.length,
        sameFirstResult: cases.filter((c) => c.sameFirst).length,
        sameFirstPage: cases.filter((c) => c.samePage).length,
        differing: cases.filter((c) => !c.sameFirst),
      },
    };
    mkdirSync('bench', { recursive: true });
    writeFileSync('bench/merge.json', `${JSON.stringify(results, null, 2)}\n`);
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    const row = (name: string, w: Way) =>
      `| ${name} | ${w.indexes} | ${w.indexSeconds.toFixed(1)} s | ${w.indexMB.toFixed(1)} MB | ${kb(w.search.first.entered.median)} / ${kb(w.search.first.entered.max)} | ${kb(w.search.later.entered.median)} / ${kb(w.search.later.entered.max)} | ${kb(w.search.later.typed.median)} | ${w.search.medianMs.toFixed(0)} ms |`;
    process.stdout.write(`| search over ${results.directives} directives | indexes | writing them | on disk | first query, entered (median / max) | later, entered (median / max) | later, typed (median) | keystroke → results (median) |\n|---|--:|--:|--:|--:|--:|--:|--:|\n${row('one index', one)}\n${row('an index per shard, merged', merged)}\n\nAcceptance table: the same first result in ${results.acceptance.sameFirstResult} of ${cases.length} cases, the same first page in ${results.acceptance.sameFirstPage}.\n`);
    return 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
});
