import type { APIRoute } from 'astro';
import { loadModel } from '../../site/load.js';
import { searchVocabulary } from '../../search/vocabulary.js';

/** The words and abbreviations the search page expands queries with. */
export const GET: APIRoute = async () =>
  new Response(JSON.stringify(searchVocabulary((await loadModel()).corpus)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
