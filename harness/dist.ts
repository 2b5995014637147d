/** Reading a built site (dist/) in tests. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { walk } from '../src/files/walk.js';

export const DIST = 'dist';

/** Fail with a clear sentence when the site has not been built. */
export function requireBuild(folder = DIST): void {
  if (!existsSync(join(folder, 'index.html'))) {
    throw new Error(`${folder}/index.html is missing: run \`npm run build\` before \`npm test\``);
  }
}

/** Every file of a folder (the built site by default), as relative paths, sorted. */
export function files(folder = DIST): string[] {
  return walk(folder).files;
}

export function html(path: string, folder = DIST): string {
  return readFileSync(join(folder, path), 'utf8');
}

/** One page of each type, for checks that go page type by page type. */
export const PAGE_TYPES: Record<string, string> = {
  home: 'index.html',
  catalogue: 'danh-muc/index.html',
  catalogueFacet: 'danh-muc/co-quan/ban-thuong-vu-tinh-uy-quang-ngai/index.html',
  document: 'van-ban/quang-ngai-thuc-hien-ket-luan-92/index.html',
  provision: 'van-ban/quang-ngai-thuc-hien-ket-luan-92/muc-2__gach-3/index.html',
  bodies: 'co-quan/index.html',
  body: 'co-quan/ban-can-su-dang-uy-ban-nhan-dan-tinh-quang-ngai/index.html',
  areas: 'linh-vuc/index.html',
  area: 'linh-vuc/giao-duc/index.html',
  beneficiary: 'doi-tuong/nguoi-co-cong/index.html',
  matrix: 'ma-tran/index.html',
  references: 'van-ban-dan-chieu/index.html',
  reference: 'van-ban-dan-chieu/nghi-quyet-15/index.html',
  glossary: 'thuat-ngu/index.html',
  data: 'du-lieu/index.html',
  about: 'gioi-thieu/index.html',
  search: 'tim-kiem/index.html',
  notFound: '404.html',
};

/** Attribute values of a kind in an HTML string (enough for our own, well-formed output). */
export function attributes(source: string, tag: string, attribute: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, 'g');
  for (const found of source.matchAll(re)) out.push(found[1]!.replace(/&amp;/g, '&'));
  return out;
}

/** Element ids of a page. */
export function ids(source: string): Set<string> {
  return new Set([...source.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** How two built sites differ: the files only one has, and those whose bytes differ (none: the same site). */
export function siteDifferences(a: string, b: string): string[] {
  const left = new Set(walk(a).files);
  const right = new Set(walk(b).files);
  const out = [...left].filter((f) => !right.has(f)).map((f) => `only in ${a}: ${f}`);
  out.push(...[...right].filter((f) => !left.has(f)).map((f) => `only in ${b}: ${f}`));
  for (const file of left) if (right.has(file) && !readFileSync(join(a, file)).equals(readFileSync(join(b, file)))) out.push(`differs: ${file}`);
  return out.sort();
}
