/**
 * Write the search index of a corpus with Pagefind's Node API
 * (createIndex → addCustomRecord → writeFiles → close, in finally). Used by
 * the Astro integration after the build, and by benchmarks that re-index a
 * built site.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { DirectiveDocument } from '../schemas/document.js';
import { FragmentShapeError, shedPairs } from './fragments.js';
import { searchRecords } from './records.js';

/**
 * Postings (word occurrences) per index chunk. A query downloads the whole
 * chunk of each word or pair it looks up; Pagefind's default of 20,000 made
 * each such chunk 15–25 KB gzipped, so a later query of two pairs cost about
 * 50 KB at 1,000 directives. Smaller chunks add entries to the list of chunks
 * every first query loads. `npm run bench:chunks` (bench/chunks.json) measured
 * 20,000 / 10,000 / 5,000 / 2,500 / 1,000 postings: a later query's median
 * went 50 / 32 / 25 / 25 / 24 KB and stopped there (a common pair fills a
 * chunk alone), while that list grew 28.6 / 30.8 / 33.3 / 35.8 / 40.7 KB.
 * 5,000 is the knee.
 */
export const CHUNK_POSTINGS = 5_000;

/** Pagefind 1.6 reads its chunk size from the environment of its service process, when that process starts. */
const CHUNK_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';

async function createIndex(chunkPostings: number) {
  const before = process.env[CHUNK_VARIABLE];
  process.env[CHUNK_VARIABLE] = String(chunkPostings);
  try {
    return await pagefind.createIndex({ forceLanguage: 'vi' });
  } finally {
    if (before === undefined) delete process.env[CHUNK_VARIABLE];
    else process.env[CHUNK_VARIABLE] = before;
  }
}

/** Every fragment written again without its word pairs (fragments.ts); their bytes before and after. */
function shedAllPairs(folder: string): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const name of readdirSync(folder).sort()) {
    if (!name.endsWith('.pf_fragment')) continue;
    const file = join(folder, name);
    const bytes = readFileSync(file);
    let shed: Buffer | null;
    try {
      shed = shedPairs(bytes);
    } catch (error) {
      if (!(error instanceof FragmentShapeError)) throw error;
      throw new Error(`${file}: Pagefind wrote a record's fragment in a shape this build does not know (${error.message}); the site is built for Pagefind 1.6.0 exactly`);
    }
    before += bytes.length;
    after += (shed ?? bytes).length;
    if (shed) writeFileSync(file, shed);
  }
  return { before, after };
}

/** Index the corpus into `<outDir>/pagefind/` (its documents may be read one at a time); returns how many records were written. */
export async function writeSearchIndex(
  corpus: { documents: Iterable<DirectiveDocument> },
  outDir: string,
  log: (message: string) => void = () => {},
  { chunkPostings = CHUNK_POSTINGS }: { chunkPostings?: number } = {},
): Promise<number> {
  if (!Number.isInteger(chunkPostings) || chunkPostings < 1) throw new Error(`chunkPostings must be a positive whole number, not ${chunkPostings}`);
  const records = searchRecords(corpus);
  const started = performance.now();
  try {
    // A service left running would keep the chunk size it started with.
    await pagefind.close();
    const { index, errors } = await createIndex(chunkPostings);
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const [i, record] of records.entries()) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      // Long builds say where they are.
      if ((i + 1) % 5000 === 0) log(`indexed ${i + 1}/${records.length} records, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
    const shed = shedAllPairs(join(outDir, 'pagefind', 'fragment'));
    log(`records downloaded without their word pairs: ${(shed.before / 1e6).toFixed(1)} → ${(shed.after / 1e6).toFixed(1)} MB`);
    // Our own search page uses Pagefind's JS API only: drop its stock UIs.
    for (const file of readdirSync(join(outDir, 'pagefind'))) {
      if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(join(outDir, 'pagefind', file));
    }
    log(`indexed ${records.length} records (runs of provisions and document parts) into pagefind/ in ${((performance.now() - started) / 1000).toFixed(2)} s`);
    return records.length;
  } finally {
    await pagefind.close();
  }
}
