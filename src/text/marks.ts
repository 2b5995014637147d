/**
 * Comparing words by their letters and marks, up to tone-mark placement.
 *
 * Vietnamese has two spellings for where a syllable's tone mark sits
 * ("uỷ" / "ủy", "hoà" / "hòa"); both are correct and mean the same word. A
 * mark key lower-cases a text, keeps every letter with its vowel marks (â,
 * ă, ê, ô, ơ, ư, đ) and moves each word's tone mark to the end of the word,
 * so the two spellings compare equal while "dẫn" and "dân" stay apart
 * (which `fold`, that drops every mark, cannot do). The key is for
 * comparison only: its length is not the text's.
 */

import type { Token } from './tokens.js';

/** Combining tone marks: grave, acute, tilde, hook above, dot below. */
const TONE_SUFFIX = new Map<number, string>([
  [0x0300, '\ue001'],
  [0x0301, '\ue002'],
  [0x0303, '\ue003'],
  [0x0309, '\ue004'],
  [0x0323, '\ue005'],
]);

const WORD_PART = /[\p{L}\p{N}\p{M}]/u;

/** The mark key of a text: words keep their letters and marks, tone marks move to the word's end. */
export function markKey(text: string): string {
  // Most words are short; an ASCII word is its lower case.
  let ascii = true;
  for (let i = 0; i < text.length && ascii; i++) if (text.charCodeAt(i) > 0x7f) ascii = false;
  if (ascii) return text.toLowerCase();
  const cached = CACHE.get(text);
  if (cached !== undefined) return cached;
  const key = computeKey(text);
  if (CACHE.size < 50_000 && text.length <= 32) CACHE.set(text, key);
  return key;
}

/** Keys of the words seen (the genre's vocabulary is small; a text repeats its words). */
const CACHE = new Map<string, string>();

function computeKey(text: string): string {
  const decomposed = text.toLowerCase().normalize('NFD');
  let out = '';
  let word = '';
  let tone = '';
  const flush = () => {
    if (word) out += word.normalize('NFC') + tone;
    word = '';
    tone = '';
  };
  for (const char of decomposed) {
    const code = char.codePointAt(0)!;
    const suffix = TONE_SUFFIX.get(code);
    if (suffix !== undefined) {
      tone = suffix;
      continue;
    }
    if (code < 0x80 ? /[a-z0-9]/.test(char) : WORD_PART.test(char)) {
      word += char;
      continue;
    }
    flush();
    out += char;
  }
  flush();
  return out;
}

/** The mark key of each word of a text (`tokens` are its folded words); folded words where the text has no diacritics. */
export function wordKeys(text: string, tokens: Token[]): string[] {
  if (!hasDiacritics(text)) return tokens.map((token) => token.word);
  return tokens.map((token) => markKey(text.slice(token.start, token.end)));
}

/** Whether a text carries Vietnamese diacritics at all (a text typed without them folds everything). */
export function hasDiacritics(text: string): boolean {
  // Any letter outside ASCII that is a Latin letter with a mark, or đ.
  return /[À-ỹĐđ]/u.test(text);
}
