/** The document as data: the published JSON of its structure and tags. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { dataDownload, everyDocument } from '../../../../site/downloads.js';
import { loadModel } from '../../../../site/load.js';

export const getStaticPaths = (async () => everyDocument(await loadModel())) satisfies GetStaticPaths;
export const GET: APIRoute = ({ params }) => dataDownload(params.slug!);
