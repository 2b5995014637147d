/**
 * What the search page needs to read queries the way Vietnamese is typed:
 * - the corpus's own words written with "đ", by how they are typed without
 *   it ("dang" → "đang", Pagefind's accent-free form of "đảng"): Pagefind
 *   folds accents but not "đ" to "d";
 * - abbreviations and their expansions, both ways (BHYT ↔ bảo hiểm y tế).
 */
import type { Corpus } from '../schemas/corpus.js';
import { fold } from '../text/fold.js';

export interface SearchVocabulary {
  /** Typed form (no accents, d for đ) → the forms Pagefind indexed (no accents, đ kept). */
  dWords: Record<string, string[]>;
  abbreviations: Array<{ abbr: string; expansion: string }>;
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
  return {
    dWords: Object.fromEntries([...dWords.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, [...v].sort()])),
    abbreviations: corpus.taxonomy.abbreviations.filter((a) => /^\p{Lu}{2,}$/u.test(a.abbr)).map(({ abbr, expansion }) => ({ abbr, expansion })),
  };
}
