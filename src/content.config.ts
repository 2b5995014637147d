/**
 * Content collections, fed by the corpus that `npm run corpus` writes to
 * .corpus/corpus.json (or to $CORPUS_DIR, for test sites), validated once
 * by the zod schema that defines the published format.
 *
 * The directives themselves are not a collection. Astro's content layer
 * serialises whatever a collection holds into its data store, and the build
 * then compiles that store into a module the pages import: at 1000
 * directives a 115 MB string, parsed again into a second copy of every
 * provision. The site model (src/site/load.ts) takes the documents from the
 * same reader instead, already parsed and validated in this process.
 */
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { readCorpus } from './corpus/read.js';
import { documentsRead } from './site/part.js';
import type { Reference } from './schemas/reference.js';
import type { SiteConfig } from './schemas/site.js';
import type { Abbreviation, Area, Beneficiary, Body } from './schemas/taxonomy.js';

/** Read and validated once per build (src/corpus/read.ts): every collection loads from the same corpus (a shard's build, its own documents). */
const corpus = () => readCorpus(undefined, documentsRead());

/**
 * The corpus is validated as a whole when it is read; the collections take
 * its parts as they are (typed, not checked again: at 1000 directives a
 * second pass over every document cost seconds and memory).
 */
const checked = <T>() => z.custom<T>(() => true);

export const collections = {
  references: defineCollection({
    loader: async () => corpus().references,
    schema: checked<Reference>(),
  }),
  areas: defineCollection({
    loader: async () => corpus().taxonomy.areas,
    schema: checked<Area>(),
  }),
  beneficiaries: defineCollection({
    loader: async () => corpus().taxonomy.beneficiaries,
    schema: checked<Beneficiary>(),
  }),
  bodies: defineCollection({
    loader: async () => corpus().taxonomy.bodies,
    schema: checked<Body>(),
  }),
  abbreviations: defineCollection({
    loader: async () => corpus().taxonomy.abbreviations.map((entry) => ({ id: entry.abbr.replace(/[^A-Za-z0-9Đđ]+/g, '-'), ...entry })),
    schema: checked<Abbreviation & { id: string }>(),
  }),
  site: defineCollection({
    loader: async () => [{ id: 'site', ...corpus().site }],
    schema: checked<SiteConfig & { id: string }>(),
  }),
};
