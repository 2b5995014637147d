import type { APIRoute } from 'astro';
import { z } from 'astro/zod';
import { Corpus } from '../../schemas/corpus.js';

/** The JSON Schema of corpus.json, generated from the zod schema that validates it. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(z.toJSONSchema(Corpus, { io: 'output' }), null, 2)}\n`, { headers: { 'Content-Type': 'application/schema+json' } });
