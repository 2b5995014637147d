/**
 * Astro integration: after the build, index every provision with Pagefind
 * (src/search/write-index.ts) into dist/pagefind/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCorpusForSearch, writeSearchIndex } from '../search/write-index.js';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'directive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const corpus = readCorpusForSearch(process.env['CORPUS_DIR'] ?? '.corpus');
        await writeSearchIndex(corpus, fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
