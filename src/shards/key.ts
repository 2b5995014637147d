/**
 * A shard's content key: a SHA-256 of everything its pages are made from, so
 * that a shard whose key is unchanged is taken from its last build. That is:
 *
 * - the code that renders it (the digest the caller gives: src/, the Astro
 *   config, the locked dependencies);
 * - the corpus's head without its list of documents (taxonomy, references,
 *   the site's settings): adding a document elsewhere does not touch it;
 * - each of its documents, as the corpus build wrote it;
 * - what its pages show of other documents: the chain of documents it carries
 *   out or that carry it out, where the corpus cites it (with the citing
 *   provision's label), its diagram, and the names of the documents it links
 *   to. A directive added in another shard that cites one of these documents
 *   changes this view, and so the key.
 */
import { createHash } from 'node:crypto';
import { type CrossView, crossView } from '../site/cross.js';
import type { SiteModel } from '../site/model.js';

const sha256 = (text: string | Uint8Array) => createHash('sha256').update(text).digest('hex');

/** What a document's pages show of other documents (src/site/cross.ts), and the names of those it links to, as JSON. */
export function crossDocumentView(slug: string, model: SiteModel, view: CrossView = crossView(slug, model)): string {
  const document = model.documentsBySlug.get(slug);
  if (!document) throw new Error(`the corpus has no document "${slug}"`);
  const linked = [...new Set(document.cites.flatMap((c) => (c.document ? [c.document] : [])))].sort().map((other) => [other, model.documentsBySlug.get(other)?.meta ?? null]);
  return JSON.stringify({ view, linked });
}

export interface KeyInputs {
  /** The digest of the code that renders the site. */
  code: string;
  /** The corpus head as written (head.json's text). */
  head: string;
  /** A document's file as the corpus build wrote it (documents/<slug>.json). */
  documentBytes: (slug: string) => Uint8Array;
  model: SiteModel;
  /** The documents' views, where already worked out (else worked out here). */
  views?: ReadonlyMap<string, CrossView>;
}

/** The head's digest without its list of documents. */
export function headDigest(head: string): string {
  const { documents: _documents, ...rest } = JSON.parse(head) as { documents?: unknown };
  return sha256(JSON.stringify(rest));
}

/** The key of a shard of these documents. */
export function shardKey(slugs: readonly string[], inputs: KeyInputs): string {
  const hash = createHash('sha256');
  hash.update(`code ${inputs.code}\nhead ${headDigest(inputs.head)}\n`);
  for (const slug of slugs) hash.update(`document ${slug} ${sha256(inputs.documentBytes(slug))} ${sha256(crossDocumentView(slug, inputs.model, inputs.views?.get(slug)))}\n`);
  return hash.digest('hex');
}

/** The key of the global part: the code, the whole head, every document. */
export function globalKey(slugs: readonly string[], inputs: Omit<KeyInputs, 'model'>): string {
  const hash = createHash('sha256');
  hash.update(`code ${inputs.code}\nhead ${sha256(inputs.head)}\n`);
  for (const slug of slugs) hash.update(`document ${slug} ${sha256(inputs.documentBytes(slug))}\n`);
  return hash.digest('hex');
}
