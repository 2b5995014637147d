/**
 * Post-build: make every internal address relative, so that the same dist/
 * works from a USB stick (file://), under any sub-path of a server and at a
 * domain root. Astro has no relative `base`, so the built HTML is rewritten:
 * a root-relative address ("/co-quan/") becomes relative to the page
 * ("../co-quan/index.html"); a folder address gets "index.html", because no
 * server adds it over file://. `data-root="/"` on <html> becomes the page's
 * way back to the site root, for scripts.
 */
import { open, readFile } from 'node:fs/promises';
import { join, posix } from 'node:path';
import { walk } from '../files/walk.js';

const ATTRIBUTE = /(\s(?:href|src|action|data-href|data-root))="(\/[^"]*)"/g;

/** Segments of a folder path ("van-ban/x" → ["van-ban", "x"]; "." → []). */
function segments(folder: string): string[] {
  return folder === '.' || folder === '' ? [] : folder.split('/');
}

/** A path `posix.relative` would have to normalise first ("a//b", "./a", "a/../b"). */
const UNUSUAL = /\/\/|(?:^|\/)\.\.?(?:\/|$)/;

/**
 * `posix.relative(from, to)` for a folder `from` already split into
 * segments and a path `to` relative to the same root: by segments, without
 * resolving both against the working folder (the build does this for
 * every address of every page). Unusual paths go to `posix.relative`.
 */
function relativeTo(from: string[], to: string): string {
  if (UNUSUAL.test(to) || from.some((segment) => segment === '..' || segment === '.')) return posix.relative(from.join('/') || '.', to);
  const target = to === '' ? [] : to.split('/');
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  return [...Array<string>(from.length - common).fill('..'), ...target.slice(common)].join('/');
}

/** The relative form of a root-relative address, seen from a page at `page` (a path like "co-quan/x/index.html"). */
export function relativeAddress(page: string, address: string, from: string[] = segments(posix.dirname(page))): string {
  const hashAt = address.indexOf('#');
  const queryAt = address.indexOf('?');
  const cut = [hashAt, queryAt].filter((i) => i !== -1).sort((a, b) => a - b)[0] ?? address.length;
  let path = address.slice(0, cut);
  const rest = address.slice(cut);
  if (address.startsWith('//')) return address; // protocol-relative: not ours
  const isRoot = address === '/' && page !== '';
  if (path.endsWith('/')) path += 'index.html';
  let out = relativeTo(from, path.replace(/^\//, ''));
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
  const from = segments(posix.dirname(page));
  return html.replace(ATTRIBUTE, (_, attribute: string, address: string) => {
    if (attribute.trim() === 'data-root') return `${attribute}="${rootOf(page)}"`;
    return `${attribute}="${relativeAddress(page, address, from)}"`;
  });
}

/** How many pages are read or written at once: enough to keep the file system busy while the main thread rewrites. */
const IN_FLIGHT = 16;

/**
 * Rewrite every page of a built folder. The files are read and written
 * asynchronously, several at a time, so the disk works while pages are
 * rewritten; each is written over from its start and then cut to its new
 * length — never emptied first (ext4 flushes a file emptied and written
 * again as it is closed) nor removed and made again (ext4 without a journal
 * then searches past every file just removed for each one it makes).
 */
export async function rewriteFolder(folder: string): Promise<number> {
  // The 404 page is served at whatever address was missing, at any depth:
  // its addresses stay root-relative (it exists only behind a server).
  const pages = walk(folder).files.filter((page) => page.endsWith('.html') && page !== '404.html');
  let next = 0;
  let failed = false;
  const worker = async () => {
    // After a failure no page is taken up: the others finish the one they hold.
    while (!failed && next < pages.length) {
      const page = pages[next++]!;
      const path = join(folder, page);
      try {
        const html = rewriteHtml(page, await readFile(path, 'utf8'));
        const bytes = Buffer.from(html, 'utf8');
        const file = await open(path, 'r+');
        try {
          await file.write(bytes, 0, bytes.length, 0);
          await file.truncate(bytes.length);
        } finally {
          await file.close();
        }
      } catch (error) {
        failed = true;
        throw new Error(`${path} could not be rewritten with relative addresses: ${(error as Error).message}`, { cause: error });
      }
    }
  };
  const results = await Promise.allSettled(Array.from({ length: IN_FLIGHT }, worker));
  const failure = results.find((result) => result.status === 'rejected');
  if (failure) throw failure.reason;
  return pages.length;
}
