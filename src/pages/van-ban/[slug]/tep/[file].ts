/**
 * A document's files for download: its original (PDF or Word, byte for
 * byte) and the text it was read as, as the corpus build wrote them; and
 * the document as data (JSON), as the corpus build wrote it.
 */
import { join } from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';
import { corpusDir, corpusFile } from '../../../../corpus/read.js';
import { DATA_FILE, originalFileName, TEXT_FILE } from '../../../../site/files.js';
import { loadModel } from '../../../../site/load.js';

const MEDIA: Record<string, string> = {
  txt: 'text/plain; charset=utf-8',
  json: 'application/json; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export const getStaticPaths = (async () => {
  const model = await loadModel();
  return model.documents.flatMap((document) => [
    { params: { slug: document.slug, file: TEXT_FILE } },
    { params: { slug: document.slug, file: DATA_FILE } },
    ...(document.original ? [{ params: { slug: document.slug, file: originalFileName(document.original.format) } }] : []),
  ]);
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // The document as data: the file the corpus build wrote beside corpus.json, byte for byte.
  const path = params.file === DATA_FILE ? join(corpusDir(), 'documents', `${params.slug!}.json`) : join(corpusDir(), 'files', params.slug!, params.file!);
  const extension = params.file!.slice(params.file!.lastIndexOf('.') + 1);
  return new Response(await corpusFile(path), { headers: { 'Content-Type': MEDIA[extension] ?? 'application/octet-stream' } });
};
