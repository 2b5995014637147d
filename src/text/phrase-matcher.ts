import { fold } from './fold.js';
import { tokenize, type Token } from './tokens.js';

/** One occurrence of a known phrase in a text. */
export interface PhraseMatch<T> {
  value: T;
  /** Offsets into the text (same in the folded and the original text). */
  start: number;
  end: number;
}

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[];
}

/**
 * Between two words of a phrase the text may have spaces, a comma or a dash
 * ("đền ơn, đáp nghĩa" matches "đền ơn đáp nghĩa"), but not a full stop,
 * semicolon, colon or bracket: a phrase never spans two clauses.
 */
function crossable(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    // space, tab, comma, hyphen, en dash, em dash, no-break space
    if (code !== 32 && code !== 9 && code !== 44 && code !== 45 && code !== 0x2013 && code !== 0x2014 && code !== 0xa0) return false;
  }
  return true;
}

/**
 * Finds known phrases in texts, matching folded words (so case, diacritics
 * and tone-mark placement do not matter). Phrases are stored in a word trie,
 * so matching costs one walk per word, whatever the number of phrases.
 */
export class PhraseMatcher<T> {
  readonly #root: TrieNode<T> = { next: new Map(), values: [] };

  /** Add a phrase; adding the same phrase twice keeps both values. */
  add(phrase: string, value: T): this {
    const words = tokenize(fold(phrase.normalize('NFC'))).map((token) => token.word);
    if (words.length === 0) return this;
    let node = this.#root;
    for (const word of words) {
      let child = node.next.get(word);
      if (!child) {
        child = { next: new Map(), values: [] };
        node.next.set(word, child);
      }
      node = child;
    }
    if (!node.values.includes(value)) node.values.push(value);
    return this;
  }

  /**
   * Every match, longest first at each position; overlapping matches are
   * dropped in favour of the one that starts first, then the longest
   * ("giáo dục nghề nghiệp" wins over "giáo dục").
   */
  match(text: string, tokens: Token[] = tokenize(fold(text))): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    let coveredUntil = -1;
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i]!;
      if (first.start < coveredUntil) continue;
      let node = this.#root.next.get(first.word);
      let best: { node: TrieNode<T>; end: number } | undefined;
      for (let j = i; node; ) {
        if (node.values.length > 0) best = { node, end: tokens[j]!.end };
        const next = tokens[j + 1];
        if (!next || !crossable(text, tokens[j]!.end, next.start)) break;
        node = node.next.get(next.word);
        j++;
      }
      if (best) {
        for (const value of best.node.values) found.push({ value, start: first.start, end: best.end });
        coveredUntil = best.end;
      }
    }
    return found;
  }
}
