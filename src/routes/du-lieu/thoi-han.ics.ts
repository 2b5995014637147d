/** Every body's dated and recurring duties in one calendar (calendar.ts). */
import type { APIRoute } from 'astro';
import { allDuties, calendarOf } from '../../site/calendar.js';
import { loadModel } from '../../site/load.js';

export const GET: APIRoute = async () => {
  const model = await loadModel();
  const text = calendarOf(allDuties(model), model, { name: model.corpus.site.name, site: model.corpus.site.url, updated: model.corpus.site.updated, withBody: true });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
