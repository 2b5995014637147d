/**
 * The documents as a portal lists them: newest first (undated last), and
 * the ways in — by type, by issuer, by year — each with its count. Pure.
 */
import type { DirectiveDocument } from '../schemas/document.js';
import { slugify } from '../text/fold.js';
import { COLLATOR } from './model.js';

export interface Facet {
  slug: string;
  label: string;
  documents: DirectiveDocument[];
}

export const UNKNOWN_TYPE = 'Chưa rõ loại văn bản';
export const UNKNOWN_ISSUER = 'Chưa rõ cơ quan ban hành';
export const UNKNOWN_YEAR = 'Chưa rõ năm';
export const UNKNOWN_FIELD = 'Chưa xác định lĩnh vực';
/** Documents on one page of the full list. */
export const PAGE_SIZE = 50;

/** Newest first; a document without a date goes after the dated, ordered by what it was issued after, then by name. */
export function byDate(documents: DirectiveDocument[]): DirectiveDocument[] {
  return [...documents].sort((a, b) => {
    const da = a.meta.date ?? '';
    const db = b.meta.date ?? '';
    if (da !== db) return da === '' ? 1 : db === '' ? -1 : db.localeCompare(da);
    return COLLATOR.compare(a.meta.number ?? a.slug, b.meta.number ?? b.slug) || a.slug.localeCompare(b.slug);
  });
}

function facet(documents: DirectiveDocument[], value: (d: DirectiveDocument) => string, order: (a: Facet, b: Facet) => number): Facet[] {
  const groups = new Map<string, Facet>();
  for (const document of byDate(documents)) {
    const label = value(document);
    const slug = slugify(label) || 'khac';
    const group = groups.get(slug) ?? { slug, label, documents: [] };
    group.documents.push(document);
    groups.set(slug, group);
  }
  return [...groups.values()].sort(order);
}

const bySize = (a: Facet, b: Facet) => b.documents.length - a.documents.length || COLLATOR.compare(a.label, b.label);

export function byType(documents: DirectiveDocument[]): Facet[] {
  return facet(documents, (d) => d.meta.documentType ?? UNKNOWN_TYPE, bySize);
}

export function byIssuer(documents: DirectiveDocument[]): Facet[] {
  return facet(documents, (d) => d.meta.issuer ?? UNKNOWN_ISSUER, bySize);
}

/** By field (Lĩnh vực): the documents whose words or editor name one; those that do not, last. */
export function byField(documents: DirectiveDocument[]): Facet[] {
  return facet(documents, (d) => d.field?.label ?? UNKNOWN_FIELD, (a, b) => (a.label === UNKNOWN_FIELD ? 1 : b.label === UNKNOWN_FIELD ? -1 : bySize(a, b)));
}

export function byYear(documents: DirectiveDocument[]): Facet[] {
  return facet(documents, (d) => d.meta.date?.slice(0, 4) ?? UNKNOWN_YEAR, (a, b) => (a.label === UNKNOWN_YEAR ? 1 : b.label === UNKNOWN_YEAR ? -1 : b.label.localeCompare(a.label)));
}

/** The full list cut into pages. */
export function pages(documents: DirectiveDocument[]): DirectiveDocument[][] {
  const sorted = byDate(documents);
  const out: DirectiveDocument[][] = [];
  for (let i = 0; i < sorted.length; i += PAGE_SIZE) out.push(sorted.slice(i, i + PAGE_SIZE));
  return out.length > 0 ? out : [[]];
}
