/**
 * Write the search index of a corpus with Pagefind's Node API
 * (createIndex → addCustomRecord → writeFiles → close, in finally). Used by
 * the Astro integration after the build, and by benchmarks that re-index a
 * built site.
 */
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import type { DirectiveDocument } from '../schemas/document.js';
import { searchRecords } from './records.js';

/** Index the corpus into `<outDir>/pagefind/` (its documents may be read one at a time); returns how many records were written. */
export async function writeSearchIndex(corpus: { documents: Iterable<DirectiveDocument> }, outDir: string, log: (message: string) => void = () => {}): Promise<number> {
  const records = searchRecords(corpus);
  const started = performance.now();
  try {
    const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    for (const [i, record] of records.entries()) {
      const added = await index.addCustomRecord(record);
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
      // Long builds say where they are.
      if ((i + 1) % 5000 === 0) log(`indexed ${i + 1}/${records.length} records, ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    const written = await index.writeFiles({ outputPath: join(outDir, 'pagefind') });
    if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
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
