/**
 * Documents the corpus cites that are neither in it nor in the registry:
 * each still a place, with what the citations say of it — its number, the
 * type and date they give, the words of every citing sentence — labelled
 * as cited, never as verified, and every provision citing it. One per
 * page id the corpus build gave its citations (number and year:
 * src/corpus/links.ts). Pure and linear in the citations.
 */
import type { Citation, DirectiveDocument, Provision } from '../schemas/document.js';
import { TYPE_BY_CODE } from '../text/document-types.js';
import { fold } from '../text/fold.js';

export interface CitedDocument {
  /** Its page's id: the number and year as a slug ("39-ctr-tu-2026"). */
  id: string;
  /** The number as first cited. */
  number: string;
  /** The type the citations give ("Chương trình hành động"), else the one its number's letters name, else null. */
  type: string | null;
  /** The dates the citations give, each once, in order. */
  dates: string[];
  /** Every citation: the citing document, the provision key (null: preamble or closing), the citation's words and the sentence it stands in. */
  citations: Array<{ from: string; key: string | null; text: string; sentence: string }>;
}

function provisionsOf(list: Provision[]): Provision[] {
  return list.flatMap((p) => [p, ...provisionsOf(p.children)]);
}

/** The sentence of `text` a citation stands in, at most 300 characters around it. */
function sentenceOf(text: string, citation: string): string {
  const at = text.indexOf(citation);
  if (at < 0) return citation;
  const start = Math.max(text.lastIndexOf('. ', at) + 2, at - 150, 0);
  const ends = [text.indexOf('. ', at + citation.length), text.indexOf('; ', at + citation.length)].filter((i) => i >= 0);
  const end = Math.min(ends.length > 0 ? Math.min(...ends) + 1 : text.length, at + citation.length + 150);
  return `${start > 0 ? '… ' : ''}${text.slice(start, end).trim()}${end < text.length ? ' …' : ''}`;
}

/** The type a citation's words give before the number ("Chương trình hành động số 104-CTr/TU"), as printed. */
function typeOf(citation: Citation): string | null {
  const before = citation.text.slice(0, citation.text.indexOf(citation.number ?? '\u0000')).replace(/\s*(?:số|Số)?\s*$/u, '').trim();
  if (before.length > 2 && /^\p{Lu}/u.test(before)) return before;
  const code = /^[\d.]+(?:\/\d{4})?\s*[-/]\s*([\p{L}]+)/u.exec(citation.number ?? '')?.[1];
  const byCode = code ? Object.entries(TYPE_BY_CODE).find(([key]) => fold(key) === fold(code))?.[1] : undefined;
  return byCode ?? null;
}

/** The documents the corpus cites by number that link nowhere, most cited first (then by number). */
export function citedElsewhere(documents: DirectiveDocument[], keysOf: (slug: string, id: string) => string): CitedDocument[] {
  type Mention = { citation: Citation; from: string; key: string | null; text: string };
  const mentions: Mention[] = [];
  for (const document of documents) {
    const add = (citation: Citation, key: string | null, text: string) => {
      if (citation.cited) mentions.push({ citation, from: document.slug, key, text });
    };
    for (const p of document.preamble) for (const c of p.references) add(c, null, p.text);
    for (const p of provisionsOf(document.provisions)) for (const c of p.references) add(c, keysOf(document.slug, p.id), `${p.heading ?? ''} ${p.text}`.trim());
    for (const p of document.closing) for (const c of p.references) add(c, null, p.text);
  }
  const byId = new Map<string, CitedDocument>();
  for (const { citation, from, key, text } of mentions) {
    const id = citation.cited!;
    let entry = byId.get(id);
    if (!entry) {
      entry = { id, number: citation.number!, type: typeOf(citation), dates: [], citations: [] };
      byId.set(id, entry);
    }
    entry.type ??= typeOf(citation);
    if (citation.date && !entry.dates.includes(citation.date)) entry.dates.push(citation.date);
    entry.citations.push({ from, key, text: citation.text, sentence: sentenceOf(text, citation.text) });
  }
  return [...byId.values()].sort((a, b) => b.citations.length - a.citations.length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
