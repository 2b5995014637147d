/** The whole corpus, byte for byte as `npm run corpus` wrote it and the reader validated it (src/site/downloads.ts). */
import type { APIRoute } from 'astro';
import { corpusDownload } from '../../site/downloads.js';

export const GET: APIRoute = () => corpusDownload();
