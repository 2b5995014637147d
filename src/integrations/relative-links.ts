/**
 * Post-build: make every internal address relative, so that the same dist/
 * works from a USB stick (file://), under any sub-path of a server and at a
 * domain root. Astro has no relative `base`, so the built HTML is rewritten:
 * a root-relative address ("/co-quan/") becomes relative to the page
 * ("../co-quan/index.html"); a folder address gets "index.html", because no
 * server adds it over file://. `data-root="/"` on <html> becomes the page's
 * way back to the site root, for scripts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { walk } from '../files/walk.js';

const ATTRIBUTE = /(\s(?:href|src|action|data-href|data-root))="(\/[^"]*)"/g;

/** The relative form of a root-relative address, seen from a page at `page` (a path like "co-quan/x/index.html"). */
export function relativeAddress(page: string, address: string): string {
  const hashAt = address.indexOf('#');
  const queryAt = address.indexOf('?');
  const cut = [hashAt, queryAt].filter((i) => i !== -1).sort((a, b) => a - b)[0] ?? address.length;
  let path = address.slice(0, cut);
  const rest = address.slice(cut);
  if (address.startsWith('//')) return address; // protocol-relative: not ours
  const isRoot = address === '/' && page !== '';
  if (path.endsWith('/')) path += 'index.html';
  const from = posix.dirname(page);
  let out = posix.relative(from, path.replace(/^\//, ''));
  if (isRoot && out === '') out = 'index.html';
  if (out === '') out = posix.basename(path);
  return `${out}${rest}`;
}

/** The page's way back to the site root ("", "../", "../../"). */
export function rootOf(page: string): string {
  const depth = page.split('/').length - 1;
  return '../'.repeat(depth);
}

export function rewriteHtml(page: string, html: string): string {
  return html.replace(ATTRIBUTE, (_, attribute: string, address: string) => {
    if (attribute.trim() === 'data-root') return `${attribute}="${rootOf(page)}"`;
    return `${attribute}="${relativeAddress(page, address)}"`;
  });
}

export function rewriteFolder(folder: string): number {
  let count = 0;
  for (const page of walk(folder).files) {
    // The 404 page is served at whatever address was missing, at any depth:
    // its addresses stay root-relative (it exists only behind a server).
    if (!page.endsWith('.html') || page === '404.html') continue;
    const path = join(folder, page);
    writeFileSync(path, rewriteHtml(page, readFileSync(path, 'utf8')));
    count++;
  }
  return count;
}
