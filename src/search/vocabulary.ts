/**
 * What the search page needs to read queries the way Vietnamese is typed:
 * - the corpus's own words written with "đ", by how they are typed without
 *   it ("dang" → "đang", Pagefind's accent-free form of "đảng"): Pagefind
 *   folds accents but not "đ" to "d";
 * - abbreviations and their expansions, both ways (BHYT ↔ bảo hiểm y tế);
 * - the documents a reader may name by number or short name ("KL 92",
 *   "KL92", "Kết luận 92", "92-KL/TW", "92 KL TW"): the cited documents and
 *   the corpus's own, each with what to search for and its page.
 */
import type { Corpus } from '../schemas/corpus.js';
import { documentName } from '../site/text.js';
import { urls } from '../site/urls.js';
import { numberedName } from '../text/document-name.js';
import { fold } from '../text/fold.js';

/**
 * A document a reader can name: its type and number (the printed forms of
 * the number are derived from them, on the page, to keep the page small),
 * other names it goes by, what to search for, its page.
 */
export interface NamedDocument {
  type: string | null;
  number: string;
  /** Other names: a short name, the ways texts cite it. */
  names?: string[];
  /** The query that finds the provisions citing or carrying it out. */
  query: string;
  title: string;
  /** Its page on the site. */
  href: string;
}

/** "Kết luận số 92-KL/TW" → "ketluanso92kltw". */
export function compact(text: string): string {
  return fold(text.normalize('NFC')).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The forms a number is typed in: "92-KL/TW" → 92-KL/TW, 92 KL, KL 92 (and with the type's name). */
export function numberForms(documentType: string | null, number: string): string[] {
  const match = /^([\d.]+)(?:\/\d{4})?[-/]([\p{L}Đđ]+)/u.exec(number);
  const forms = [number];
  if (match) {
    const [, n, code] = match;
    forms.push(`${n} ${code}`, `${code} ${n}`);
    if (documentType) forms.push(`${documentType} ${n}`, `${documentType} số ${n}`);
  }
  if (documentType) forms.push(`${documentType} ${number}`, `${documentType} số ${number}`);
  return forms;
}

export interface SearchVocabulary {
  /** Typed form (no accents, d for đ) → the forms Pagefind indexed (no accents, đ kept). */
  dWords: Record<string, string[]>;
  abbreviations: Array<{ abbr: string; expansion: string }>;
  documents: NamedDocument[];
}

/** Lower case without accents, "đ" kept — how Pagefind folds a word. */
export function pagefindFold(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .toLowerCase();
}

export function searchVocabulary(corpus: Corpus): SearchVocabulary {
  const dWords = new Map<string, Set<string>>();
  const add = (text: string) => {
    for (const word of text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
      if (!/[đĐ]/.test(word)) continue;
      const typed = fold(word);
      if (!dWords.has(typed)) dWords.set(typed, new Set());
      dWords.get(typed)!.add(pagefindFold(word));
    }
  };
  const walk = (provisions: Corpus['documents'][number]['provisions']) => {
    for (const p of provisions) {
      add([p.label, p.heading ?? '', ...p.paragraphs].join(' '));
      walk(p.children);
    }
  };
  for (const document of corpus.documents) walk(document.provisions);
  const documents: NamedDocument[] = [];
  for (const r of corpus.references) {
    const n = /^[\d.]+/.exec(r.number)?.[0];
    const names = [...new Set([r.shortName, ...r.citedAs.filter((c) => !c.includes('{'))])];
    documents.push({ type: r.documentType, number: r.number, names, query: n ? `${r.documentType} ${n}` : r.shortName, title: numberedName(r.documentType, r.number), href: urls.reference(r.id) });
  }
  for (const d of corpus.documents) {
    if (!d.meta.number) continue;
    const n = /^[\d.]+/.exec(d.meta.number)?.[0];
    documents.push({
      type: d.meta.documentType,
      number: d.meta.number,
      query: n && d.meta.documentType ? `${d.meta.documentType} ${n}` : d.meta.number,
      title: documentName(d.meta),
      href: urls.document(d.slug),
    });
  }
  return {
    dWords: Object.fromEntries([...dWords.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()])),
    abbreviations: corpus.taxonomy.abbreviations.filter((a) => /^\p{Lu}{2,}$/u.test(a.abbr)).map(({ abbr, expansion }) => ({ abbr, expansion })),
    documents,
  };
}
