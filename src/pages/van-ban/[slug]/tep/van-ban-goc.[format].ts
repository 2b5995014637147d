/** The original as editors hold it (PDF or Word), byte for byte. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { everyOriginal, originalDownload } from '../../../../site/downloads.js';
import { loadModel } from '../../../../site/load.js';

export const getStaticPaths = (async () => everyOriginal(await loadModel())) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => originalDownload(params.slug!, params.format as 'pdf' | 'docx');
