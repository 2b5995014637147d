/**
 * Ranking and excerpts a reader agrees with, over Pagefind's top results.
 * Pure: no DOM, no Pagefind; shared by the search page and its tests.
 *
 * Pagefind ranks by term frequency and proximity of folded words; it does
 * not know that "người có công" typed is a phrase, nor that "hội đồng"
 * typed with its marks should beat "hồi đồng". Its top results are re-ranked
 * by these rules, each breaking the ties of the one before:
 * 1. the query, or one of its readings, as a phrase (its words in order,
 *    next to each other) — above all its words apart — above the rest
 *    (prefixes, some words only);
 * 2. the words as typed, with their diacritics — above matches found only
 *    once folded;
 * 3. the reading that matched it so (with "đ", abbreviations expanded, as
 *    typed), then the reading that found it;
 * 4. a provision before the parts around it (Kính gửi, preamble, signature):
 *    a reader searches for what is to be done;
 * 5. the density of the query's words in it (a short provision about the
 *    query before a long one that mentions it);
 * 6. Pagefind's own score.
 * A record holds a provision's own words only (its label and text, not its
 * parent's), so its own text always ranks above context it inherits.
 */
import { fold } from '../text/fold.js';

/** Lower case, no marks, "đ" → "d": how a reader may type any word (the project's one fold, src/text/fold.ts). */
export function looseFold(text: string): string {
  return fold(text.normalize('NFC'));
}

/** Words of a text, NFC, with where each starts and ends. */
function words(text: string): Array<{ word: string; start: number; end: number }> {
  const out: Array<{ word: string; start: number; end: number }> = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) out.push({ word: match[0], start: match.index, end: match.index + match[0].length });
  return out;
}

/** Where the words `query` occur in `tokens` (each a folded word), as a phrase or not at all. */
function phraseAt(tokens: string[], query: string[]): number {
  if (query.length === 0) return -1;
  outer: for (let i = 0; i + query.length <= tokens.length; i++) {
    for (let j = 0; j < query.length; j++) if (tokens[i + j] !== query[j]) continue outer;
    return i;
  }
  return -1;
}

export interface Candidate {
  id: string;
  /** The record's text (label and words). */
  content: string;
  /** Which reading of the query found it (0 = best). */
  reading: number;
  /** Pagefind's score. */
  score: number;
  /** A part of the document that is not a provision (Kính gửi, preamble, signature). */
  aside?: boolean;
}

/** Lower case, no marks, "đ" kept: a reading written with "đ" matches only "đ". */
function strictFold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').normalize('NFC').toLowerCase();
}

/**
 * How well a text matches: 0 phrase, 1 all words, 2 the rest, by the best
 * reading (the first readings are the better ones: "đảng ủy" before "dang uy"
 * as typed, so a match on "dạng" comes after one on "đảng"); and whether the
 * words are there as typed, marks and all.
 */
export function matchTier(content: string, readings: string[], typed: string): { tier: 0 | 1 | 2; reading: number; exact: boolean; density: number } {
  const tokens = words(content.normalize('NFC'));
  const loose = tokens.map((t) => looseFold(t.word));
  const strict = tokens.map((t) => strictFold(t.word));
  const present = { loose: new Set(loose), strict: new Set(strict) };
  let best = { tier: 2 as 0 | 1 | 2, reading: readings.length };
  readings.forEach((reading, i) => {
    const withD = /[đĐ]/.test(reading);
    const fold = withD ? strictFold : looseFold;
    const q = words(reading.normalize('NFC')).map((t) => fold(t.word));
    if (q.length === 0) return;
    const tier = phraseAt(withD ? strict : loose, q) !== -1 ? 0 : q.every((w) => (withD ? present.strict : present.loose).has(w)) ? 1 : 2;
    if (tier < best.tier) best = { tier, reading: i };
  });
  const exactWords = new Set(tokens.map((t) => t.word.toLowerCase()));
  const typedWords = words(typed.normalize('NFC')).map((t) => t.word.toLowerCase());
  const exact = typedWords.length > 0 && typedWords.every((w) => exactWords.has(w));
  const wanted = new Set(readings.flatMap((r) => words(r.normalize('NFC')).map((t) => looseFold(t.word))));
  const hits = loose.filter((w) => wanted.has(w)).length;
  return { tier: best.tier, reading: best.reading, exact, density: hits / (tokens.length + 10) };
}

