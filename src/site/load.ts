/** The site model, built once per build from the content collections. */
import { getCollection } from 'astro:content';
import type { Corpus } from '../schemas/corpus.js';
import { buildModel, type SiteModel } from './model.js';

let model: Promise<SiteModel> | undefined;

export function loadModel(): Promise<SiteModel> {
  model ??= (async () => {
    const strip = <T extends { id: string }>(entries: Array<{ data: T }>) => entries.map((entry) => entry.data);
    const documents = (await getCollection('documents')).map(({ data: { id: _id, ...document } }) => document);
    const order = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
    // The collections have validated every entry already; no second pass over the whole corpus.
    const corpus: Corpus = {
      formatVersion: 1,
      documents: documents.sort(order),
      references: strip(await getCollection('references')).sort((a, b) => a.id.localeCompare(b.id)),
      taxonomy: {
        areas: strip(await getCollection('areas')),
        beneficiaries: strip(await getCollection('beneficiaries')),
        bodies: strip(await getCollection('bodies')),
        abbreviations: (await getCollection('abbreviations')).map(({ data: { id: _id, ...entry } }) => entry),
      },
      site: (await getCollection('site')).map(({ data: { id: _id, ...site } }) => site)[0]!,
    };
    return buildModel(corpus);
  })();
  return model;
}
