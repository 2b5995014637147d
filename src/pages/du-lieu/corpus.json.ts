import type { APIRoute } from 'astro';
import { loadModel } from '../../site/load.js';

/** The whole corpus, as `npm run corpus` validated it. */
export const GET: APIRoute = async () => {
  const model = await loadModel();
  return new Response(`${JSON.stringify(model.corpus)}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
