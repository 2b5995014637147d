/**
 * Query expansion, shared by the search page and its tests. Pure: no DOM,
 * no Pagefind. Given what the user typed, the queries to run, best first.
 */
import { looseFold } from './rank.js';
import { compact, numberForms, type NamedDocument, type SearchVocabulary } from './vocabulary.js';

/** Fold as the typed form is keyed: lower case, no accents, "đ" → "d". */
const typedFold = looseFold;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The queries to run for what was typed: with "d" read as "đ" where the
 * corpus has such a word, with abbreviations expanded or contracted, and the
 * query as typed. Duplicates removed; at most a handful.
 */
export function expandQuery(query: string, vocabulary: SearchVocabulary): string[] {
  const typed = query.normalize('NFC').trim().replace(/\s+/g, ' ');
  if (typed === '') return [];
  const out: string[] = [];
  const push = (q: string) => {
    const clean = q.trim().replace(/\s+/g, ' ');
    if (clean && !out.includes(clean)) out.push(clean);
  };
  // "d" typed for "đ": every word that could be a đ-word becomes it.
  const words = typed.split(' ');
  const withD = words.map((word) => (/[đĐ]/.test(word) ? word : vocabulary.dWords[typedFold(word)]?.[0] ?? word));
  if (withD.some((w, i) => w !== words[i])) push(withD.join(' '));
  // A document named by its number or short name: the provisions that cite it.
  for (const named of documentsNamed(typed, vocabulary)) push(named.query);
  // Abbreviations both ways, typed in any case, with or without "Đ" ("hdnd" is HĐND).
  for (const base of [withD.join(' '), typed]) {
    for (const { abbr, expansion } of vocabulary.abbreviations) {
      const key = typedFold(abbr);
      const tokens = base.split(' ');
      if (tokens.some((t) => typedFold(t) === key)) push(tokens.map((t) => (typedFold(t) === key ? expansion : t)).join(' '));
      const expansionRe = new RegExp(escapeRegExp(typedFold(expansion)), 'u');
      const folded = typedFold(base);
      const at = folded.search(expansionRe);
      if (at !== -1) push(`${base.slice(0, at)}${abbr}${base.slice(at + expansion.length)}`);
    }
  }
  push(typed);
  return out.slice(0, 6);
}

/** The documents that what was typed names, by number or short name ("KL 92", "92-KL/TW"). */
export function documentsNamed(query: string, vocabulary: SearchVocabulary): NamedDocument[] {
  const key = compact(query);
  if (key.length < 3 || !/\d/.test(key)) return [];
  return (vocabulary.documents ?? []).filter((d) => [...numberForms(d.type, d.number), ...(d.names ?? [])].some((form) => compact(form) === key));
}
