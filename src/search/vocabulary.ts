/**
 * What the search page needs to read queries the way Vietnamese is typed:
 * - the corpus's own words written with "đ", by how they are typed without
 *   it ("dang" → "đang", Pagefind's accent-free form of "đảng"): Pagefind
 *   folds accents but not "đ" to "d";
 * - abbreviations and their expansions, both ways (BHYT ↔ bảo hiểm y tế);
 * - the documents a reader may name by number or short name ("KL 92",
 *   "KL92", "Kết luận 92", "92-KL/TW", "92 KL TW", the bare "9387", "CV
 *   2775" by the type's letters): the cited documents and the corpus's own
 *   (one printed blank by the number the corpus cites it by), each with what
 *   to search for and its page.
 */
import type { Corpus } from '../schemas/corpus.js';
import type { Citation } from '../schemas/document.js';
import { TYPE_BY_CODE } from '../text/document-types.js';
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
  const match = /^([\d.]+)(?:\/\d{4})?\s*[-/]\s*([\p{L}Đđ]+)/u.exec(number);
  const forms = [number];
  if (match) {
    const [, n, code] = match;
    forms.push(`${n} ${code}`, `${code} ${n}`, n!);
    if (documentType) forms.push(`${documentType} ${n}`, `${documentType} số ${n}`);
    // "CV 2775", "KH 11": the type's own letters, where they are not the number's ("2775/SNV-CCHC" is a Công văn).
    const typeCode = documentType ? Object.entries(TYPE_BY_CODE).find(([, name]) => compact(name) === compact(documentType) || compact(documentType).startsWith(compact(name)))?.[0] : undefined;
    if (typeCode) forms.push(`${typeCode} ${n}`, `${typeCode} số ${n}`);
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
  // A corpus document whose number is printed blank is known by the number the corpus cites it by (src/corpus/links.ts).
  const citedAs = new Map<string, Set<string>>();
  const note = (c: Citation) => {
    if (c.document && c.number) citedAs.set(c.document, (citedAs.get(c.document) ?? new Set()).add(c.number));
  };
  const walkCitations = (provisions: Corpus['documents'][number]['provisions']): void => {
    for (const p of provisions) {
      for (const c of p.references) note(c);
      walkCitations(p.children);
    }
  };
  for (const d of corpus.documents) {
    for (const p of [...d.preamble, ...d.closing]) for (const c of p.references) note(c);
    walkCitations(d.provisions);
  }
  for (const d of corpus.documents) {
    const number = d.meta.number ?? (citedAs.get(d.slug)?.size === 1 ? [...citedAs.get(d.slug)!][0]! : null);
    if (!number) continue;
    const n = /^[\d.]+/.exec(number)?.[0];
    documents.push({
      type: d.meta.documentType,
      number,
      query: n && d.meta.documentType ? `${d.meta.documentType} ${n}` : number,
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
