/**
 * Astro integration: after the build, index every provision with Pagefind
 * (src/search/write-index.ts) into dist/pagefind/.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCorpus } from '../corpus/read.js';
import { writeSearchIndex } from '../search/write-index.js';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'directive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // The corpus the collections read, validated once (src/corpus/read.ts): not read again.
        const corpus = readCorpus();
        await writeSearchIndex(corpus, fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
