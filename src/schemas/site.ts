import { z } from 'zod';
import { IsoDate, WebAddress } from './common.js';
import { ReadingSettings } from './reading.js';

/**
 * `shards:` in `content/site.yaml`: which documents build together
 * (`npm run shard`). `by: province` puts a document with the province of its
 * issuer (central bodies together as `trung-uong`); `by: year` with its year;
 * `by: field` with its field (Lĩnh vực), which an editor can set in meta.yaml.
 */
export const ShardRule = z.strictObject({
  by: z.enum(['province', 'year', 'field']),
});
export type ShardRule = z.infer<typeof ShardRule>;

/** What the site publishes of site.yaml (in corpus.json): who publishes it and where it lives. */
const published = {
  /** The site's name, in its header and every page title. */
  name: z.string().min(1),
  /** One line under the name on the home page. */
  tagline: z.string().min(1),
  /** Who publishes the site (not the issuers of the documents). */
  publisher: z.string().min(1),
  /** How to reach the publisher: an address, an e-mail, a telephone. Null when none is public yet. */
  contact: z.string().min(1).nullable().default(null),
  /**
   * The site's public address. Copied links and citations use it, so that
   * they work for whoever receives them (never `index.html`, never a
   * `file://` address). Null when the site is not published yet.
   */
  url: WebAddress.nullable().default(null),
  /** When the corpus was last updated (YYYY-MM-DD). */
  updated: IsoDate,
  /** Shown on every page: what this copy is and is not. */
  notice: z.string().min(1),
};

/**
 * `content/site.yaml`: who publishes the site and where it lives. One file,
 * read by every page's header and footer, by the copy-link and citation
 * controls, and by the offline package; and, for the corpus build only,
 * what reading an original may cost.
 */
export const SiteConfig = z.strictObject({
  ...published,
  /** What reading one original may cost, and OCR processes at once (src/schemas/reading.ts). Absent: the defaults. */
  reading: ReadingSettings.optional(),
  /** How the site is cut into shards that build on their own (src/shards/plan.ts). Absent: one shard of everything. */
  shards: ShardRule.optional(),
});
export type SiteConfig = z.infer<typeof SiteConfig>;

/**
 * site.yaml as the corpus publishes it: the build's reading settings are
 * dropped (not refused), so they never reach corpus.json or its schema.
 */
export const PublishedSite = z.object(published);
export type PublishedSite = z.infer<typeof PublishedSite>;
