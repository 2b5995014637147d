import type { APIRoute } from 'astro';
import { provisionsCsv } from '../../site/csv.js';
import { loadModel } from '../../site/load.js';

/** One row per provision, for spreadsheets (UTF-8 with BOM). */
export const GET: APIRoute = async () => new Response(provisionsCsv(await loadModel()), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
