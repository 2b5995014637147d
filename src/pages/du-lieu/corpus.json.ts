import { join } from 'node:path';
import type { APIRoute } from 'astro';
import { corpusDir, corpusFile, readCorpus } from '../../corpus/read.js';

/**
 * The whole corpus, byte for byte as `npm run corpus` wrote it and the
 * reader validated it. Streamed from the file, not serialised again: at 1000
 * directives a 170 MB string and its copies were the build's peak of memory.
 */
export const GET: APIRoute = async () => {
  readCorpus(corpusDir());
  return new Response(await corpusFile(join(corpusDir(), 'corpus.json')), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
