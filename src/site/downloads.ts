/**
 * A document's files for download, streamed byte for byte from what the
 * corpus build wrote: its original (PDF or Word), the text it was read as,
 * and the document as data. Each file has a route of its own whose name
 * carries its extension (src/pages/van-ban/[slug]/tep/), so that the dev
 * server, which asks pages for a trailing "/", serves them as files too.
 */
import { join } from 'node:path';
import { corpusDir, corpusFile } from '../corpus/read.js';
import { originalFileName, TEXT_FILE } from './files.js';
import type { SiteModel } from './model.js';
import type { Original } from '../schemas/document.js';

const MEDIA = {
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

type Format = Original['format'];

/** Where the corpus build wrote each download of a document. */
const PATHS = {
  text: (slug: string) => join(corpusDir(), 'files', slug, TEXT_FILE),
  data: (slug: string) => join(corpusDir(), 'documents', `${slug}.json`),
  original: (slug: string, format: Format) => join(corpusDir(), 'files', slug, originalFileName(format)),
};

export async function textDownload(slug: string): Promise<Response> {
  return new Response(await corpusFile(PATHS.text(slug)), { headers: { 'Content-Type': MEDIA.txt } });
}

export async function dataDownload(slug: string): Promise<Response> {
  return new Response(await corpusFile(PATHS.data(slug)), { headers: { 'Content-Type': MEDIA.json } });
}

export async function originalDownload(slug: string, format: Format): Promise<Response> {
  return new Response(await corpusFile(PATHS.original(slug, format)), { headers: { 'Content-Type': MEDIA[format] } });
}

/** Every document, as the routes' paths. */
export function everyDocument(model: SiteModel): Array<{ params: { slug: string } }> {
  return model.documents.map((document) => ({ params: { slug: document.slug } }));
}

/** Every document that has an original, with its format. */
export function everyOriginal(model: SiteModel): Array<{ params: { slug: string; format: Format } }> {
  return model.documents.flatMap((document) => (document.original ? [{ params: { slug: document.slug, format: document.original.format } }] : []));
}
