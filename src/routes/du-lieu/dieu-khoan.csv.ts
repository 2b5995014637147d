import type { APIRoute } from 'astro';
import { provisionsCsvLines } from '../../site/csv.js';
import { streamedText } from '../../site/downloads.js';
import { loadModel } from '../../site/load.js';

/** One row per provision, for spreadsheets (UTF-8 with BOM), streamed: over an archive it is longer than one string. */
export const GET: APIRoute = async () => streamedText(provisionsCsvLines(await loadModel()), 'text/csv; charset=utf-8');
