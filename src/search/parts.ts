/**
 * A search record's provisions, one by one (see records.ts): which of them
 * a query or the chosen filters select. Pure: shared by the search page and
 * its tests.
 */
import { looseFold } from './rank.js';
import type { RecordPart } from './records.js';

/** What Pagefind returns for a record (the fields used). */
export interface RecordData {
  url: string;
  content: string;
  meta: Record<string, string>;
}

/** One provision of a record, ready to rank and show. */
export interface PartHit {
  /** Unique in the corpus: its address. */
  id: string;
  url: string;
  title: string;
  about?: string;
  document: string;
  content: string;
  filters: Record<string, string[]>;
}

export function partsOf(data: RecordData): PartHit[] {
  let parts: RecordPart[];
  let own: Record<string, string[]>;
  try {
    parts = JSON.parse(data.meta['parts'] ?? '[]') as RecordPart[];
    own = JSON.parse(data.meta['own'] ?? '{}') as Record<string, string[]>;
  } catch {
    parts = [];
    own = {};
  }
  if (parts.length === 0) return [{ id: data.url, url: data.url, title: data.meta['title'] ?? data.url, document: data.meta['document'] ?? '', content: data.content, filters: {} }];
  return parts.map((p): PartHit => ({
    id: p.url,
    url: p.url,
    title: p.title,
    ...(p.about ? { about: p.about } : {}),
    document: data.meta['document'] ?? '',
    content: data.content.slice(p.start, p.end),
    // The document's values (type, issuer, year) and the provision's own.
    filters: { ...own, ...p.filters },
  }));
}

/**
 * Whether a provision carries the chosen values (any value of a filter,
 * every filter chosen). Pagefind selects whole records; this selects their
 * provisions.
 */
export function passes(part: PartHit, chosen: Record<string, string[]>): boolean {
  return Object.entries(chosen).every(([name, values]) => values.length === 0 || !(name in part.filters) || values.some((v) => part.filters[name]!.includes(v)));
}

/**
 * Whether a provision holds the query as Pagefind reads it — every word of
 * one of its readings, the last one whole or as the start of a word (a word
 * being typed) — by itself, not spread over the record's neighbours.
 */
export function mentions(content: string, readings: string[]): boolean {
  const tokens = (content.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(looseFold);
  const present = new Set(tokens);
  return readings.some((reading) => {
    const wanted = (reading.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(looseFold);
    if (wanted.length === 0) return false;
    const last = wanted.at(-1)!;
    return wanted.slice(0, -1).every((w) => present.has(w)) && (present.has(last) || tokens.some((t) => t.startsWith(last)));
  });
}
