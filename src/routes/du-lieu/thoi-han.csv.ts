/** Every body's duties as one spreadsheet, by when they are due (calendar.ts). */
import type { APIRoute } from 'astro';
import { allDuties, dutiesCsv } from '../../site/calendar.js';
import { loadModel } from '../../site/load.js';

export const GET: APIRoute = async () => {
  const model = await loadModel();
  return new Response(dutiesCsv(allDuties(model), model, model.corpus.site.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
