/** The text the document was read as (for a text source, the source itself). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { everyDocument, textDownload } from '../../../../site/downloads.js';
import { loadModel } from '../../../../site/load.js';

export const getStaticPaths = (async () => everyDocument(await loadModel())) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => textDownload(params.slug!);
