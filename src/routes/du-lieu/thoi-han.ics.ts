/** Every body's dated and recurring duties in one calendar (calendar.ts), streamed: over an archive it is longer than one string. */
import type { APIRoute } from 'astro';
import { allDuties, calendarParts } from '../../site/calendar.js';
import { streamedText } from '../../site/downloads.js';
import { loadModel } from '../../site/load.js';

export const GET: APIRoute = async () => {
  const model = await loadModel();
  const options = { name: model.corpus.site.name, site: model.corpus.site.url, updated: model.corpus.site.updated, withBody: true };
  return streamedText(calendarParts(allDuties(model), model, options), 'text/calendar; charset=utf-8');
};
