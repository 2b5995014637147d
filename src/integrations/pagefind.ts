/**
 * Astro integration: after the build, index every provision with Pagefind
 * (src/search/write-index.ts) into dist/pagefind/. A part of the site
 * (src/site/part.ts) is not indexed: `npm run shard -- assemble` indexes the
 * whole once its parts are laid out.
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readCorpus } from '../corpus/read.js';
import { writeSearchIndex } from '../search/write-index.js';
import { sitePart } from '../site/part.js';

export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'directive-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        if (sitePart().kind !== 'all') return;
        // The corpus the collections read, validated once (src/corpus/read.ts): not read again.
        const corpus = readCorpus();
        await writeSearchIndex(corpus, fileURLToPath(dir), (message) => logger.info(message));
      },
    },
  };
}
