/**
 * Which shard each document builds in, by the rule in content/site.yaml
 * (`shards: { by: province | year | field }`). A shard is a name fit for a
 * folder and a job ("quang-ngai", "2026", "xay-dung-dang"); its documents are
 * listed in the corpus's order. A province is read off the issuer and the
 * header's superior body, as the parser reads a document's jurisdiction
 * (src/parser/tags/jurisdiction.ts). Pure: the corpus's documents and vocabulary
 * in, the plan out.
 */
import { jurisdictionOf } from '../parser/tags/jurisdiction.js';
import type { Vocabulary } from '../parser/vocabulary.js';
import type { DirectiveDocument } from '../schemas/document.js';
import type { ShardRule } from '../schemas/site.js';

/** Every document in one shard: the site without a rule. */
export const WHOLE = 'tat-ca';
/** Documents whose issuer is a central body (Ban Bí thư, a ministry). */
export const CENTRAL = 'trung-uong';
/** Documents whose province, year or field cannot be told: kept together, never dropped. */
export const UNKNOWN = 'chua-ro';

/** A shard's name: lower-case letters, digits and hyphens, as a folder and a CI job take it. */
export const SHARD_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface ShardPlan {
  rule: ShardRule | null;
  /** Shard names in order, each with its documents' slugs in the corpus's order. */
  shards: Array<{ name: string; slugs: string[] }>;
}

/** The shard a document builds in. */
export function shardOf(document: DirectiveDocument, rule: ShardRule | null, vocabulary: Vocabulary): string {
  if (!rule) return WHOLE;
  switch (rule.by) {
    case 'year':
      return document.meta.date?.slice(0, 4) ?? UNKNOWN;
    case 'field':
      return document.field?.id ?? UNKNOWN;
    case 'province': {
      const at = jurisdictionOf(document.meta, document.header, vocabulary);
      if (!at) return UNKNOWN;
      if (at.central) return CENTRAL;
      // A district or commune whose province the document does not name builds apart, under its own name.
      return at.province?.slug ?? at.district?.slug ?? at.commune?.slug ?? UNKNOWN;
    }
  }
}

/** The plan for a corpus: every document in exactly one shard; shards by name. */
export function planShards(documents: readonly DirectiveDocument[], rule: ShardRule | null, vocabulary: Vocabulary): ShardPlan {
  const shards = new Map<string, string[]>();
  for (const document of documents) {
    const name = shardOf(document, rule, vocabulary);
    if (!SHARD_NAME.test(name)) throw new Error(`${document.slug}: shard name "${name}" is not lower-case letters, digits and hyphens`);
    const list = shards.get(name);
    if (list) list.push(document.slug);
    else shards.set(name, [document.slug]);
  }
  return {
    rule,
    shards: [...shards.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([name, slugs]) => ({ name, slugs })),
  };
}
