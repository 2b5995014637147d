/** A body's duties as a spreadsheet, by when they are due (calendar.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { byDue, dutiesCsv, exportedDuties } from '../../../site/calendar.js';
import { loadModel } from '../../../site/load.js';
import { dutiesOf } from '../../../site/model.js';

export const getStaticPaths = (async () => (await loadModel()).bodies.map((body) => ({ params: { id: body.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await loadModel();
  const body = model.bodiesById.get(params.id!)!;
  const duties = byDue(exportedDuties([{ id: body.id, name: body.name, duties: dutiesOf(body, model) }], model), model);
  return new Response(dutiesCsv(duties, model, model.corpus.site.url), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
