/**
 * A body's duties as a calendar (RFC 5545) that phones and Outlook import:
 * dated duties as all-day events, repetitions with their RRULE (calendar.ts).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarOf, exportedDuties } from '../../../site/calendar.js';
import { loadModel } from '../../../site/load.js';
import { dutiesOf } from '../../../site/model.js';

export const getStaticPaths = (async () => (await loadModel()).bodies.map((body) => ({ params: { id: body.id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const model = await loadModel();
  const body = model.bodiesById.get(params.id!)!;
  const duties = exportedDuties([{ id: body.id, name: body.name, duties: dutiesOf(body, model) }], model);
  const text = calendarOf(duties, model, { name: `Việc của ${body.name}`, site: model.corpus.site.url, updated: model.corpus.site.updated });
  return new Response(text, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
