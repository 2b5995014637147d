/**
 * Astro integration, after Pagefind: make the site work without a server and
 * under any path — relative addresses everywhere (relative-links.ts) and the
 * file:// search adapter (offline-search.ts).
 */
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeOfflineSearch } from './offline-search.js';
import { rewriteFolder } from './relative-links.js';
import { sitePart } from '../site/part.js';

export default function offlineIntegration(): AstroIntegration {
  return {
    name: 'directive-offline',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const out = fileURLToPath(dir);
        const pages = await rewriteFolder(out);
        // A part of the site has no search index yet: the assembled site's is packed when it is written.
        if (sitePart().kind !== 'all') return logger.info(`${pages} pages made relative`);
        const payloads = writeOfflineSearch(out);
        logger.info(`${pages} pages made relative; ${payloads} search files packed for file://`);
      },
    },
  };
}
