/** The files a document page offers for download, as the corpus build writes them (.corpus/files/<slug>/). Their names are also the names of their routes, in src/pages/van-ban/[slug]/tep/. */
import type { Original } from '../schemas/document.js';

/** The text the document was read as (for a text source, the source itself). */
export const TEXT_FILE = 'van-ban.txt';

/** The document as data: the published JSON of its structure and tags. */
export const DATA_FILE = 'van-ban.json';

/** The original as editors hold it. */
export function originalFileName(format: Original['format']): string {
  return `van-ban-goc.${format}`;
}

/**
 * The name a downloaded file is saved under: what it is, not "van-ban-goc.pdf" —
 * the type, number and date where they are known ("Cong-van-9387-UBND-KT-2026-09-12.pdf"),
 * else the document's folder name.
 */
export function downloadName(document: { slug: string; meta: { documentType: string | null; number: string | null; date: string | null } }, extension: string): string {
  const { documentType, number, date } = document.meta;
  const parts = [documentType, number, date].filter((p): p is string => Boolean(p));
  const name = parts.length > 1 ? parts.join(' ') : document.slug;
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${ascii || document.slug}.${extension}`;
}
