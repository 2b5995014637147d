/**
 * Astro integration: after the build, index every provision with Pagefind's
 * Node API (createIndex → addCustomRecord → writeFiles → close, in finally)
 * and write the index to dist/pagefind/.
 */
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import type { Corpus } from '../schemas/corpus.js';
import { searchRecords } from '../search/records.js';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'directive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        // The corpus was validated when `npm run corpus` wrote it. Read it again
        // without what the index does not use (evidence, citations, diagnostics):
        // this runs while Astro still holds the whole site in memory.
        const corpus = JSON.parse(readFileSync(join(process.env['CORPUS_DIR'] ?? '.corpus', 'corpus.json'), 'utf8'), (key, value: unknown) =>
          key === 'evidence' || key === 'references' || key === 'diagnostics' || key === 'groups' || key === 'provenance' ? undefined : value,
        ) as Corpus;
        const records = searchRecords(corpus);
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({ forceLanguage: 'vi' });
          if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
          for (const [i, record] of records.entries()) {
            const added = await index.addCustomRecord(record);
            if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}: ${added.errors.join('; ')}`);
            // Long builds say where they are.
            if ((i + 1) % 5000 === 0) logger.info(`indexed ${i + 1}/${records.length} records, ${((performance.now() - started) / 1000).toFixed(1)} s`);
          }
          const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
          if (written.errors.length > 0) throw new Error(`Pagefind could not write its files: ${written.errors.join('; ')}`);
          // Our own search page uses Pagefind's JS API only: drop its stock UIs.
          for (const file of readdirSync(join(out, 'pagefind'))) {
            if (/^pagefind-(?:ui|modular-ui|component-ui|highlight)\./.test(file)) rmSync(join(out, 'pagefind', file));
          }
          logger.info(`indexed ${records.length} records (provisions and document parts) into pagefind/ in ${((performance.now() - started) / 1000).toFixed(2)} s`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
