/**
 * The files for download, streamed byte for byte from what the corpus
 * build wrote: a document's original (PDF or Word), the text it was read
 * as, the document as data, and the whole corpus (at 1000 directives a
 * 170 MB file: serialised again, it and its copies were the build's peak
 * of memory). Each file has a route of its own whose name
 * carries its extension (src/pages/van-ban/[slug]/tep/), so that the dev
 * server, which asks pages for a trailing "/", serves them as files too.
 */
import { join } from 'node:path';
import { corpusFile, corpusLayout, readCorpus } from '../corpus/read.js';
import { originalFileName, TEXT_FILE } from './files.js';
import type { SiteModel } from './model.js';
import type { Original } from '../schemas/document.js';
import { rendersDocument } from './part.js';

const MEDIA = {
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
} as const;

type Format = Original['format'];

/** A file the corpus build wrote, streamed byte for byte, not held in memory. */
async function streamed(path: string, type: string): Promise<Response> {
  return new Response(await corpusFile(path), { headers: { 'Content-Type': type } });
}

export const textDownload = (slug: string) => streamed(join(corpusLayout().files(slug), TEXT_FILE), MEDIA.txt);
export const dataDownload = (slug: string) => streamed(corpusLayout().document(slug), MEDIA.json);
export const originalDownload = (slug: string, format: Format) => streamed(join(corpusLayout().files(slug), originalFileName(format)), MEDIA[format]);

/** The whole corpus as `npm run corpus` wrote it, once the reader has validated it. */
export function corpusDownload(): Promise<Response> {
  readCorpus();
  return streamed(corpusLayout().corpus, MEDIA.json);
}

/** Every document, as the routes' paths. */
export function everyDocument(model: SiteModel): Array<{ params: { slug: string } }> {
  return model.documents.filter((document) => rendersDocument(document.slug)).map((document) => ({ params: { slug: document.slug } }));
}

/** Every document that has an original, with its format. */
export function everyOriginal(model: SiteModel): Array<{ params: { slug: string; format: Format } }> {
  return model.documents.flatMap((document) => (document.original && rendersDocument(document.slug) ? [{ params: { slug: document.slug, format: document.original.format } }] : []));
}

/** How many characters a streamed download sends at once. */
const CHUNK = 1 << 16;

/**
 * A download made a part at a time (a spreadsheet, a calendar), sent as a
 * stream of UTF-8: over a whole archive it is longer than one string may be
 * (at 10,000 directives the duties' spreadsheet passes V8's 512 M
 * characters). The bytes are those of the parts joined.
 */
export function streamedText(parts: Iterable<string>, type: string): Response {
  const iterator = parts[Symbol.iterator]();
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      let chunk = '';
      for (let next = iterator.next(); !next.done; next = iterator.next()) {
        chunk += next.value;
        if (chunk.length >= CHUNK) {
          controller.enqueue(encoder.encode(chunk));
          return;
        }
      }
      if (chunk) controller.enqueue(encoder.encode(chunk));
      controller.close();
    },
  });
  return new Response(body, { headers: { 'Content-Type': type } });
}
