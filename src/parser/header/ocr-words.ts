/**
 * A scan's header is where OCR misreads most (italic trích yếu, small
 * capitals), and the document's own text often says the same words again
 * ("V/v cử lãnh đạo … Ban Ưì sự tiến bộ …" under the header, "… Ban Vì sự
 * tiến bộ …" in the preamble). Where a run of at least four words of a
 * header value matches a run of the text word for word — every word the
 * same letters but for one — the text's reading of the words that differ
 * in their letters is taken. Only for OCR: a text layer or a Word file is
 * read as printed. Linear: the text's words are indexed once.
 */
import { fold } from '../../text/fold.js';

/** Words that differ by one letter at most (insertion, deletion or substitution). */
function near(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1 || Math.min(a.length, b.length) < 2) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const rest = (x: string, y: string) => x === y;
  return rest(a.slice(i + 1), b.slice(i + 1)) || rest(a.slice(i), b.slice(i + 1)) || rest(a.slice(i + 1), b.slice(i));
}

const key = (word: string) => fold(word).replace(/[^\p{L}\p{N}]/gu, '');

/** The value with misread words taken from the text where a long run of words matches; null when nothing changes. */
export function correctByOwnWords(value: string, text: string): string | null {
  const words = value.split(/\s+/u).filter(Boolean);
  const own = text.split(/\s+/u).filter(Boolean);
  if (words.length < 4 || own.length === 0) return null;
  const keys = words.map(key);
  const ownKeys = own.map(key);
  const at = new Map<string, number[]>();
  ownKeys.forEach((k, i) => {
    const list = at.get(k) ?? [];
    if (list.length < 50) list.push(i);
    at.set(k, list);
  });
  // The longest run anchored on a word read the same in both.
  let best: { from: number; to: number; own: number } | null = null;
  for (let j = 0; j < keys.length; j++) {
    for (const i of at.get(keys[j]!) ?? []) {
      // Extend back and forth while the words stay near.
      let from = j;
      let start = i;
      while (from > 0 && start > 0 && near(keys[from - 1]!, ownKeys[start - 1]!)) {
        from--;
        start--;
      }
      let to = j + 1;
      while (to < keys.length && start + (to - from) < own.length && near(keys[to]!, ownKeys[start + (to - from)]!)) to++;
      if (to - from >= 4 && (!best || to - from > best.to - best.from)) best = { from, to, own: start };
    }
  }
  if (!best) return null;
  let changed = false;
  const out = words.slice();
  for (let k = best.from; k < best.to; k++) {
    const ownWord = own[best.own + (k - best.from)]!;
    if (keys[k] !== key(ownWord) && keys[k]!.length > 0) {
      out[k] = ownWord.replace(/[.,;:]+$/u, '');
      changed = true;
    }
  }
  return changed ? out.join(' ') : null;
}
