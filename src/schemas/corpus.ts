import { z } from 'zod';
import { DirectiveDocument } from './document.js';
import { Reference } from './reference.js';
import { PublishedSite } from './site.js';
import { Taxonomy } from './taxonomy.js';

/** The whole corpus as the site reads it and as it is published for download. */
export const Corpus = z.strictObject({
  /** Version of this format; raised on any incompatible change. */
  formatVersion: z.literal(1),
  documents: z.array(DirectiveDocument),
  references: z.array(Reference),
  taxonomy: Taxonomy,
  /** Who publishes the site, and where (content/site.yaml). */
  site: PublishedSite,
});
export type Corpus = z.infer<typeof Corpus>;