/** The candidates in the order a reader expects (rules above). Stable. */
export function rerank<T extends Candidate>(candidates: T[], readings: string[], typed: string): T[] {
  const keyed = candidates.map((c, i) => ({ c, i, ...matchTier(c.content, readings, typed) }));
  keyed.sort(
    (a, b) =>
      a.tier - b.tier ||
      Number(b.exact) - Number(a.exact) ||
      a.reading - b.reading ||
      a.c.reading - b.c.reading ||
      Number(a.c.aside ?? false) - Number(b.c.aside ?? false) ||
      b.density - a.density ||
      b.c.score - a.c.score ||
      a.i - b.i,
  );
  return keyed.map((k) => k.c);
}

/** A piece of an excerpt: text, marked where it matched. */
export interface ExcerptPart {
  text: string;
  mark: boolean;
}

/**
 * About `length` words of `content` around where it matches best — the
 * first reading found as a phrase, else the stretch with most of the
 * query's words — cut at word boundaries, with "…" where it is cut, the
 * matched words marked (the phrase alone when there is one). Without a
 * match, its first words. Linear in the content.
 */
export function excerptOf(content: string, readings: string[], length = 30): ExcerptPart[] {
  const text = content.normalize('NFC').replace(/\s+/g, ' ').trim();
  const tokens = words(text);
  if (tokens.length === 0) return [];
  const loose = tokens.map((t) => looseFold(t.word));
  const strict = tokens.map((t) => strictFold(t.word));
  let marks: boolean[] = tokens.map(() => false);
  let anchor = -1;
  for (const reading of readings) {
    const withD = /[đĐ]/.test(reading);
    const q = words(reading.normalize('NFC')).map((t) => (withD ? strictFold : looseFold)(t.word));
    const at = phraseAt(withD ? strict : loose, q);
    if (at !== -1) {
      marks = tokens.map((_, i) => i >= at && i < at + q.length);
      anchor = at;
      break;
    }
  }
  if (anchor === -1) {
    const wanted = new Set(readings.flatMap((r) => words(r.normalize('NFC')).map((t) => looseFold(t.word))));
    marks = loose.map((w) => wanted.has(w));
    // The stretch of `length` words with most marks, by a sliding sum.
    let best = 0;
    let sum = 0;
    let bestSum = 0;
    for (let i = 0; i < tokens.length; i++) {
      sum += Number(marks[i]);
      if (i >= length) sum -= Number(marks[i - length]);
      if (sum > bestSum) {
        bestSum = sum;
        best = Math.max(0, i - length + 1);
      }
    }
    anchor = bestSum > 0 ? marks.indexOf(true, best) : 0;
  }
  const from = anchor <= 5 ? 0 : Math.min(anchor - 5, Math.max(0, tokens.length - length));
  const to = Math.min(tokens.length, from + length);
  const start = from === 0 ? 0 : tokens[from]!.start;
  const end = to === tokens.length ? text.length : tokens[to - 1]!.end;
  const parts: ExcerptPart[] = [];
  const push = (piece: string, mark: boolean) => {
    if (!piece) return;
    // Marked words with only spaces between them are one mark ("người có công").
    const [before, gap] = [parts.at(-2), parts.at(-1)];
    if (mark && before?.mark && gap && !gap.mark && /^\s+$/.test(gap.text)) {
      parts.pop();
      before.text += gap.text + piece;
      return;
    }
    const last = parts.at(-1);
    if (last && last.mark === mark) last.text += piece;
    else parts.push({ text: piece, mark });
  };
  if (start > 0) push('… ', false);
  let at = start;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    push(text.slice(at, t.start), false);
    push(t.word, marks[i]!);
    at = t.end;
  }
  push(text.slice(at, end), false);
  if (end < text.length) push(' …', false);
  return parts;
}
