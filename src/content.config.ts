/**
 * Content collections, fed by the corpus that `npm run corpus` writes to
 * .corpus/corpus.json (or to $CORPUS_DIR, for test sites). Each entry is
 * validated by the same zod schemas that define the published format.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { Corpus } from './schemas/corpus.js';
import { DirectiveDocument } from './schemas/document.js';
import { Reference } from './schemas/reference.js';
import { SiteConfig } from './schemas/site.js';
import { Abbreviation, Area, Beneficiary, Body } from './schemas/taxonomy.js';

/** Read and validate once per build: every collection loads from the same corpus. */
let cached: Corpus | undefined;
function corpus(): Corpus {
  cached ??= readCorpus();
  return cached;
}

function readCorpus(): Corpus {
  const path = join(process.env['CORPUS_DIR'] ?? '.corpus', 'corpus.json');
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch {
    throw new Error(`${path} is missing: run \`npm run corpus\` (or \`npm run build\`, which runs it) first`);
  }
  return Corpus.parse(JSON.parse(text));
}

export const collections = {
  documents: defineCollection({
    loader: async () => corpus().documents.map((document) => ({ id: document.slug, ...document })),
    schema: DirectiveDocument.extend({ id: z.string() }),
  }),
  references: defineCollection({
    loader: async () => corpus().references,
    schema: Reference,
  }),
  areas: defineCollection({
    loader: async () => corpus().taxonomy.areas,
    schema: Area,
  }),
  beneficiaries: defineCollection({
    loader: async () => corpus().taxonomy.beneficiaries,
    schema: Beneficiary,
  }),
  bodies: defineCollection({
    loader: async () => corpus().taxonomy.bodies,
    schema: Body,
  }),
  abbreviations: defineCollection({
    loader: async () => corpus().taxonomy.abbreviations.map((entry) => ({ id: entry.abbr.replace(/[^A-Za-z0-9Đđ]+/g, '-'), ...entry })),
    schema: Abbreviation.extend({ id: z.string() }),
  }),
  site: defineCollection({
    loader: async () => [{ id: 'site', ...corpus().site }],
    schema: SiteConfig.extend({ id: z.string() }),
  }),
};
