/**
 * npm run site [-- --verbose]
 *
 * Builds the reading site from .corpus/ into dist/ (Astro, then the search
 * index and the offline adaptation, by the integrations). Astro's page-by-page
 * output is for `--verbose`; otherwise only its warnings and errors, and one
 * line at the end.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'astro';
import { runMain } from './lib/report.js';

/** HTML pages under a folder. */
function pages(folder: string): number {
  let count = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true, recursive: true })) if (entry.isFile() && entry.name.endsWith('.html')) count++;
  return count;
}

await runMain('site', async () => {
  process.env['ASTRO_TELEMETRY_DISABLED'] = '1';
  const verbose = process.argv.includes('--verbose');
  const root = fileURLToPath(new URL('..', import.meta.url));
  const started = performance.now();
  await build({ root, logLevel: verbose ? 'info' : 'warn' });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  process.stderr.write(`site: ${pages(join(root, 'dist')).toLocaleString('en')} pages written to dist/ in ${seconds} s${verbose ? '' : ' (page by page: npm run site -- --verbose)'}\n`);
  return 0;
});
