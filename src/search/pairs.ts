/**
 * Word pairs: how the index keeps a query of common words cheap.
 *
 * Vietnamese words are syllables, and the common ones ("xã", "hội", "y",
 * "tế") occur in nearly every record: Pagefind keeps every occurrence of a
 * word, so one such syllable fills an index chunk of a hundred kilobytes or
 * more at a thousand directives, and a query of four loads four. Each record
 * also carries, once each, the pairs of adjacent words in it, joined into one
 * token ("bảo hiểm" → "zqbaohiem"); a query of two or more words asks for
 * pairs of its words, whose postings are a record each, not every
 * occurrence, and hold the words in the query's order. Pure: shared by the
 * index writer and the search page.
 */
import { looseFold } from './rank.js';

/** Starts every pair token: no Vietnamese word starts so, so a typed word's prefix never reaches the pairs. */
export const PAIR_MARK = 'zq';

/** Two adjacent words as one token. */
const pair = (a: string, b: string) => `${PAIR_MARK}${a}${b}`;

/** The words of a text, folded as a reader may type them (no marks, "đ" as "d", lower case). */
export function foldedWords(text: string): string[] {
  return (text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(looseFold);
}

/** The pair tokens of a text, each once, in order of first appearance; pairs never span lines. */
export function pairTokens(text: string): string[] {
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const words = foldedWords(line);
    for (let i = 0; i + 1 < words.length; i++) out.add(pair(words[i]!, words[i + 1]!));
  }
  return [...out];
}

/**
 * The pair query for a reading of two or more words, or null for a single
 * word: pairs that cover every word, as few as can ("giam ngheo da chieu" →
 * "zqgiamngheo zqdachieu"; three words take two overlapping pairs), since
 * each pair may cost an index chunk of its own. The words' order inside the
 * phrase is checked by the ranking, on the text. The last pair may be still
 * being typed: Pagefind matches it as a prefix.
 */
export function pairQuery(reading: string): string | null {
  const words = foldedWords(reading);
  if (words.length < 2) return null;
  const pairs: string[] = [];
  for (let i = 0; i + 1 < words.length; i += 2) pairs.push(pair(words[i]!, words[i + 1]!));
  // An odd last word goes with the one before it.
  if (words.length % 2 === 1) pairs.push(pair(words.at(-2)!, words.at(-1)!));
  return [...new Set(pairs)].join(' ');
}

/**
 * What to ask Pagefind for the readings of a query, best first: `first`,
 * each reading by its pairs (a single word as it is); `fallback`, only if those
 * find too little, the readings of two or more words by their words alone,
 * wherever they stand in a record (costly when the words are common).
 */
export function searchPlan(readings: string[]): { first: string[]; fallback: string[] } {
  const first = [...new Set(readings.map((r) => pairQuery(r) ?? r))];
  const fallback = [...new Set(readings.filter((r) => pairQuery(r) !== null))];
  return { first, fallback };
}
