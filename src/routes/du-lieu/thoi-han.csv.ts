/** Every body's duties as one spreadsheet, by when they are due (calendar.ts), streamed: over an archive it is longer than one string. */
import type { APIRoute } from 'astro';
import { allDuties, dutiesCsvLines } from '../../site/calendar.js';
import { streamedText } from '../../site/downloads.js';
import { loadModel } from '../../site/load.js';

export const GET: APIRoute = async () => {
  const model = await loadModel();
  return streamedText(dutiesCsvLines(allDuties(model), model, model.corpus.site.url), 'text/csv; charset=utf-8');
};
