/**
 * Search over file://. Chromium refuses Pagefind's stock bundle there: it is
 * an ES module (module scripts need an origin) and it fetch()es its index
 * (fetch cannot read file://). Both restrictions spare classic <script> tags,
 * so for file:// the build also writes:
 *
 * - pagefind/pagefind.classic.js: Pagefind's own pagefind.js turned into a
 *   classic script that sets `window.__pagefind` (two mechanical edits:
 *   `import.meta.url` and the final `export {…}`);
 * - pagefind-file/<path>.js for every file Pagefind fetches (wasm, metadata,
 *   index, filter and fragment chunks): `__pagefindFile("<path>", "<base64>")`.
 *
 * The search page, when it runs from file://, installs a fetch shim that
 * answers Pagefind's requests from those payloads (loading each on demand),
 * then loads the classic bundle with `noWorker`. Same engine, same index,
 * same results as over HTTP.
 *
 * This depends on Pagefind's bundle: the version is pinned exactly, the
 * edits below fail the build if they no longer apply, and a browser test
 * searches over file://.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { walk } from '../files/walk.js';

export const PAGEFIND_VERSION = '1.6.0';

/** Turn Pagefind's ES module into a classic script. Throws if the bundle is not what we know. */
export function classicBundle(source: string): string {
  const version = /^const pagefind_version="([^"]+)"/.exec(source)?.[1];
  if (version !== PAGEFIND_VERSION) {
    throw new Error(`Pagefind ${version ?? '(unknown)'} is not the version the file:// adapter was written for (${PAGEFIND_VERSION}): check src/integrations/offline-search.ts`);
  }
  const uses = source.match(/import\.meta\.url/g)?.length ?? 0;
  const exports = source.match(/export\{([^}]*)\};?\s*$/);
  if (uses !== 4 || !exports || /import\.meta(?!\.url)/.test(source)) {
    throw new Error('Pagefind\'s bundle changed shape; the file:// adapter in src/integrations/offline-search.ts needs updating');
  }
  const body = source.slice(0, exports.index).replace(/import\.meta\.url/g, '__pagefindScriptUrl');
  return `(function(){var __pagefindScriptUrl=undefined;${body}window.__pagefind={${exports[1]}};})();\n`;
}

/** Write the classic bundle and a payload script for every file Pagefind fetches. */
export function writeOfflineSearch(site: string): number {
  const pagefind = join(site, 'pagefind');
  writeFileSync(join(pagefind, 'pagefind.classic.js'), classicBundle(readFileSync(join(pagefind, 'pagefind.js'), 'utf8')));
  let count = 0;
  for (const key of walk(pagefind).files) {
    if (/\.(?:js|css)$/.test(key)) continue;
    const out = join(site, 'pagefind-file', `${key}.js`);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, `__pagefindFile(${JSON.stringify(key)},"${readFileSync(join(pagefind, key)).toString('base64')}");\n`);
    count++;
  }
  return count;
}
