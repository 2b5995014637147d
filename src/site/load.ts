/**
 * The site model, built once per build: the documents from the corpus reader
 * (see src/content.config.ts for why they are not a collection), the
 * registry, the taxonomy and the site's settings from the collections.
 */
import { getCollection } from 'astro:content';
import { readCorpus } from '../corpus/read.js';
import { documentsRead } from './part.js';
import type { Corpus } from '../schemas/corpus.js';
import { buildModel, type SiteModel } from './model.js';

let model: Promise<SiteModel> | undefined;

export function loadModel(): Promise<SiteModel> {
  model ??= (async () => {
    const strip = <T extends { id: string }>(entries: Array<{ data: T }>) => entries.map((entry) => entry.data);
    // A shard's build holds its own documents; what its pages show of the others comes from the plan (src/site/cross.ts).
    const read = readCorpus(undefined, documentsRead());
    const documents = [...read.documents];
    const order = (a: { slug: string }, b: { slug: string }) => a.slug.localeCompare(b.slug);
    // Everything was validated when the corpus was read; no second pass over it.
    const corpus: Corpus = {
      formatVersion: 1,
      documents: documents.sort(order),
      references: strip(await getCollection('references')).sort((a, b) => a.id.localeCompare(b.id)),
      taxonomy: {
        areas: strip(await getCollection('areas')),
        beneficiaries: strip(await getCollection('beneficiaries')),
        bodies: strip(await getCollection('bodies')),
        abbreviations: (await getCollection('abbreviations')).map(({ data: { id: _id, ...entry } }) => entry),
        fields: read.taxonomy.fields,
      },
      site: (await getCollection('site')).map(({ data: { id: _id, ...site } }) => site)[0]!,
    };
    return buildModel(corpus);
  })();
  return model;
}
