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
